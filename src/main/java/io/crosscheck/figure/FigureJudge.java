package io.crosscheck.figure;

import io.crosscheck.figure.Judgement.Outcome;
import io.crosscheck.figure.Judgement.Reason;
import io.crosscheck.figure.Judgement.Side;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Do two figures tell the same story? A pure function of the two figures and the {@link Tolerances};
 * symmetric (judging b against a gives the same outcome, reason and gap as a against b).
 *
 * <p>What each figure states is a point (EXACT, APPROXIMATE) or a set (RANGE, AT_LEAST, AT_MOST, read
 * as written and inclusive). The first row that applies decides (docs/figures.md has the table):
 * <ol>
 * <li>different dimensions, currencies or units, or a level and a change: NOT_COMPARABLE (never
 * converted; "une hausse de 3 %" says nothing about a rate of 3 %);</li>
 * <li>categories: AGREE when equal (case aside), else DIFFER;</li>
 * <li>the stated values meet (equal points, a point within bounds, overlapping sets): AGREE;</li>
 * <li>a hedged point, widened by the hedge, meets the other's stated value: AGREE;</li>
 * <li>the other's stated value rounds (half up, at this point's step) to a point ("5,6" rounds to
 * "6"): a plain rounding, AGREE when the gap is within the rounding tolerance, else ROUNDING_REVIEW;</li>
 * <li>otherwise DIFFER.</li>
 * </ol>
 * Ranges and open bounds are never widened: they say what they say.
 */
public final class FigureJudge {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** An interval of the number line; a null end is open. */
    public record Span(BigDecimal low, BigDecimal high) {

        boolean meets(Span o) {
            return (high == null || o.low == null || o.low.compareTo(high) <= 0)
                    && (low == null || o.high == null || low.compareTo(o.high) <= 0);
        }
    }

    private FigureJudge() {
    }

    public static Judgement judge(Figure a, Figure b, Tolerances t) {
        Reason apart = incomparable(a, b);
        if (apart != null) {
            return new Judgement(Outcome.NOT_COMPARABLE, apart, null, null);
        }
        if (a.kind() == FigureKind.CATEGORY) {
            boolean same = norm(a.category()).equals(norm(b.category()));
            return same ? new Judgement(Outcome.AGREE, Reason.SAME_CATEGORY, BigDecimal.ZERO, null)
                    : new Judgement(Outcome.DIFFER, Reason.DIFFERENT_CATEGORY, BigDecimal.ONE, null);
        }
        Span sa = stated(a);
        Span sb = stated(b);
        if (sa.meets(sb)) {
            boolean pa = a.kind().isPoint();
            boolean pb = b.kind().isPoint();
            if (pa && pb) {
                return new Judgement(Outcome.AGREE, Reason.SAME_VALUE, BigDecimal.ZERO, null);
            }
            if (pa || pb) {
                return new Judgement(Outcome.AGREE, Reason.WITHIN_BOUNDS, BigDecimal.ZERO, pa ? Side.SECOND : Side.FIRST);
            }
            return new Judgement(Outcome.AGREE, Reason.OVERLAP, BigDecimal.ZERO, null);
        }
        BigDecimal[] distance = distance(sa, sb);
        BigDecimal gap = gap(distance);
        BigDecimal ha = hedge(a, t);
        BigDecimal hb = hedge(b, t);
        boolean hedgedA = ha != null && around(a.value(), ha).meets(sb);
        boolean hedgedB = hb != null && around(b.value(), hb).meets(sa);
        if (hedgedA || hedgedB) {
            return new Judgement(Outcome.AGREE, Reason.WITHIN_HEDGE, gap, pick(hedgedA, hedgedB, ha, hb));
        }
        BigDecimal stepA = Precision.stepOf(a);
        BigDecimal stepB = Precision.stepOf(b);
        boolean roundsToA = stepA != null && roundsTo(a.value(), stepA, sb);
        boolean roundsToB = stepB != null && roundsTo(b.value(), stepB, sa);
        if (roundsToA || roundsToB) {
            Side by = pick(roundsToA, roundsToB, stepA, stepB);
            boolean modest = distance[0].compareTo(t.rounding().multiply(distance[1])) <= 0;
            return modest ? new Judgement(Outcome.AGREE, Reason.ROUNDING, gap, by)
                    : new Judgement(Outcome.ROUNDING_REVIEW, Reason.LARGE_ROUNDING, gap, by);
        }
        return new Judgement(Outcome.DIFFER, Reason.DIFFERENT_VALUES, gap, null);
    }

