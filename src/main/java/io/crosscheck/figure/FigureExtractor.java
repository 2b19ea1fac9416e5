package io.crosscheck.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every figure in running text. Offsets are Java char offsets into the text as given (run
 * {@link TextHygiene} first and store its output if offsets must survive cleaning). Never throws on text;
 * refuses a language it has no pack for.
 */
public final class FigureExtractor {

    /** Points of evidence a paragraph needs to get its own language (two stop words). */
    private static final int MIN_EVIDENCE = 4;

    private FigureExtractor() {
    }

    /**
     * Without a given language, each paragraph (line) gets its own guess, because an English quote block
     * inside a French article must not read "billion" as 10^12, nor a Spanish one "1.600" as 1.6. A
     * paragraph with too little evidence (a heading, a short caption) takes the language of the next one
     * that has enough, at the end the previous one's, and in a text with no evidence at all the whole
     * text's guess.
     */
    private static List<ExtractedFigure> byParagraph(String text) {
        List<FigureScanner.Region> regions = new ArrayList<>();
        int n = text.length();
        int pending = -1;
        String last = null;
        int from = 0;
        while (from < n) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? n : nl + 1;
            String lang = LanguageDetector.detectOrNull(text, from, to, MIN_EVIDENCE);
            if (lang == null) {
                pending = pending < 0 ? from : pending;
            } else {
                add(regions, pending < 0 ? from : pending, to, lang);
                pending = -1;
                last = lang;
            }
            from = to;
        }
        if (pending >= 0) {
            add(regions, pending, n, last != null ? last : LanguageDetector.detect(text));
        }
        return List.copyOf(FigureScanner.scan(text, regions, false).figures());
    }

    /** Appends a region, merged with the previous one when they are read in the same language. */
    private static void add(List<FigureScanner.Region> regions, int from, int to, String lang) {
        int last = regions.size() - 1;
        if (last >= 0 && regions.get(last).lang().equals(lang) && regions.get(last).to() == from) {
            regions.set(last, new FigureScanner.Region(regions.get(last).from(), to, lang));
        } else {
            regions.add(new FigureScanner.Region(from, to, lang));
        }
    }

    /**
     * @param lang a language the engine has a pack for ("fr", "en", "es", or a tag such as "es-MX"), or null
     *     to detect it per paragraph
     * @return the figures in text order; spans never overlap
     * @throws UnsupportedLanguageException when there is no pack for {@code lang}: such text is refused, not
     *     read with another language's conventions
     */
    public static List<ExtractedFigure> extract(String text, String lang) {
        String given = LanguagePacks.resolve(lang);
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        try {
            if (given != null) {
                return List.copyOf(FigureScanner.scan(text, given, false).figures());
            }
            return byParagraph(text);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug must not take an article down with it: extraction is best effort by contract.
            return List.of();
        }
    }
}
