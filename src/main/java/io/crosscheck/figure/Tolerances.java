package io.crosscheck.figure;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far {@link FigureJudge} lets a hedge stretch and a rounding go before two figures stop telling
 * the same story. Both are fractions of the stated value (0.10 is 10 %).
 *
 * @param hedge how far "about", "environ", "près de"… widen a stated point, either way: "environ 40 000"
 *     covers 36 000–44 000 at 0.10
 * @param rounding the largest relative gap at which a figure and its plain rounding agree; beyond it
 *     the rounding is flagged for review ("$2 billion" for "$2.4 billion" is a gap of 17 %)
 */
public record Tolerances(BigDecimal hedge, BigDecimal rounding) {

    /** 10 % and 10 %: the defaults of {@code crosscheck.conflicts.hedge} and {@code rounding-tolerance}. */
    public static final Tolerances DEFAULT = new Tolerances(new BigDecimal("0.10"), new BigDecimal("0.10"));

    public Tolerances {
        Objects.requireNonNull(hedge, "hedge");
        Objects.requireNonNull(rounding, "rounding");
        if (hedge.signum() < 0 || hedge.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("the hedge must be at least 0 and below 1, not " + hedge);
        }
        if (rounding.signum() < 0 || rounding.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the rounding tolerance must be between 0 and 1, not " + rounding);
        }
    }
}
