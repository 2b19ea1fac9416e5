package io.crosscheck.figure;

import java.math.BigDecimal;

/**
 * The precision rule: a stated number stands for every value that rounds to it, i.e. the stated point
 * plus or minus half the unit of its last significant digit ("5,6 millions" is 5.55–5.65 M,
 * "6 millions" 5.5–6.5 M, "50 000" 45 000–55 000). Bounds of ranges and open bounds are taken as stated.
 */
final class Intervals {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Intervals() {
    }

    static Figure point(FigureKind kind, Dimension dim, BigDecimal mantissa, BigDecimal ulp, BigDecimal factor,
                        String currency, String unit, String text, String lang) {
        BigDecimal value = mantissa.multiply(factor);
        BigDecimal half = ulp.multiply(factor).divide(TWO);
        BigDecimal low = value.subtract(half).max(BigDecimal.ZERO);
        return new Figure(kind, dim, canon(value), canon(low), canon(value.add(half)), currency, unit, null, text,
                lang);
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
