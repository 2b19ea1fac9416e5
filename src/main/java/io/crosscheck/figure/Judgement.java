package io.crosscheck.figure;

import java.math.BigDecimal;

/**
 * Whether two figures tell the same story ({@link FigureJudge}), why, and how far apart they are.
 *
 * @param gap the relative gap between the stated values: the distance between what each states
 *     (0 when they meet) over the larger of the two nearest stated values, between 0 and 1, six
 *     decimals; 0 for equal categories, 1 for different ones; null when not comparable
 * @param by which figure's rounding, hedge or bounds explain an agreement or a review (null when
 *     neither, or both equally)
 */
public record Judgement(Outcome outcome, Reason reason, BigDecimal gap, Side by) {

    /** The answer to "do these two statements tell the same story?". */
    public enum Outcome {
        /** The same story: equal, within a hedge or bounds, or a modest rounding of each other. */
        AGREE,
        /** One is a plain rounding of the other, but the gap is larger than the rounding tolerance. */
        ROUNDING_REVIEW,
        /** Different figures: no rounding, hedge or bound brings one to the other. */
        DIFFER,
        /** Different dimensions, currencies or units: never compared, never converted. */
        NOT_COMPARABLE
    }

    /** The rule of the decision table that decided (docs/figures.md). */
    public enum Reason {
        SAME_VALUE, WITHIN_BOUNDS, OVERLAP, WITHIN_HEDGE, ROUNDING, LARGE_ROUNDING, DIFFERENT_VALUES,
        SAME_CATEGORY, DIFFERENT_CATEGORY, DIFFERENT_DIMENSION, DIFFERENT_CURRENCY, DIFFERENT_UNIT,
        /** One figure is a level, the other a change of one (ADR 0013): never compared. */
        DIFFERENT_NATURE
    }

    /** One of the two figures judged, in the order given. */
    public enum Side { FIRST, SECOND }

    /** The same judgement with the figures given the other way round. */
    public Judgement swapped() {
        return new Judgement(outcome, reason, gap, by == null ? null : by == Side.FIRST ? Side.SECOND : Side.FIRST);
    }
}
