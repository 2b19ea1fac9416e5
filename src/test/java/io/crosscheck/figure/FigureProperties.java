package io.crosscheck.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Properties that must hold for every input, not just the examples in the tables. */
class FigureProperties {

    private static final List<String> FRAGMENTS = List.of("6 millions $", "1,6 milliard $", "$5.6M", "50 000",
            "GPU", "entre ", " et ", "between ", " and ", "–", "-", "environ ", "about ", "plus de ", "up to ",
            "%", " pour cent", "€", "£", "US$", "CA$", "x", "×", " fois moins", " times more", "H800", "GPT-4",
            "2025", "27 janvier ", "14h30", "3:45 pm", "v1.2.3", "1er", "https://a.b/1-2", "deux", "two", "a dozen",
            " ", "\u00A0", "\u202F", "\u200B", ",", ".", "\n", "\t", "\u0000", "\u0007", "\uD800", "\uDC00",
            "\uD83D\uDE00", "é", "Ã©", "k", "M", "Md", "bn", "B", "+", "~", "de ", "à ", " mois", " days", "0",
            "9", "123", "1.600", "1,600", "999 999", "d'", "’", "millions d'heures GPU", "(", ")", "/", ":",
            "mil millones", " millones de dólares", " y ", "unos ", "más de ", " veces más", "de ", " a ", "12.000",
            " por ciento", " meses", "diez", "una docena de ", "ñ", "¿");

    @Property(tries = 1000)
    void renderedFigureParsesBackToTheSameFigure(@ForAll("figures") Figure f, @ForAll("langs") String lang) {
        String text = FigureRenderer.render(f, lang);
        Figure back = FigureParser.parse(text, lang);
        String why = f + " rendered as '" + text + "' parsed as " + back;
        assertEquals(f.kind(), back.kind(), why);
        assertEquals(f.dimension(), back.dimension(), why);
        assertSame(f.value(), back.value(), why);
        assertSame(f.low(), back.low(), why);
        assertSame(f.high(), back.high(), why);
        assertSame(f.step(), back.step(), why);
        assertEquals(f.currency(), back.currency(), why);
        assertEquals(f.unit(), back.unit(), why);
    }

    @Property(tries = 300)
    void extractionNeverThrowsAndReturnsOrderedSpansInsideTheText(@ForAll("texts") String text,
                                                                 @ForAll("langsOrNull") String lang) {
        List<ExtractedFigure> found = FigureExtractor.extract(text, lang);
        assertNotNull(found);
        int previousEnd = 0;
        for (ExtractedFigure e : found) {
            assertTrue(e.start() >= previousEnd, "spans must not overlap: " + found);
            assertTrue(e.end() <= text.length() && e.start() < e.end(), "span inside the text");
            assertEquals(text.substring(e.start(), e.end()), e.figure().text());
            previousEnd = e.end();
        }
    }

    @Property(tries = 300)
    void extractionNeverThrowsOnArbitraryUnicode(@ForAll @StringLength(max = 200) String text) {
        List<ExtractedFigure> found = FigureExtractor.extract(text, null);
        int previousEnd = 0;
        for (ExtractedFigure e : found) {
            assertTrue(e.start() >= previousEnd && e.end() <= text.length());
            assertEquals(text.substring(e.start(), e.end()), e.figure().text());
            previousEnd = e.end();
        }
    }

    @Property(tries = 300)
    void parseOfArbitraryUnicodeGivesAFigureOrAReason(@ForAll @StringLength(max = 60) String text,
                                                      @ForAll("langsOrNull") String lang) {
        try {
            assertNotNull(FigureParser.parse(text, lang).kind());
        } catch (FigureParseException e) {
            assertFalse(e.getMessage().isBlank(), "the reason is given");
        }
    }

    @Property(tries = 300)
    void parseReturnsAFigureOrThrowsFigureParseExceptionOnly(@ForAll("texts") String text,
                                                            @ForAll("langsOrNull") String lang) {
        try {
            Figure f = FigureParser.parse(text, lang);
            assertNotNull(f.kind());
        } catch (FigureParseException e) {
            assertFalse(e.getMessage().isBlank(), "the reason is given");
        }
    }

    @Property(tries = 300)
    void hygieneNeverChangesTextWithoutAFlag(@ForAll("texts") String text) {
        CleanText c = TextHygiene.clean(text);
        if (!c.text().equals(text)) {
            assertTrue(c.changed(), "changed without a flag: " + c.flags());
        } else {
            assertFalse(c.changed(), "flagged a change that did not happen: " + c.flags());
        }
    }