    /**
     * Everything a figure can agree through: its stated value widened by its rounding step and hedge
     * (for points), or its stated set. Two figures whose envelopes do not meet always DIFFER, which is
     * what lets conflict detection sort by envelope instead of comparing every pair.
     */
    public static Span envelope(Figure f, Tolerances t) {
        if (!f.kind().isPoint()) {
            return stated(f);
        }
        BigDecimal half = Precision.stepOf(f).divide(TWO);
        BigDecimal h = hedge(f, t);
        return around(f.value(), h == null ? half : half.max(h));
    }

    /** What the figure states: its point, its range, or its open bound. */
    public static Span stated(Figure f) {
        return switch (f.kind()) {
            case EXACT, APPROXIMATE -> new Span(f.value(), f.value());
            default -> new Span(f.low(), f.high());
        };
    }

    private static Reason incomparable(Figure a, Figure b) {
        if ((a.kind() == FigureKind.CATEGORY) != (b.kind() == FigureKind.CATEGORY) || a.dimension() != b.dimension()) {
            return Reason.DIFFERENT_DIMENSION;
        }
        if (!norm(a.currency()).equals(norm(b.currency()))) {
            return Reason.DIFFERENT_CURRENCY;
        }
        if (!norm(a.unit()).equals(norm(b.unit()))) {
            return Reason.DIFFERENT_UNIT;
        }
        if (a.nature() != b.nature()) {
            return Reason.DIFFERENT_NATURE;
        }
        return null;
    }

    /** The half-width a hedge gives a point, or null when the figure is not hedged. */
    private static BigDecimal hedge(Figure f, Tolerances t) {
        return f.kind() == FigureKind.APPROXIMATE ? f.value().abs().multiply(t.hedge()) : null;
    }

    /** Whether some value of {@code other} rounds half up to {@code value} at {@code step}: [v − s/2, v + s/2). */
    private static boolean roundsTo(BigDecimal value, BigDecimal step, Span other) {
        if (step.signum() == 0) {
            return false;
        }
        BigDecimal half = step.divide(TWO);
        BigDecimal from = value.subtract(half);
        BigDecimal to = value.add(half);
        return (other.low() == null || other.low().compareTo(to) < 0)
                && (other.high() == null || other.high().compareTo(from) >= 0);
    }

    private static Span around(BigDecimal value, BigDecimal half) {
        return new Span(value.subtract(half), value.add(half));
    }

    /** {distance, scale}: how far apart two disjoint spans are, and the larger magnitude of their nearest ends. */
    private static BigDecimal[] distance(Span a, Span b) {
        boolean aBelow = a.high() != null && b.low() != null && a.high().compareTo(b.low()) < 0;
        BigDecimal x = aBelow ? a.high() : b.high();
        BigDecimal y = aBelow ? b.low() : a.low();
        return new BigDecimal[] {y.subtract(x), x.abs().max(y.abs())};
    }

    private static BigDecimal gap(BigDecimal[] distance) {
        if (distance[1].signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal g = distance[0].divide(distance[1], MathContext.DECIMAL64).min(BigDecimal.ONE);
        return Intervals.canon(g.setScale(6, RoundingMode.HALF_UP));
    }

    /** The side that explains the outcome: the one that qualifies, or the wider when both do. */
    private static Side pick(boolean first, boolean second, BigDecimal widthFirst, BigDecimal widthSecond) {
        if (first && second) {
            int c = widthFirst.compareTo(widthSecond);
            return c > 0 ? Side.FIRST : c < 0 ? Side.SECOND : null;
        }
        return first ? Side.FIRST : Side.SECOND;
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
