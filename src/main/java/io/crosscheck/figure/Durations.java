package io.crosscheck.figure;

import java.math.BigDecimal;

/** Writes a duration held in seconds back in the largest unit that expresses it exactly. */
final class Durations {

    private static final long[] SECONDS = {31_556_952L, 2_629_746L, 604_800L, 86_400L, 3_600L, 60L, 1L};
    /** The pack's duration units written back, in the order of {@link #SECONDS}. */
    private static final String[] UNITS = {"year", "month", "week", "day", "hour", "minute", "second"};

    private Durations() {
    }

    /** Index of the unit to use for all of the given amounts (and the ulp, when not null). */
    static int unitFor(BigDecimal ulp, BigDecimal... amounts) {
        outer:
        for (int i = 0; i < SECONDS.length; i++) {
            BigDecimal u = BigDecimal.valueOf(SECONDS[i]);
            for (BigDecimal a : amounts) {
                if (NumberText.decimalsOf(NumberText.div(a, u)) > 2) {
                    continue outer;
                }
            }
            if (ulp == null || isPowerOfTen(NumberText.div(ulp, u))) {
                return i;
            }
        }
        return SECONDS.length - 1;
    }

    static String phrase(BigDecimal seconds, BigDecimal ulp, String lang, boolean withUnit) {
        return phrase(seconds, ulp, unitFor(ulp, seconds), lang, withUnit);
    }

    static String phrase(BigDecimal seconds, BigDecimal ulp, int unit, String lang, boolean withUnit) {
        BigDecimal u = BigDecimal.valueOf(SECONDS[unit]);
        BigDecimal m = NumberText.div(seconds, u);
        int decimals = ulp == null ? NumberText.decimalsOf(m) : NumberText.decimalsOf(NumberText.div(ulp, u));
        String n = NumberText.fixed(m, decimals, lang);
        if (!withUnit) {
            return n;
        }
        LanguagePack.DurationUnit names = LanguagePacks.pack(lang).durations().get(UNITS[unit]);
        return n + " " + (NumberText.isPlural(m, lang) ? names.plural() : names.singular());
    }

    private static boolean isPowerOfTen(BigDecimal x) {
        return x.signum() > 0 && x.stripTrailingZeros().unscaledValue().equals(java.math.BigInteger.ONE);
    }
}
