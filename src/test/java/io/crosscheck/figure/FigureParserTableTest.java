package io.crosscheck.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
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
        if (c.expected().startsWith("!")) {
            FigureParseException e = assertThrows(FigureParseException.class, () -> FigureParser.parse(c.text(), c.lang()));
            String want = c.expected().substring(1).trim().toLowerCase(Locale.ROOT);
            assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains(want),
                    "message '" + e.getMessage() + "' should mention '" + want + "'");
            return;
        }
        Figure f = FigureParser.parse(c.text(), c.lang());
        FigureCases.check(c.expected(), f, c.text());
        assertEquals(c.text().strip(), f.text(), "text is kept as written");
    }
}
