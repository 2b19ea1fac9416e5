package io.crosscheck.figure;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses whether a text is French or English by counting stop words and a few typographic hints.
 * Good enough to choose number conventions; not a general language identifier.
 */
public final class LanguageDetector {

    /** Only the start of a long text is looked at: it is enough, and keeps detection cheap. */
    private static final int MAX_CHARS = 20_000;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> FRENCH = Set.copyOf(java.util.List.of("le", "la", "les", "des", "du", "une", "est", "et", "en",
            "pour", "que", "qui", "dans", "sur", "pas", "au", "aux", "avec", "ce", "cette", "il", "elle", "sont",
            "de", "un", "millions", "milliards", "milliard", "environ", "entre", "plus", "moins", "fois", "mois",
            "jours", "ans", "dollars", "euros", "près", "jusqu", "selon", "mais", "ou", "son", "ses", "leur"));
    private static final Set<String> ENGLISH = Set.copyOf(java.util.List.of("the", "and", "of", "to", "is", "in", "that", "for", "it",
            "with", "as", "was", "on", "are", "by", "this", "be", "from", "at", "have", "has", "million",
            "billion", "about", "between", "more", "than", "less", "times", "months", "days", "years", "up",
            "around", "over", "nearly", "some", "were", "an", "its", "their", "which"));
    private static final Pattern FRENCH_HINTS = Pattern.compile(
            "[éèêàçùôîœ]|\\d,\\d{1,2}(?!\\d)|\\d\\s?(?:M|Md)\\$|\\d[\\u00A0\\u202F]\\d{3}|\\d \\d{3}(?!\\d)");
    private static final Pattern ENGLISH_HINTS = Pattern.compile("[$£€]\\d|\\d,\\d{3}|\\d\\.\\d(?:\\d)?(?!\\d)");

    private LanguageDetector() {
    }

    /** Returns "fr" or "en"; English when there is nothing to go on. */
    public static String detect(String text) {
        String lang = detectOrNull(text, 0, text == null ? 0 : text.length(), 1);
        return lang == null ? "en" : lang;
    }

    /** "fr" or "en" for a part of a text, or null when the scores tie or the winner has less than minEvidence. */
    static String detectOrNull(String text, int from, int to, int minEvidence) {
        if (text == null || to <= from) {
            return null;
        }
        String sample = text.substring(from, Math.min(to, from + MAX_CHARS));
        int fr = 0;
        int en = 0;
        Matcher words = WORD.matcher(sample);
        while (words.find()) {
            String w = words.group().toLowerCase(Locale.ROOT);
            if (FRENCH.contains(w)) {
                fr += 2;
            }
            if (ENGLISH.contains(w)) {
                en += 2;
            }
        }
        fr += count(FRENCH_HINTS, sample);
        en += count(ENGLISH_HINTS, sample);
        if (fr == en || Math.max(fr, en) < minEvidence) {
            return null;
        }
        return fr > en ? "fr" : "en";
    }

    private static int count(Pattern p, String s) {
        int n = 0;
        Matcher m = p.matcher(s);
        while (m.find() && n < 1000) {
            n++;
        }
        return n;
    }

    static String orDetect(String lang, String text) {
        if (lang == null || lang.isBlank()) {
            return detect(text);
        }
        String l = lang.trim().toLowerCase(Locale.ROOT);
        return l.startsWith("fr") ? "fr" : "en";
    }
}
