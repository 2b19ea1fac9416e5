package io.crosscheck.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spans of text that contain digits but are never figures: URLs, e-mail addresses, dates, times of
 * day and phone numbers. Links are found once with plain string search; the other zones are tested
 * only where a number starts, with anchored patterns on a short window, so the cost stays linear.
 */
final class NonFigureZones {

    record Zone(int start, int end, String reason) {
    }

    private static final String SP = NumberLiteral.SPACE;
    private static final String MONTHS = "janv(?:ier|\\.)?|févr(?:ier|\\.)?|fevrier|mars|avr(?:il|\\.)?|mai|juin"
            + "|juil(?:let|\\.)?|août|aout|sept(?:embre|\\.)?|oct(?:obre|\\.)?|nov(?:embre|\\.)?|déc(?:embre|\\.)?"
            + "|decembre|january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sep\\.|sept\\.|oct\\.|nov\\.|dec\\.";
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern DATE = Pattern.compile("\\d{1,2}(?:er|st|nd|rd|th)?" + SP + "+(?:" + MONTHS + ")"
            + "(?:" + SP + "+\\d{4})?(?![\\p{L}\\d])|\\d{4}-\\d{1,2}-\\d{1,2}(?!\\d)"
            + "|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}(?![\\d./])|\\d{1,2}/\\d{4}(?![\\d/])", CI);
    private static final Pattern MONTH_FIRST = Pattern.compile("(?:" + MONTHS + ")" + SP + "+(?:\\d{1,2}"
            + "(?:st|nd|rd|th)?(?:," + SP + "*\\d{4})?|\\d{4})(?![\\p{L}\\d])", CI);
    private static final Pattern TIME = Pattern.compile("\\d{1,2}" + SP + "?h" + SP + "?\\d{2}(?!\\d)"
            + "|\\d{1,2}:\\d{2}(?::\\d{2})?(?:" + SP + "?[ap]\\.?m\\.?)?(?!\\d)"
            + "|\\d{1,2}" + SP + "?[ap]\\.?m\\.?(?![\\p{L}])", CI);
    private static final Pattern CLOCK_HOUR = Pattern.compile("\\d{1,2}" + SP + "?h(?![\\p{L}\\d])");
    private static final Pattern AT_HOUR = Pattern.compile("(?<![\\p{L}])(?:à|vers|dès)" + SP + "$", CI);
    private static final Pattern PHONE = Pattern.compile("0\\d(?:[ .-]?\\d{2}){4}(?!\\d)"
            + "|\\(?\\d{3}\\)?[ .-]\\d{3}-\\d{4}(?!\\d)|\\+\\d{1,3}(?:[ .-]?\\(?\\d{1,4}\\)?){3,5}(?!\\d)");

    private final String text;
    private final List<Zone> links;
    private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

    NonFigureZones(String text) {
        this.text = text;
        this.links = links(text);
    }

    /** The zone a number starting at {@code s} belongs to, or null. */
    Zone at(int s) {
        Zone link = linkAround(s);
        if (link != null && link.start() <= s) {
            return link;
        }
        Matcher m;
        if ((m = look(DATE, s)) != null || (m = monthBefore(s)) != null) {
            return zone(m, "is a date, not a figure");
        }
        if ((m = look(TIME, s)) != null) {
            return zone(m, "is a time of day, not a figure");
        }
        if ((m = look(CLOCK_HOUR, s)) != null && find(AT_HOUR, s, 6)) {
            return zone(m, "is a time of day, not a figure");
        }
        int ps = s > 0 && (text.charAt(s - 1) == '+' || text.charAt(s - 1) == '(') ? s - 1 : s;
        if ((m = look(PHONE, ps)) != null) {
            return zone(m, "looks like a phone number, not a figure");
        }
        return null;
    }

    /** Whether a figure span overlaps a URL or e-mail address. */
    boolean overlapsLink(int start, int end) {
        Zone z = linkAround(start);
        return z != null && z.start() < end;
    }

    /** The first link ending after {@code pos} (links are sorted and disjoint), by binary search. */
    private Zone linkAround(int pos) {
        int lo = 0;
        int hi = links.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (links.get(mid).end() <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < links.size() ? links.get(lo) : null;
    }

    private Matcher monthBefore(int s) {
        int i = s;
        int limit = Math.max(0, s - 16);
        while (i > limit && NumberLiteral.isSpace(text.charAt(i - 1))) {
            i--;
        }
        if (i == s) {
            return null;
        }
        int w = i;
        while (w > limit && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        if (w == i || (w > 0 && Character.isLetterOrDigit(text.charAt(w - 1)))) {
            return null;
        }
        return look(MONTH_FIRST, w);
    }

    private Zone zone(Matcher m, String what) {
        return new Zone(m.start(), m.end(), "'" + m.group() + "' " + what);
    }

    private Matcher matcher(Pattern p) {
        return matchers.computeIfAbsent(p, k -> k.matcher(text));
    }

    private Matcher look(Pattern p, int pos) {
        Matcher m = matcher(p);
        m.region(pos, Math.min(text.length(), pos + 48)).useTransparentBounds(true).useAnchoringBounds(false);
        return m.lookingAt() ? m : null;
    }

    private boolean find(Pattern p, int end, int size) {
        Matcher m = matcher(p);
        m.region(Math.max(0, end - size), end).useTransparentBounds(true);
        return m.find();
    }

    private static List<Zone> links(String text) {
        List<Zone> out = new ArrayList<>();
        addLinks(text, "://", out);
        addLinks(text, "www.", out);
        addLinks(text, "@", out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Zone> disjoint = new ArrayList<>();
        for (Zone z : out) {
            Zone last = disjoint.isEmpty() ? null : disjoint.get(disjoint.size() - 1);
            if (last != null && z.start() < last.end()) {
                disjoint.set(disjoint.size() - 1, new Zone(last.start(), Math.max(last.end(), z.end()), last.reason()));
            } else {
                disjoint.add(z);
            }
        }
        return disjoint;
    }

    /** Expands each occurrence of a marker to the surrounding run of non-space characters. */
    private static void addLinks(String text, String marker, List<Zone> out) {
        int from = 0;
        int lastEnd = 0;
        while ((from = text.indexOf(marker, from)) >= 0) {
            int s = from;
            int e = from + marker.length();
            while (s > lastEnd && isLinkChar(text.charAt(s - 1))) {
                s--;
            }
            while (e < text.length() && isLinkChar(text.charAt(e))) {
                e++;
            }
            if (marker.equals("@") && (s == from || e == from + 1 || text.indexOf('.', from) < 0
                    || text.indexOf('.', from) >= e)) {
                from = e;
                continue;
            }
            out.add(new Zone(s, e, "'" + text.substring(s, Math.min(e, s + 80)) + "' is part of a URL or e-mail "
                    + "address, not a figure"));
            lastEnd = e;
            from = e;
        }
    }

    private static boolean isLinkChar(char c) {
        return c > ' ' && c != '<' && c != '>' && c != '"' && !Character.isWhitespace(c) && c != '\u00A0'
                && c != '«' && c != '»';
    }
}