    @Provide
    Arbitrary<String> langs() {
        return Arbitraries.of("fr", "en", "es");
    }

    @Provide
    Arbitrary<String> langsOrNull() {
        return Arbitraries.of("fr", "en", "es", null);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> fragment = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().all().ofMaxLength(4), Arbitraries.strings().numeric().ofMaxLength(7));
        return fragment.list().ofMaxSize(25).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<Figure> figures() {
        Arbitrary<Dimension> dims = Arbitraries.of(Dimension.MONEY, Dimension.COUNT, Dimension.PERCENT,
                Dimension.RATIO, Dimension.DURATION);
        Arbitrary<FigureKind> kinds = Arbitraries.of(FigureKind.EXACT, FigureKind.APPROXIMATE, FigureKind.RANGE,
                FigureKind.AT_LEAST, FigureKind.AT_MOST);
        Arbitrary<String> mantissas = Combinators.combine(Arbitraries.integers().between(1, 999),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 9))
                .as((whole, decimals, last) -> decimals == 0 ? String.valueOf(whole)
                        : whole + "." + (decimals == 2 ? "0" : "") + last);
        Arbitrary<String> currencies = Arbitraries.of("USD", "EUR", "GBP", "CAD");
        Arbitrary<String> nouns = Arbitraries.of("gpu", "engineer", "person", "chip", "inhabitant", "gpu hour", "");
        Arbitrary<Integer> scales = Arbitraries.of(0, 3, 6, 9);
        Arbitrary<Integer> durationUnits = Arbitraries.of(3600, 86_400, 604_800, 2_629_746, 31_556_952);
        return Combinators.combine(dims, kinds, mantissas, mantissas, currencies, nouns, scales, durationUnits)
                .as((dim, kind, m1, m2, cur, noun, scale, secs) -> build(dim, kind, m1, m2, cur, noun, scale, secs))
                .filter(f -> f != null);
    }

    private static Figure build(Dimension dim, FigureKind kind, String m1, String m2, String cur, String noun,
                                int scale, int secs) {
        BigDecimal factor = switch (dim) {
            case MONEY, COUNT -> BigDecimal.TEN.pow(scale);
            case DURATION -> BigDecimal.valueOf(secs);
            default -> BigDecimal.ONE;
        };
        String currency = dim == Dimension.MONEY ? cur : null;
        String unit = dim == Dimension.COUNT && !noun.isEmpty() ? noun
                : dim == Dimension.RATIO ? (m1.length() % 2 == 0 ? "more" : "less") : null;
        BigDecimal a = new BigDecimal(m1);
        BigDecimal b = new BigDecimal(m2);
        if ((dim == Dimension.COUNT || dim == Dimension.MONEY) && scale == 3 && (a.scale() > 0 || m1.length() == 1)) {
            // Thousands are written out in digits, and "5 000" is read with two significant digits: a figure
            // read from "5 mille" / "5k" (step 1 000) cannot be written back with its precision.
            return null;
        }
        return switch (kind) {
            case RANGE -> a.compareTo(b) >= 0 ? null : Intervals.bound(kind, dim, a.multiply(factor),
                    b.multiply(factor), currency, unit, "", "en");
            case AT_LEAST -> Intervals.bound(kind, dim, a.multiply(factor), null, currency, unit, "", "en");
            case AT_MOST -> Intervals.bound(kind, dim, null, a.multiply(factor), currency, unit, "", "en");
            default -> Precision.point(kind, dim, a.multiply(factor), step(m1, scale == 3 && dim != Dimension.DURATION)
                    .multiply(factor), currency, unit, "", "en");
        };
    }

    /**
     * The precision rule, written independently of the engine: the last decimal written; for an
     * integer, the last non-zero digit but never coarser than its second significant digit (when the
     * number is written out with three more zeros, as thousands are, those zeros count as digits).
     */
    private static BigDecimal step(String m, boolean writtenInThousands) {
        int dot = m.indexOf('.');
        if (dot >= 0) {
            return BigDecimal.ONE.movePointLeft(m.length() - dot - 1);
        }
        String digits = writtenInThousands ? m + "000" : m;
        int zeros = 0;
        for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) {
            zeros++;
        }
        int exponent = Math.min(zeros, Math.max(0, digits.length() - 2)) - (writtenInThousands ? 3 : 0);
        return BigDecimal.ONE.movePointRight(exponent);
    }

    private static void assertSame(BigDecimal expected, BigDecimal actual, String why) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, why);
        } else {
            assertEquals(0, expected.compareTo(actual), why);
        }
    }
}
