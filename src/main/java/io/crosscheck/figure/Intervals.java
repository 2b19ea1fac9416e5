package io.crosscheck.figure;

import java.math.BigDecimal;

/**
 * Builds the figures the grammar reads: points through {@link Precision} (their step from the digits
 * as written), ranges and open bounds as stated.
 */
final class Intervals {

    private Intervals() {
    }

    static Figure point(FigureKind kind, Dimension dim, BigDecimal mantissa, BigDecimal ulp, BigDecimal factor,
                        String currency, String unit, String text, String lang) {
        return Precision.point(kind, dim, mantissa.multiply(factor), Precision.step(mantissa, ulp).multiply(factor),
                currency, unit, text, lang);
    }

    static Figure bound(FigureKind kind, Dimension dim, BigDecimal low, BigDecimal high, String currency,
                        String unit, String text, String lang) {
        return new Figure(kind, dim, null, canon(low), canon(high), currency, unit, null, text, lang);
    }

    /** Plain, trailing-zero-free decimals, so equal quantities print the same ("5600000", not "5.6E+6"). */
    static BigDecimal canon(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
