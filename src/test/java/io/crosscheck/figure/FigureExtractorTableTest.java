package io.crosscheck.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every line of figures/extract-cases.txt and figures/es-extract-cases.txt: exactly the listed figures, at exactly their spans. */
class FigureExtractorTableTest {

    static List<FigureCases.Line> cases() {
        List<FigureCases.Line> all = new java.util.ArrayList<>(FigureCases.read("/figures/extract-cases.txt"));
        all.addAll(FigureCases.read("/figures/es-extract-cases.txt"));
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sentenceYieldsExactlyTheFiguresAFactCheckerWants(FigureCases.Line c) {
        List<ExtractedFigure> found = FigureExtractor.extract(c.text(), c.lang());
        String[] expected = c.expected().isBlank() ? new String[0] : c.expected().split(" ;; ");
        assertEquals(expected.length, found.size(), "figures found: " + found.stream()
                .map(f -> f.figure().text()).toList());
        int from = 0;
        for (int i = 0; i < expected.length; i++) {
            String[] spanAndFigure = expected[i].split(" = ", 2);
            String span = spanAndFigure[0];
            int start = c.text().indexOf(span, from);
            ExtractedFigure got = found.get(i);
            assertEquals(span, got.figure().text(), "figure " + i + " text");
            assertEquals(start, got.start(), span + " start");
            assertEquals(start + span.length(), got.end(), span + " end");
            FigureCases.check(spanAndFigure[1], got.figure(), span);
            from = got.end();
        }
    }
}
