package io.crosscheck.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spans of text that contain digits but are never figures: URLs, e-mail addresses, dates, times of
 * day and phone numbers. Found in one linear pass before the grammar looks at numbers.
 */
final class NonFigureZones {

    record Zone(int start, int end, String reason) {
    }

    private static final String SP = NumberLiteral.SPACE;
    private static final String FR_MONTHS = "janv(?:ier|\\.)?|févr(?:ier|\\.)?|fevrier|mars|avr(?:il|\\.)?|mai|juin"
            + "|juil(?:let|\\.)?|août|aout|sept(?:embre|\\.)?|oct(?:obre|\\.)?|nov(?:embre|\\.)?|déc(?:embre|\\.)?"
            + "|decembre";
    private static final String EN_MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sep\\.|sept\\.|oct\\.|nov\\.|dec\\.";
    private static final Pattern ZONES = Pattern.compile(
            "(?<url>(?:https?://|www\\.)[^\\s<>\"]+|[\\w.+-]{1,64}@[\\w-]{1,64}\\.[\\w.-]{1,64})"
            + "|(?<date>(?<![\\d.,])\\d{1,2}(?:er|st|nd|rd|th)?" + SP + "+(?:" + FR_MONTHS + "|" + EN_MONTHS + ")"
            + "(?:" + SP + "+\\d{4})?(?![\\p{L}\\d])"
            + "|(?<![\\p{L}])(?:" + EN_MONTHS + ")" + SP + "+\\d{1,2}(?:st|nd|rd|th)?(?:," + SP + "*\\d{4})?(?![\\p{L}\\d])"
            + "|(?<![\\p{L}])(?:" + FR_MONTHS + "|" + EN_MONTHS + ")" + SP + "+\\d{4}(?![\\p{L}\\d])"
            + "|(?<![\\d.,])\\d{4}-\\d{1,2}-\\d{1,2}(?![\\d])"
            + "|(?<![\\d.,/])\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}(?![\\d./])"
            + "|(?<![\\d.,/])\\d{1,2}/\\d{4}(?![\\d/]))"
            + "|(?<time>(?<![\\d.,:])\\d{1,2}" + SP + "?h" + SP + "?\\d{2}(?![\\d])"
            + "|(?<![\\d.,:])\\d{1,2}:\\d{2}(?::\\d{2})?(?:" + SP + "?[ap]\\.?m\\.?)?(?![\\d])"
            + "|(?<![\\d.,:])\\d{1,2}" + SP + "?[ap]\\.?m\\.?(?![\\p{L}])"
            + "|(?<=(?<![\\p{L}])(?:à|vers|dès)" + SP + ")\\d{1,2}" + SP + "?h(?![\\p{L}\\d]))"
            + "|(?<phone>(?<![\\d])0\\d(?:[ .-]?\\d{2}){4}(?!\\d)"
            + "|\\+\\d{1,3}(?:[ .-]?\\(?\\d{1,4}\\)?){3,5}(?!\\d)"
            + "|(?<![\\d])\\(?\\d{3}\\)?[ .-]\\d{3}-\\d{4}(?!\\d))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private NonFigureZones() {
    }

    static List<Zone> find(String text) {
        List<Zone> zones = new ArrayList<>();
        Matcher m = ZONES.matcher(text);
        while (m.find()) {
            String what;
            if (m.group("url") != null) {
                what = "is part of a URL or e-mail address, not a figure";
            } else if (m.group("date") != null) {
                what = "is a date, not a figure";
            } else if (m.group("time") != null) {
                what = "is a time of day, not a figure";
            } else {
                what = "looks like a phone number, not a figure";
            }
            zones.add(new Zone(m.start(), m.end(), "'" + m.group() + "' " + what));
        }
        return zones;
    }
}
