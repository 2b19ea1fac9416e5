package io.crosscheck.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every figure in running text. Offsets are Java char offsets into the text as given (run
 * {@link TextHygiene} first and store its output if offsets must survive cleaning). Never throws.
 */
public final class FigureExtractor {

    /** Paragraphs shorter than this are merged with the next: too little text to tell the language. */
    private static final int PARAGRAPH_MIN = 200;

    private FigureExtractor() {
    }

    /**
     * Without a given language, each paragraph gets its own guess (falling back on the whole text's),
     * because an English quote block inside a French article must not read "billion" as 10^12.
     */
    private static List<ExtractedFigure> byParagraph(String text) {
        String docLang = LanguageDetector.detect(text);
        List<FigureScanner.Region> regions = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = text.indexOf('\n', Math.min(text.length(), from + PARAGRAPH_MIN));
            to = to < 0 ? text.length() : to + 1;
            String lang = LanguageDetector.detectOrNull(text, from, to, 4);
            regions.add(new FigureScanner.Region(from, to, lang == null ? docLang : lang));
            from = to;
        }
        return List.copyOf(FigureScanner.scan(text, regions, false).figures());
    }

    /**
     * @param lang "fr", "en", or null to detect (per paragraph)
     * @return the figures in text order; spans never overlap
     */
    public static List<ExtractedFigure> extract(String text, String lang) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        try {
            if (lang != null && !lang.isBlank()) {
                return List.copyOf(FigureScanner.scan(text, LanguageDetector.orDetect(lang, text), false).figures());
            }
            return byParagraph(text);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug must not take an article down with it: extraction is best effort by contract.
            return List.of();
        }
    }
}
