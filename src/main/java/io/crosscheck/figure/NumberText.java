package io.crosscheck.figure;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.Notation;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Number formatting with ICU4J locale data. Narrow and no-break spaces from the locale data are turned
 * into plain spaces so rendered figures are easy to compare, copy and re-parse.
 */
final class NumberText {

    private static final Map<String, LocalizedNumberFormatter> CACHE = new ConcurrentHashMap<>();

    private NumberText() {
    }

    static String fixed(BigDecimal n, int decimals, String lang) {
        LocalizedNumberFormatter f = CACHE.computeIfAbsent(lang + ":" + decimals, k -> NumberFormatter
                .withLocale(locale(lang)).precision(Precision.fixedFraction(decimals))
                .roundingMode(RoundingMode.HALF_EVEN));
        return plainSpaces(f.format(n).toString());
    }

    static String compact(BigDecimal n, String lang) {
        LocalizedNumberFormatter f = CACHE.computeIfAbsent(lang + ":compact", k -> NumberFormatter
                .withLocale(locale(lang)).notation(Notation.compactShort()).precision(Precision.maxSignificantDigits(3)));
        return plainSpaces(f.format(n).toString());
    }

    /** Digits after the decimal point needed to write {@code n} exactly. */
    static int decimalsOf(BigDecimal n) {
        return Math.max(0, n.stripTrailingZeros().scale());
    }

    static BigDecimal div(BigDecimal a, BigDecimal b) {
        return a.divide(b, MathContext.DECIMAL64).stripTrailingZeros();
    }

    private static ULocale locale(String lang) {
        return "fr".equals(lang) ? ULocale.FRANCE : ULocale.US;
    }

    private static String plainSpaces(String s) {
        return s.replace('\u202F', ' ').replace('\u00A0', ' ');
    }
}
