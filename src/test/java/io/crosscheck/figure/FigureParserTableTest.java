package io.crosscheck.figure;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every line of figures/parse-cases.txt and figures/es-parse-cases.txt: the expression parses to the stated figure, or is rejected. */
class FigureParserTableTest {

    static List<FigureCases.Line> cases() {
        List<FigureCases.Line> all = new java.util.ArrayList<>(FigureCases.read("/figures/parse-cases.txt"));
        all.addAll(FigureCases.read("/figures/es-parse-cases.txt"));
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void expressionParsesToTheStatedFigureOrIsRejectedWithAReason(FigureCases.Line c) {
        FigureCases.assertParses(c, FigureCases::check);
    }
}
