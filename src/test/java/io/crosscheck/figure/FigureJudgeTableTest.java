package io.crosscheck.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every line of figures/judge-cases.txt: two figures, judged both ways round, get the stated judgement. */
class FigureJudgeTableTest {

    /** One pair: "langA | A | langB | B | OUTCOME REASON gap". */
    record Pair(String langA, String a, String langB, String b, String expected) {
        @Override
        public String toString() {
            return a + " / " + b + " → " + expected;
        }
    }

    static List<Pair> cases() {
        List<Pair> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                FigureJudgeTableTest.class.getResourceAsStream("/figures/judge-cases.txt")), StandardCharsets.UTF_8))) {
            String l;
            while ((l = r.readLine()) != null) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    String[] p = l.split(" \\| ", -1);
                    out.add(new Pair(p[0].trim(), p[1], p[2].trim(), p[3], p[4].trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Figure figure(String lang, String text) {
        if (lang.equals("cat")) {
            return new Figure(FigureKind.CATEGORY, Dimension.CATEGORY, null, null, null, null, null, text, text, "fr");
        }
        return FigureParser.parse(text, lang);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pairGetsTheStatedJudgementWhicheverComesFirst(Pair c) {
        Figure a = figure(c.langA(), c.a());
        Figure b = figure(c.langB(), c.b());
        String[] e = c.expected().split("\\s+");
        Judgement ab = FigureJudge.judge(a, b, Tolerances.DEFAULT);
        Judgement ba = FigureJudge.judge(b, a, Tolerances.DEFAULT);
        assertEquals(e[0], ab.outcome().name(), c + ": " + ab);
        assertEquals(e[1], ab.reason().name(), c + ": " + ab);
        if (e[2].equals("-")) {
            assertNull(ab.gap(), c.toString());
        } else {
            assertEquals(0, new BigDecimal(e[2]).compareTo(ab.gap()), c + ": gap " + ab.gap());
        }
        assertEquals(ab, ba.swapped(), "the judgement is symmetric");
    }
}
