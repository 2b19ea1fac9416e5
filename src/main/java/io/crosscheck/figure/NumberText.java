package io.crosscheck.figure;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.Notation;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.NumberFormatter.GroupingStrategy;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Number formatting with ICU4J locale data (the locale named by the language's pack); grouping is always
 * shown from 1 000 up, as newsrooms write it (es "2.300", where CLDR would write "2300"). Narrow and no-break spaces from the locale data are turned
 * into plain spaces so rendered figures are easy to compare, copy and re-parse.
 */
final class NumberText {

    private static final Map<String, LocalizedNumberFormatter> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, PluralRules> PLURALS = new ConcurrentHashMap<>();
    private static final Map<String, RuleBasedNumberFormat> SPELLOUT = new ConcurrentHashMap<>();

    private NumberText() {
    }

    static String fixed(BigDecimal n, int decimals, String lang) {
        LocalizedNumberFormatter f = CACHE.computeIfAbsent(lang + ":" + decimals, k -> NumberFormatter
                .withLocale(locale(lang)).precision(Precision.fixedFraction(decimals)).grouping(GroupingStrategy.ON_ALIGNED)
                .roundingMode(RoundingMode.HALF_EVEN));
        return plainSpaces(f.format(n).toString());
    }

    static String compact(BigDecimal n, String lang) {
        LocalizedNumberFormatter f = CACHE.computeIfAbsent(lang + ":compact", k -> NumberFormatter
                .withLocale(locale(lang)).notation(Notation.compactShort()).grouping(GroupingStrategy.ON_ALIGNED).precision(Precision.maxSignificantDigits(3)));
        return plainSpaces(f.format(n).toString());
    }

    /** A whole number in words by ICU's spell-out rules for the pack's locale: fr "dix", en "ten", es "diez". */
    static String spellOut(BigDecimal n, String lang) {
        RuleBasedNumberFormat f = SPELLOUT.computeIfAbsent(lang,
                k -> new RuleBasedNumberFormat(locale(k), RuleBasedNumberFormat.SPELLOUT));
        synchronized (f) { // ICU formatters are not thread-safe
            return plainSpaces(f.format(n.longValueExact()));
        }
    }

    /** Digits after the decimal point needed to write {@code n} exactly. */
    static int decimalsOf(BigDecimal n) {
        return Math.max(0, n.stripTrailingZeros().scale());
    }

    static BigDecimal div(BigDecimal a, BigDecimal b) {
        return a.divide(b, MathContext.DECIMAL64).stripTrailingZeros();
    }

    /**
     * Whether a word counting {@code n} takes its plural form, by the language's CLDR plural rules: fr
     * "1,5 million" but es "1,5 millones", en "1.5 months".
     */
    static boolean isPlural(BigDecimal n, String lang) {
        PluralRules r = PLURALS.computeIfAbsent(lang, k -> PluralRules.forLocale(locale(k)));
        return !PluralRules.KEYWORD_ONE.equals(r.select(n.doubleValue()));
    }

    /** The ICU locale of the language's pack ("fr-FR", "en-US", "es-ES"). */
    private static ULocale locale(String lang) {
        return ULocale.forLanguageTag(LanguagePacks.pack(lang).locale());
    }

    private static String plainSpaces(String s) {
        return s.replace('\u202F', ' ').replace('\u00A0', ' ');
    }
}
