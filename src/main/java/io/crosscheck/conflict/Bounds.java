package io.crosscheck.conflict;

import io.crosscheck.figure.Figure;

/** Figure intervals as doubles for sorting and searching; open ends become infinities. */
final class Bounds {

    private Bounds() {
    }

    static double low(Figure f) {
        return f.low() == null ? Double.NEGATIVE_INFINITY : f.low().doubleValue();
    }

    static double high(Figure f) {
        return f.high() == null ? Double.POSITIVE_INFINITY : f.high().doubleValue();
    }

    /**
     * One number standing for the figure, for ratios and "nearest" searches: the stated value, else
     * the geometric middle of a positive range, else its finite bound.
     */
    static double representative(Figure f) {
        if (f.value() != null) {
            return f.value().doubleValue();
        }
        double lo = low(f);
        double hi = high(f);
        if (Double.isInfinite(lo)) {
            return hi;
        }
        if (Double.isInfinite(hi)) {
            return lo;
        }
        return lo > 0 ? Math.sqrt(lo * hi) : (lo + hi) / 2;
    }
}
