package io.crosscheck.figure;

import java.util.List;

/** Parses one figure expression ("environ 6 millions $", "$60–80M", "50,000 GPUs") into a {@link Figure}. */
public final class FigureParser {

    private FigureParser() {
    }

    /**
     * @param lang a language the engine has a pack for ("fr", "en", "es", or a tag such as "fr-CA"), or null
     *     to detect it
     * @throws UnsupportedLanguageException when there is no pack for {@code lang}
     * @throws FigureParseException when the text is not exactly one figure; the message says why
     */
    public static Figure parse(String text, String lang) {
        String given = LanguagePacks.resolve(lang);
        if (text == null || text.isBlank()) {
            throw new FigureParseException("no number found: the text is empty");
        }
        String trimmed = text.strip();
        String l = given != null ? given : LanguageDetector.detect(trimmed);
        FigureScanner.Result r;
        try {
            r = FigureScanner.scan(trimmed, l, true);
        } catch (RuntimeException e) {
            throw new FigureParseException("could not read '" + trimmed + "' as a figure");
        }
        List<ExtractedFigure> found = r.figures();
        if (found.isEmpty()) {
            if (!r.rejections().isEmpty()) {
                throw new FigureParseException(r.rejections().get(0));
            }
            throw new FigureParseException("no number found in '" + trimmed + "'");
        }
        if (found.size() > 1) {
            throw new FigureParseException("'" + trimmed + "' holds " + found.size() + " figures, not one");
        }
        ExtractedFigure f = found.get(0);
        String before = trimmed.substring(0, f.start());
        String after = trimmed.substring(f.end());
        if (!isNoise(before) || !isNoise(after)) {
            if (!r.rejections().isEmpty()) {
                throw new FigureParseException(r.rejections().get(0));
            }
            throw new FigureParseException("'" + (isNoise(before) ? after : before).strip()
                    + "' is not part of a figure");
        }
        return f.figure();
    }

    private static boolean isNoise(String s) {
        return s.chars().allMatch(c -> Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F'
                || ".,;:!?()«»\"'“”’".indexOf(c) >= 0);
    }
}
