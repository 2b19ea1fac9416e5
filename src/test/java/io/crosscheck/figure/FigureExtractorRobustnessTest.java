package io.crosscheck.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Extraction takes any input, stays linear on hostile input, and keeps offsets into the given text. */
public class FigureExtractorRobustnessTest {

    @Test
    void nullAndEmptyTextGiveNoFigures() {
        assertEquals(List.of(), FigureExtractor.extract(null, "fr"));
        assertEquals(List.of(), FigureExtractor.extract("", null));
    }

    @Test
    void controlCharactersAndLoneSurrogatesDoNotDisturbNeighbouringFigures() {
        String text = "\uD800Revenue hit $5M\u0000 and 20%\uDC00 \u0007growth";
        List<ExtractedFigure> found = FigureExtractor.extract(text, "en");
        assertEquals(List.of("$5M", "20%"), found.stream().map(f -> f.figure().text()).toList());
        for (ExtractedFigure f : found) {
            assertEquals(f.figure().text(), text.substring(f.start(), f.end()));
        }
    }

    @Test
    void noBreakSpacesAreReadWithoutCleaningSoOffsetsStayInTheRawText() {
        String text = "soit 50\u202F000\u00A0GPU et 1,6\u00A0milliard\u00A0$";
        List<ExtractedFigure> found = FigureExtractor.extract(text, "fr");
        assertEquals(2, found.size());
        assertEquals("50\u202F000\u00A0GPU", text.substring(found.get(0).start(), found.get(0).end()));
    }

    /**
     * Hostile shapes (runs of digits, separators, scale words) must give valid spans. How long they
     * take is measured by the extraction benchmark, not asserted here: timings on a shared 2-core
     * machine are not a test.
     */
    @Test
    void hostileInputsGiveOrderedSpansInsideTheText() {
        for (String h : HOSTILE) {
            List<ExtractedFigure> found = FigureExtractor.extract(h, null);
            int previousEnd = 0;
            for (ExtractedFigure f : found) {
                assertTrue(f.start() >= previousEnd && f.end() <= h.length());
                previousEnd = f.end();
            }
        }
    }

    /** Inputs that would make a backtracking or quadratic scanner blow up; the benchmark times them too. */
    public static final String[] HOSTILE = {"1".repeat(1_000_000), "1,".repeat(500_000), "1 ".repeat(500_000),
        "a ".repeat(500_000), "$".repeat(1_000_000), "entre 1 et ".repeat(100_000),
        "x".repeat(1_000_000) + "@", "https://" + "9".repeat(1_000_000), "-1".repeat(500_000),
        "deux ".repeat(200_000), "+1 ".repeat(300_000)};

    @Test
    void languageIsDetectedFromStopWordsAndNumberStyle() {
        assertEquals("fr", LanguageDetector.detect("Les 6 millions $ mentionnés représentent le coût d'un modèle."));
        assertEquals("en", LanguageDetector.detect("The $5.6M figure is the cost of the final training run."));
        assertEquals("fr", LanguageDetector.detect("5,6 M$"));
        assertEquals("en", LanguageDetector.detect("$5.6M"));
        assertEquals("en", LanguageDetector.detect(""));
    }
}
