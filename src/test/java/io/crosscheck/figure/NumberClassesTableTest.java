package io.crosscheck.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The number classes of issue 15 (sub-units and compound amounts, ISO currencies and ambiguous ones,
 * spelled-out and collective numbers, percent variants and percentage points, signs and changes,
 * bounded ranges in words, "3.4m"), table-driven: figures/classes-parse-cases.txt and
 * figures/classes-extract-cases.txt. After the usual "KIND DIMENSION value low high extra", a case may
 * list CHANGE and flags; a case that lists neither expects a LEVEL with no flags.
 */
class NumberClassesTableTest {

    static List<FigureCases.Line> parseCases() {
        return FigureCases.read("/figures/classes-parse-cases.txt");
    }

    static List<FigureCases.Line> extractCases() {
        return FigureCases.read("/figures/classes-extract-cases.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parseCases")
    void expressionParsesToTheStatedFigureWithItsNatureAndFlags(FigureCases.Line c) {
        FigureCases.assertParses(c, NumberClassesTableTest::check);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extractCases")
    void sentenceYieldsExactlyTheseFigures(FigureCases.Line c) {
        FigureCases.assertExtracts(c, NumberClassesTableTest::check);
    }

    /** Changes and percentage points are written back in words that read as the same figure. */
    @ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "fr| une baisse de 12 %| une baisse de 12 %| −12 %",
        "en| up 5%| a rise of 5%| +5%",
        "es| una caída del 1,5 %| una caída del 1,5 %| -1,5 %",
        "fr| 3,5 points de pourcentage| 3,5 points de pourcentage| 3,5 pp",
        "en| 2 pp| 2 percentage points| 2 pp"})
    void changesAndPointsAreWrittenBackAsTheSameFigure(String lang, String text, String words, String label) {
        Figure f = FigureParser.parse(text, lang);
        String rendered = FigureRenderer.render(f, lang);
        assertEquals(words, rendered);
        Figure back = FigureParser.parse(rendered, lang);
        assertEquals(f.nature(), back.nature());
        assertEquals(0, f.value().compareTo(back.value()));
        assertEquals(f.unit(), back.unit());
        assertEquals(label.replace('−', '-'), FigureRenderer.renderShort(f, lang).replace('−', '-').replace('\u00A0', ' ')
                .replace('\u202F', ' '));
    }

    /** The usual six fields, then the nature (LEVEL unless CHANGE is listed) and exactly the listed flags. */
    static void check(String expected, Figure f, String context) {
        FigureCases.check(expected, f, context);
        List<String> more = Arrays.asList(expected.trim().split("\\s+"));
        more = more.size() > 6 ? more.subList(6, more.size()) : List.of();
        assertEquals(more.contains("CHANGE") ? Nature.CHANGE : Nature.LEVEL, f.nature(), context + " nature");
        Set<FigureFlag> flags = EnumSet.noneOf(FigureFlag.class);
        more.stream().filter(t -> !t.equals("CHANGE")).forEach(t -> flags.add(FigureFlag.valueOf(t)));
        assertEquals(flags, f.flags(), context + " flags");
    }
}
