package io.crosscheck.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.figure.Judgement.Outcome;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** What must hold for every pair of figures, not only the table's: the judgement's invariants. */
class FigureJudgeProperties {

    @Property(tries = 2000)
    void theJudgementIsSymmetric(@ForAll("pairs") Tuple.Tuple2<Figure, Figure> p, @ForAll("tolerances") Tolerances t) {
        Judgement ab = FigureJudge.judge(p.get1(), p.get2(), t);
        assertEquals(ab, FigureJudge.judge(p.get2(), p.get1(), t).swapped(), p.toString());
    }

    @Property(tries = 1000)
    void aFigureAgreesWithItselfAtNoGap(@ForAll("figures") Figure f, @ForAll("tolerances") Tolerances t) {
        Judgement j = FigureJudge.judge(f, f, t);
        assertEquals(Outcome.AGREE, j.outcome(), f.toString());
        assertEquals(0, j.gap().signum(), f.toString());
    }

    @Property(tries = 1000)
    void aFigureAgreesWithItsOwnRenderingReadBack(@ForAll("figures") Figure f, @ForAll("langs") String lang) {
        String text = FigureRenderer.render(f, lang);
        Figure back = FigureParser.parse(text, lang);
        Judgement j = FigureJudge.judge(f, back, Tolerances.DEFAULT);
        assertEquals(Outcome.AGREE, j.outcome(), f + " written '" + text + "' read as " + back + ": " + j);
        assertEquals(0, j.gap().signum(), f + " written '" + text + "'");
    }

    @Property(tries = 2000)
    void widerHedgesNeverTurnAgreementIntoDisagreement(@ForAll("pairs") Tuple.Tuple2<Figure, Figure> p,
            @ForAll("tolerances") Tolerances t, @ForAll("widening") BigDecimal more) {
        Tolerances wider = new Tolerances(t.hedge().add(more), t.rounding());
        Judgement narrow = FigureJudge.judge(p.get1(), p.get2(), t);
        Judgement wide = FigureJudge.judge(p.get1(), p.get2(), wider);
        if (narrow.outcome() == Outcome.AGREE) {
            assertEquals(Outcome.AGREE, wide.outcome(), p + ": " + narrow + " then " + wide);
        }
        if (narrow.outcome() != Outcome.DIFFER) {
            assertNotEquals(Outcome.DIFFER, wide.outcome(), p + ": " + narrow + " then " + wide);
        }
    }

    @Property(tries = 2000)
    void hedgingAPointNeverTurnsAgreementIntoDisagreement(@ForAll("pairs") Tuple.Tuple2<Figure, Figure> p,
            @ForAll("tolerances") Tolerances t) {
        Figure a = p.get1();
        if (a.kind() != FigureKind.EXACT) {
            return;
        }
        Figure hedged = Precision.point(FigureKind.APPROXIMATE, a.dimension(), a.value(), a.step(), a.currency(),
                a.unit(), "about " + a.text(), a.lang());
        Judgement before = FigureJudge.judge(a, p.get2(), t);
        Judgement after = FigureJudge.judge(hedged, p.get2(), t);
        if (before.outcome() == Outcome.AGREE) {
            assertEquals(Outcome.AGREE, after.outcome(), p + ": " + before + " then " + after);
        }
        if (before.outcome() != Outcome.DIFFER) {
            assertNotEquals(Outcome.DIFFER, after.outcome(), p + ": " + before + " then " + after);
        }
    }

    @Property(tries = 2000)
    void figuresWhoseEnvelopesDoNotMeetDiffer(@ForAll("pairs") Tuple.Tuple2<Figure, Figure> p,
            @ForAll("tolerances") Tolerances t) {
        Judgement j = FigureJudge.judge(p.get1(), p.get2(), t);
        boolean meet = FigureJudge.envelope(p.get1(), t).meets(FigureJudge.envelope(p.get2(), t));
        if (!meet) {
            assertEquals(Outcome.DIFFER, j.outcome(), p + ": detection relies on it");
        }
        assertTrue(j.gap().signum() >= 0 && j.gap().compareTo(BigDecimal.ONE) <= 0, "gap in [0, 1]: " + j);
    }

