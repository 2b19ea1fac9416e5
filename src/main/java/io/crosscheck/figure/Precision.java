package io.crosscheck.figure;

import java.math.BigDecimal;

/**
 * What a stated number could be: its rounding step, and the interval a point figure stands for.
 *
 * <p>The step is the unit of the last significant digit as written, times the scale and unit
 * ("5,6 millions" 100 000, "6 millions" 1 000 000, "2 mois" one month). Decimals keep every digit
 * written. An integer's trailing zeros are significant down to its second significant digit: news
 * writes round figures with two digits ("40 millions" is 39.5–40.5 M, "50 000" is 49 500–50 500,
 * "1 000" 950–1 050), while a single digit stays a single digit ("6 millions" is 5.5–6.5 M).
 *
 * <p>The interval of a point is the stated value plus or minus the larger of half its step and, for
 * a hedged figure, the default hedge ({@link Tolerances#DEFAULT}): "environ 6 millions" is 5.4–6.6 M,
 * "about 500" 450–550. Unsigned figures never go below zero.
 */
public final class Precision {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Precision() {
    }

    /**
     * The step of a number as written: {@code literalUlp} is the unit of its last non-zero digit
     * (what the digits alone say), {@code mantissa} the number before any scale word.
     */
    static BigDecimal step(BigDecimal mantissa, BigDecimal literalUlp) {
        if (literalUlp.compareTo(BigDecimal.ONE) <= 0) {
            return literalUlp;
        }
        int digits = mantissa.setScale(0, java.math.RoundingMode.DOWN).abs().toPlainString().length();
        return literalUlp.min(BigDecimal.ONE.movePointRight(Math.max(0, digits - 2)));
    }

    /**
     * The step of a bare number, read from its digits as if written in full: 5600000 gives 100 000,
     * 50000 gives 1 000, 2048 gives 1, 16.9 gives 0.1.
     */
    public static BigDecimal stepOf(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.signum() == 0) {
            return BigDecimal.ONE;
        }
        if (v.scale() > 0) {
            return BigDecimal.ONE.movePointLeft(v.scale());
        }
        BigDecimal whole = v.setScale(0);
        BigDecimal lastNonZero = BigDecimal.ONE.movePointRight(-v.scale());
        return step(whole, lastNonZero);
    }

    /** The figure's own step, or the one its value's digits give when it was not recorded. */
    public static BigDecimal stepOf(Figure f) {
        if (!f.kind().isPoint()) {
            return null;
        }
        return f.step() != null ? f.step() : stepOf(f.value());
    }

    /**
     * The step {@code text} gives {@code value} when it reads (in {@code lang}) as a point figure of
     * that value, else the step of the value's digits. Used for figures given in structured form,
     * whose text is the article's wording.
     */
    public static BigDecimal stepOf(String text, String lang, BigDecimal value) {
        try {
            Figure read = FigureParser.parse(text, lang);
            if (read.kind().isPoint() && read.value().compareTo(value) == 0 && read.step() != null) {
                return read.step();
            }
        } catch (FigureParseException e) {
            // The text is the article's wording, not always a figure expression: fall back on the digits.
        }
        return stepOf(value);
    }

    /** A point figure (EXACT or APPROXIMATE) with the interval its step and hedge give it. */
    public static Figure point(FigureKind kind, Dimension dim, BigDecimal value, BigDecimal step, String currency,
            String unit, String text, String lang) {
        BigDecimal half = step.divide(TWO);
        if (kind == FigureKind.APPROXIMATE) {
            half = half.max(value.abs().multiply(Tolerances.DEFAULT.hedge()));
        }
        BigDecimal low = value.subtract(half);
        if (value.signum() >= 0) {
            low = low.max(BigDecimal.ZERO);
        }
        return new Figure(kind, dim, Intervals.canon(value), Intervals.canon(low), Intervals.canon(value.add(half)),
                currency, unit, null, text, lang, Intervals.canon(step));
    }
}
