package io.crosscheck.figure;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses which of the engine's languages (one per pack: fr, en, es) a text is in by counting the packs'
 * stop words and a few typographic hints. Good enough to choose number conventions; not a general language
 * identifier.
 */
public final class LanguageDetector {

    /** Only the start of a long text is looked at: it is enough, and keeps detection cheap. */
    private static final int MAX_CHARS = 20_000;

    private LanguageDetector() {
    }

    /** What the packs tell the detector, compiled once. */
    private static final class Model {
        static final Model INSTANCE = new Model();

        final String[] langs;
        /** Stop word to the bit set of the languages that list it. */
        final Map<String, Integer> stopwords = new HashMap<>();
        final int longestStopWord;
        final String[] letters;
        final boolean[] decimalComma;
        final boolean[] spaceGrouping;
        final boolean[] signBefore;
        final List<List<String>> typographic = new java.util.ArrayList<>();
        /** The first characters of the typographic hints: only there is a hint looked for. */
        final String hintStarts;

        private Model() {
            List<String> l = LanguagePacks.languages();
            langs = l.toArray(new String[0]);
            letters = new String[langs.length];
            decimalComma = new boolean[langs.length];
            spaceGrouping = new boolean[langs.length];
            signBefore = new boolean[langs.length];
            int longest = 0;
            for (int i = 0; i < langs.length; i++) {
                LanguagePack p = LanguagePacks.pack(langs[i]);
                for (String w : p.stopwords()) {
                    String k = w.toLowerCase(Locale.ROOT);
                    stopwords.merge(k, 1 << i, (a, b) -> a | b);
                    longest = Math.max(longest, k.length());
                }
                letters[i] = p.letters();
                decimalComma[i] = p.decimalSeparator().equals(",");
                spaceGrouping[i] = p.groupingSeparators().contains(" ");
                signBefore[i] = p.currencySignBeforeNumber();
                typographic.add(p.typographicHints());
            }
            longestStopWord = longest;
            StringBuilder starts = new StringBuilder();
            typographic.forEach(hs -> hs.forEach(h -> starts.append(h.charAt(0))));
            hintStarts = starts.toString();
        }
    }

    /** Returns one of the pack languages; the packs' fallback (English) when there is nothing to go on. */
    public static String detect(String text) {
        String lang = detectOrNull(text, 0, text == null ? 0 : text.length(), 1);
        return lang == null ? LanguagePacks.fallback() : lang;
    }

    /** A pack language for a part of a text, or null when the best scores tie or the winner has less than minEvidence. */
    static String detectOrNull(String text, int from, int to, int minEvidence) {
        if (text == null || to <= from) {
            return null;
        }
        Model model = Model.INSTANCE;
        int end = Math.min(to, from + MAX_CHARS);
        int[] score = new int[model.langs.length];
        words(model, text, from, end, score);
        hints(model, text, from, end, score);
        int best = -1;
        boolean tie = false;
        for (int i = 0; i < score.length; i++) {
            if (best < 0 || score[i] > score[best]) {
                best = i;
                tie = false;
            } else if (score[i] == score[best]) {
                tie = true;
            }
        }
        if (tie || score[best] < minEvidence) {
            return null;
        }
        return model.langs[best];
    }

    /** Stop words: two points each. A hand-written loop, as detection runs on every paragraph. */
    private static void words(Model model, String text, int from, int to, int[] score) {
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
            if (i - s <= model.longestStopWord) {
                Integer bits = model.stopwords.get(text.substring(s, i).toLowerCase(Locale.ROOT));
                if (bits != null) {
                    for (int l = 0; l < score.length; l++) {
                        if ((bits & (1 << l)) != 0) {
                            score[l] += 2;
                        }
                    }
                }
            }
        }
    }

    /**
     * Typographic hints, one point each: the pack's letters (accents); a comma or point before digits tells
     * which separator is the decimal one ("5,6" and "1.600" for decimal-comma languages, "50,000" and "5.6"
     * for the others); "50 000" for languages that group with spaces; "$5" for languages that write the sign
     * first; and each occurrence of the pack's typographic hints (fr "M$", es "¿").
     */
    private static void hints(Model model, String text, int from, int to, int[] score) {
        int n = score.length;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (model.hintStarts.indexOf(c) >= 0) {
                for (int l = 0; l < n; l++) {
                    for (String h : model.typographic.get(l)) {
                        if (i + h.length() <= to && text.startsWith(h, i)) {
                            score[l]++;
                        }
                    }
                }
            }
            if (c > 127 && Character.isLetter(c)) {
                for (int l = 0; l < n; l++) {
                    if (model.letters[l].indexOf(c) >= 0) {
                        score[l]++;
                    }
                }
            } else if ((c == '$' || c == '£' || c == '€') && digitAt(text, i + 1, to)) {
                for (int l = 0; l < n; l++) {
                    score[l] += model.signBefore[l] ? 1 : 0;
                }
            } else if ((c == ',' || c == '.') && digitAt(text, i - 1, to) && digitAt(text, i + 1, to)) {
                int d = 0;
                while (digitAt(text, i + 1 + d, to)) {
                    d++;
                }
                // A comma before three digits groups (decimal point languages); before others it is decimal.
                boolean commaLanguage = (c == ',') != (d == 3);
                for (int l = 0; l < n; l++) {
                    score[l] += model.decimalComma[l] == commaLanguage ? 1 : 0;
                }
            } else if ((c == ' ' || c == '\u00A0' || c == '\u202F') && digitAt(text, i - 1, to)
                    && digitAt(text, i + 1, to) && digitAt(text, i + 3, to) && !digitAt(text, i + 4, to)) {
                for (int l = 0; l < n; l++) {
                    score[l] += model.spaceGrouping[l] ? 1 : 0;
                }
            }
        }
    }

    private static boolean digitAt(String text, int i, int to) {
        return i >= 0 && i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /**
     * The language to read a text in: the pack language of {@code lang}, or the detected one when it is
     * null or blank.
     *
     * @throws UnsupportedLanguageException for a language with no pack
     */
    static String orDetect(String lang, String text) {
        String l = LanguagePacks.resolve(lang);
        return l != null ? l : detect(text);
    }
}
