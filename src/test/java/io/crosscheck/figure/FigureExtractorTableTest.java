package io.crosscheck.figure;

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
        FigureCases.assertExtracts(c, FigureCases::check);
    }
}