    @Provide
    Arbitrary<String> langs() {
        return Arbitraries.of("fr", "en");
    }

    @Provide
    Arbitrary<Tolerances> tolerances() {
        return Combinators.combine(Arbitraries.of("0", "0.05", "0.1", "0.15", "0.3"), Arbitraries.of("0", "0.05", "0.1",
                "0.2", "1")).as((h, r) -> new Tolerances(new BigDecimal(h), new BigDecimal(r)));
    }

    @Provide
    Arbitrary<BigDecimal> widening() {
        return Arbitraries.of("0", "0.01", "0.05", "0.2", "0.6").map(BigDecimal::new);
    }

    /** Figures as the parser reads them, of one dimension/currency/unit per pair so that most pairs are compared. */
    @Provide
    Arbitrary<Tuple.Tuple2<Figure, Figure>> pairs() {
        return Arbitraries.of(Dimension.MONEY, Dimension.COUNT, Dimension.PERCENT, Dimension.DURATION)
                .flatMap(dim -> Combinators.combine(figure(dim), figure(dim)).as(Tuple::of));
    }

    @Provide
    Arbitrary<Figure> figures() {
        return Arbitraries.of(Dimension.MONEY, Dimension.COUNT, Dimension.PERCENT, Dimension.DURATION,
                Dimension.RATIO).flatMap(FigureJudgeProperties::figure);
    }

    /** Round and precise numbers close to each other (1 to 60, up to two decimals), at a few scales. */
    private static Arbitrary<Figure> figure(Dimension dim) {
        Arbitrary<String> numbers = Combinators.combine(Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 9))
                .as((whole, decimals, last) -> decimals == 0 ? String.valueOf(whole)
                        : whole + "." + (decimals == 2 ? "5" : "") + last);
        Arbitrary<FigureKind> kinds = Arbitraries.of(FigureKind.EXACT, FigureKind.EXACT, FigureKind.APPROXIMATE,
                FigureKind.RANGE, FigureKind.AT_LEAST, FigureKind.AT_MOST);
        Arbitrary<Integer> scales = dim == Dimension.MONEY || dim == Dimension.COUNT ? Arbitraries.of(0, 6)
                : Arbitraries.just(0);
        return Combinators.combine(kinds, numbers, numbers, scales).as((kind, m1, m2, scale) -> {
            BigDecimal factor = dim == Dimension.DURATION ? BigDecimal.valueOf(2_629_746) : BigDecimal.TEN.pow(scale);
            String currency = dim == Dimension.MONEY ? "EUR" : null;
            String unit = dim == Dimension.COUNT ? "gpu" : dim == Dimension.RATIO ? "less" : null;
            BigDecimal a = new BigDecimal(m1).multiply(factor);
            BigDecimal b = new BigDecimal(m2).multiply(factor);
            return switch (kind) {
                case RANGE -> new Figure(kind, dim, null, a.min(b), a.max(b), currency, unit, null, m1 + "-" + m2, "en");
                case AT_LEAST -> new Figure(kind, dim, null, a, null, currency, unit, null, ">" + m1, "en");
                case AT_MOST -> new Figure(kind, dim, null, null, a, currency, unit, null, "<" + m1, "en");
                default -> Precision.point(kind, dim, a, Precision.step(new BigDecimal(m1), ulp(m1)).multiply(factor),
                        currency, unit, m1, "en");
            };
        });
    }

    private static BigDecimal ulp(String m) {
        BigDecimal d = new BigDecimal(m);
        if (d.scale() > 0) {
            return BigDecimal.ONE.movePointLeft(d.scale());
        }
        BigDecimal s = d.stripTrailingZeros();
        return d.signum() == 0 || s.scale() >= 0 ? BigDecimal.ONE : BigDecimal.ONE.movePointRight(-s.scale());
    }
}
