package io.crosscheck.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.claim.Verdict;
import io.crosscheck.compare.ComparisonView;
import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Chart rules without a server: categories listed, vague figures as ranges, ticks that tell 5 M from 5,6 M. */
class ChartTest {

    static Stream<Arguments> ticks() {
        return Stream.of(
                // figures (value, low, high in millions of USD), lang, tick labels expected among the labelled ones
                Arguments.of(new double[][] {{5, 4.5, 5.5}, {5.6, 5.55, 5.65}, {6, 5.5, 6.5}}, "fr",
                        List.of("5 M$", "5,5 M$", "6 M$")),
                Arguments.of(new double[][] {{5, 4.5, 5.5}, {5.6, 5.55, 5.65}, {6, 5.5, 6.5}}, "en",
                        List.of("$5M", "$5.5M", "$6M")),
                Arguments.of(new double[][] {{5.6, 5.55, 5.65}, {1600, 1550, 1650}}, "fr",
                        List.of("10 M$", "100 M$", "1 Md$")),
                Arguments.of(new double[][] {{5.6, 5.55, 5.65}, {1600, 1550, 1650}}, "en",
                        List.of("$10M", "$100M", "$1B")));
    }

    @ParameterizedTest
    @MethodSource
    void ticks(double[][] figures, String lang, List<String> expected) {
        List<ComparisonView.Entry> entries = Stream.of(figures).map(f -> entry(new Figure(FigureKind.EXACT,
                Dimension.MONEY, m(f[0]), m(f[1]), m(f[2]), "USD", null, null, "x", lang))).toList();
        Chart chart = Chart.build(List.of(new Chart.Section(null, entries)), List.of(), lang);
        List<String> labels = chart.ticks().stream().map(t -> t.label().replace('\u00a0', ' ').replace('\u202f', ' '))
                .filter(l -> !l.isEmpty()).toList();
        assertTrue(labels.containsAll(expected), labels.toString());
        int labelled = labels.size();
        assertTrue(labelled >= 3 && labelled <= 16, labels.toString());
        // Gridlines (major or minor) on both sides of 5,6 M and between 5 M and 6 M when the range is narrow.
        if (figures.length == 3) {
            int x5 = chart.marks().get(0).middle();
            int x56 = chart.marks().get(1).middle();
            int x6 = chart.marks().get(2).middle();
            assertTrue(x5 < x56 && x56 < x6 && x6 - x5 > 60, x5 + " " + x56 + " " + x6);
            assertTrue(chart.ticks().stream().anyMatch(t -> t.x() > x5 && t.x() < x56), "a gridline between 5 M and 5,6 M");
            assertTrue(chart.ticks().stream().anyMatch(t -> t.x() > x56 && t.x() < x6), "a gridline between 5,6 M and 6 M");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void categoriesAreListedAndVagueFiguresAreRanges(Figure figure, boolean listed, boolean vague, int minWidth) {
        Chart chart = Chart.build(List.of(new Chart.Section(null, List.of(entry(figure)))), List.of(), "fr");
        assertEquals(listed ? 1 : 0, chart.listed().size());
        assertEquals(listed ? 0 : 1, chart.marks().size());
        if (!listed) {
            Chart.Mark m = chart.marks().get(0);
            assertEquals(vague, m.vague());
            assertTrue(m.x2() - m.x1() >= minWidth, m.x1() + "–" + m.x2());
        } else {
            assertTrue(!chart.numeric() && chart.ticks().isEmpty(), "nothing drawn for a category");
        }
    }

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of(new Figure(FigureKind.CATEGORY, Dimension.CATEGORY, null, null, null, null, null, "H800",
                        "H800", "fr"), true, false, 0),
                Arguments.of(new Figure(FigureKind.RANGE, Dimension.MONEY, null, m(100), m(1000), "USD", null, null,
                        "des centaines de millions de dollars", "fr"), false, true, 400),
                Arguments.of(new Figure(FigureKind.AT_LEAST, Dimension.MONEY, null, m(1000), null, "USD", null, null,
                        "des milliards", "fr"), false, true, 4),
                Arguments.of(new Figure(FigureKind.EXACT, Dimension.MONEY, m(5.6), m(5.55), m(5.65), "USD", null, null,
                        "5,6 millions de dollars", "fr"), false, false, 0));
    }

    private static BigDecimal m(double millions) {
        return BigDecimal.valueOf(millions).multiply(BigDecimal.valueOf(1_000_000));
    }

    private static ComparisonView.Entry entry(Figure f) {
        return new ComparisonView.Entry(UUID.randomUUID(), "s", "fr", f, f.low() == null ? null : f.low().doubleValue(),
                f.high() == null ? null : f.high().doubleValue(), null, null, Verdict.UNREVIEWED, 0, false, false, null,
                f.kind() != FigureKind.CATEGORY && !f.kind().isPoint());
    }
}
