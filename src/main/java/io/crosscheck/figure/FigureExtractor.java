package io.crosscheck.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every figure in running text. Offsets are Java char offsets into the text as given (run
 * {@link TextHygiene} first and store its output if offsets must survive cleaning). Never throws on text;
 * refuses a language it has no pack for.
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
