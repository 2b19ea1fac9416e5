package io.crosscheck.figure;

import java.util.Locale;
import java.util.Set;

/**
 * Guesses whether a text is French or English by counting stop words and a few typographic hints.
 * Good enough to choose number conventions; not a general language identifier.
 */
public final class LanguageDetector {

    /** Only the start of a long text is looked at: it is enough, and keeps detection cheap. */
    private static final int MAX_CHARS = 20_000;
    private static final int LONGEST_STOP_WORD = 9;
    private static final String FRENCH_LETTERS = "éèêàçùôîœ";
    private static final Set<String> FRENCH = Set.copyOf(java.util.List.of("le", "la", "les", "des", "du", "une", "est", "et", "en",
            "pour", "que", "qui", "dans", "sur", "pas", "au", "aux", "avec", "ce", "cette", "il", "elle", "sont",
            "de", "un", "millions", "milliards", "milliard", "environ", "entre", "plus", "moins", "fois", "mois",
            "jours", "ans", "dollars", "euros", "près", "jusqu", "selon", "mais", "ou", "son", "ses", "leur"));
    private static final Set<String> ENGLISH = Set.copyOf(java.util.List.of("the", "and", "of", "to", "is", "in", "that", "for", "it",
            "with", "as", "was", "on", "are", "by", "this", "be", "from", "at", "have", "has", "million",
            "billion", "about", "between", "more", "than", "less", "times", "months", "days", "years", "up",
            "around", "over", "nearly", "some", "were", "an", "its", "their", "which"));
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
        int end = Math.min(to, from + MAX_CHARS);
        int[] score = new int[2];
        words(text, from, end, score);
        hints(text, from, end, score);
        int fr = score[0];
        int en = score[1];
        if (fr == en || Math.max(fr, en) < minEvidence) {
            return null;
        }
        return fr > en ? "fr" : "en";
    }

    /** Stop words: two points each. A hand-written loop, as detection runs on every paragraph. */
    private static void words(String text, int from, int to, int[] score) {
        int i = from;
        while (i < to) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < to && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - s <= LONGEST_STOP_WORD) {
                String w = text.substring(s, i).toLowerCase(Locale.ROOT);
                score[0] += FRENCH.contains(w) ? 2 : 0;
                score[1] += ENGLISH.contains(w) ? 2 : 0;
            }
        }
    }

    /**
     * Typographic hints, one point each: accents, "5,6" and "50 000" and "M$" for French; "$5",
     * "50,000" and "5.6" for English.
     */
    private static void hints(String text, int from, int to, int[] score) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (FRENCH_LETTERS.indexOf(c) >= 0) {
                score[0]++;
            } else if ((c == '$' || c == '£' || c == '€') && digitAt(text, i + 1, to)) {
                score[1]++;
            } else if ((c == ',' || c == '.') && digitAt(text, i - 1, to) && digitAt(text, i + 1, to)) {
                int n = 0;
                while (digitAt(text, i + 1 + n, to)) {
                    n++;
                }
                boolean three = n == 3;
                score[c == ',' ? (three ? 1 : 0) : (three ? 0 : 1)]++;
            } else if ((c == ' ' || c == '\u00A0' || c == '\u202F') && digitAt(text, i - 1, to)
                    && digitAt(text, i + 1, to) && digitAt(text, i + 3, to) && !digitAt(text, i + 4, to)) {
                score[0]++;
            } else if (c == 'M' && i + 1 < to && text.charAt(i + 1) == '$') {
                score[0]++;
            }
        }
    }

    private static boolean digitAt(String text, int i, int to) {
        return i >= 0 && i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    static String orDetect(String lang, String text) {
        if (lang == null || lang.isBlank()) {
            return detect(text);
        }
        String l = lang.trim().toLowerCase(Locale.ROOT);
        return l.startsWith("fr") ? "fr" : "en";
    }
}
