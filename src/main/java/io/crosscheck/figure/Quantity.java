package io.crosscheck.figure;

import java.math.BigDecimal;

/** One end of a figure while it is being read: the number, its scale and what it measures. */
final class Quantity {

    int start;
    int end;
    NumberLiteral num;
    BigDecimal scale = BigDecimal.ONE;
    boolean hasScale;
    Dimension dim;
    String currency;
    String unit;
    /** Seconds per unit for durations, 1 otherwise. */
    BigDecimal factor = BigDecimal.ONE;
    boolean plus;
    /** The currency was read from an ambiguous word or sign (its default reading was taken). */
    boolean ambiguousCurrency;
    /** A collective number word ("une trentaine", "thousands"): "de"/"of" may introduce the noun. */
    boolean collective;
    /** The sub-unit part of a compound amount in main units ("12 dollars et 30 cents": 0.30), or null. */
    BigDecimal extra;
    /** The step of a compound amount: its sub-unit (0.01). */
    BigDecimal extraStep;

    BigDecimal multiplier() {
        return scale.multiply(factor);
    }

    BigDecimal stated() {
        BigDecimal v = num.mantissa().multiply(multiplier());
        return extra == null ? v : v.add(extra);
    }

    /** No dimension of its own yet, so it may take the other end's in a range ("entre 60 et 80 M$"). */
    boolean unspecified() {
        return dim == null || (dim == Dimension.COUNT && unit == null);
    }

    boolean yearLike() {
        return dim == null && literalYear();
    }

    /** Written like a year: four plain digits between 1800 and 2199, no scale, no "+". */
    boolean literalYear() {
        return !hasScale && num.integerOnly() && !num.grouped() && !num.word() && !plus
                && num.mantissa().precision() == 4 && num.mantissa().intValue() >= 1800
                && num.mantissa().intValue() <= 2199;
    }

    void takeDimensionOf(Quantity other) {
        dim = other.dim;
        currency = other.currency;
        unit = other.unit;
        factor = other.factor;
        ambiguousCurrency = other.ambiguousCurrency;
    }
}
