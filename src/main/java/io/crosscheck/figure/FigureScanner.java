package io.crosscheck.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/**
 * Walks a text number by number (digits, or a number word of the language) with a hand-written loop
 * rather than a regex find, which would try every alternative at every character. Skips non-figure
 * zones, and collects figures (never overlapping) and the reasons numbers were not taken. Shared by
 * the parser (strict) and the extractor (lenient).
 */
final class FigureScanner {

    record Result(List<ExtractedFigure> figures, List<String> rejections) {
    }

    /** A part of the text read with one language's conventions. */
    record Region(int from, int to, String lang) {
    }

    private FigureScanner() {
    }

    static Result scan(String text, String lang, boolean parseMode) {
        return scan(text, List.of(new Region(0, text.length(), lang)), parseMode);
    }

    static Result scan(String text, List<Region> regions, boolean parseMode) {
        List<ExtractedFigure> out = new ArrayList<>();
        List<String> why = new ArrayList<>();
        NonFigureZones zones = new NonFigureZones(text);
        Map<String, FigureGrammar> grammars = new HashMap<>();
        int skipUntil = 0;
        int lastEnd = 0;
        for (Region region : regions) {
            FigureGrammar grammar = grammars.computeIfAbsent(region.lang(),
                    l -> new FigureGrammar(text, l, parseMode));
            int[] state = {skipUntil, lastEnd};
            scanRegion(text, region, grammar, zones, state, out, why);
            skipUntil = state[0];
            lastEnd = state[1];
        }
        return new Result(out, why);
    }

    private static void scanRegion(String text, Region region, FigureGrammar grammar, NonFigureZones zones,
                                   int[] state, List<ExtractedFigure> out, List<String> why) {
        Lexicon lex = Lexicon.of(region.lang());
        Map<String, Integer> words = lex.numberWords();
        int longestWord = lex.longestNumberWord();
        NumberClasses classes = NumberClasses.of(region.lang());
        int n = region.to();
        int skipUntil = state[0];
        int lastEnd = state[1];
        int i = region.from();
        while (i < n) {
            char c = text.charAt(i);
            int s = i;
            boolean word;
            if (c >= '0' && c <= '9') {
                i = digitsEnd(text, i);
                word = false;
            } else if (Character.isLetter(c)) {
                boolean startsWord = s == 0 || !isWordChar(text.charAt(s - 1));
                i = wordEnd(text, i);
                if (startsWord && (i >= n || !Character.isDigit(text.charAt(i)))
                        && (i - s <= longestWord || classes != null && i - s <= classes.longestStart)) {
                    String w = text.substring(s, i).toLowerCase(Locale.ROOT);
                    word = i - s <= longestWord && words.containsKey(w) || classes != null && classes.startsNumber(w);
                } else {
                    word = false;
                }
                if (!word) {
                    continue;
                }
            } else {
                i++;
                continue;
            }
            if (s < skipUntil) {
                continue;
            }
            NonFigureZones.Zone z = word ? null : zones.at(s);
            if (z != null) {
                why.add(z.reason());
                skipUntil = z.end();
                i = Math.max(i, z.end());
                continue;
            }
            FigureGrammar.Attempt a = grammar.at(s, i, word);
            skipUntil = Math.max(skipUntil, a.consumedTo());
            if (a.figure() == null) {
                if (a.reason() != null) {
                    why.add(a.reason());
                }
                continue;
            }
            if (a.start() < lastEnd || zones.overlapsLink(a.start(), a.end())) {
                continue;
            }
            out.add(new ExtractedFigure(a.figure(), a.start(), a.end()));
            lastEnd = a.end();
        }
        state[0] = skipUntil;
        state[1] = lastEnd;
    }

    private static int digitsEnd(String text, int i) {
        int n = text.length();
        int e = i;
        while (e < n) {
            char c = text.charAt(e);
            if (c >= '0' && c <= '9') {
                e++;
            } else if ((c == '.' || c == ',') && e + 1 < n && text.charAt(e + 1) >= '0' && text.charAt(e + 1) <= '9') {
                e++;
            } else {
                break;
            }
        }
        return e;
    }

    private static int wordEnd(String text, int i) {
        int e = i;
        while (e < text.length() && isWordChar(text.charAt(e)) && !Character.isDigit(text.charAt(e))) {
            e++;
        }
        return e;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
