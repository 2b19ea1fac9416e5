package io.crosscheck.figure;

import java.util.List;

/**
 * Finds every figure in running text. Offsets are Java char offsets into the text as given (run
 * {@link TextHygiene} first and store its output if offsets must survive cleaning). Never throws.
 */
public final class FigureExtractor {

    private FigureExtractor() {
    }

    /**
     * @param lang "fr", "en", or null to detect
     * @return the figures in text order; spans never overlap
     */
    public static List<ExtractedFigure> extract(String text, String lang) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        try {
            return List.copyOf(FigureScanner.scan(text, LanguageDetector.orDetect(lang, text), false).figures());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug must not take an article down with it: extraction is best effort by contract.
            return List.of();
        }
    }
}
