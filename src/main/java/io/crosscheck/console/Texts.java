package io.crosscheck.console;

import com.ibm.icu.number.Notation;
import io.crosscheck.common.Languages;
import io.crosscheck.common.Phrasebook;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.util.ULocale;

/**
 * The console's older words ({@code phrases/console_<lang>.properties}) and number formatting, in
 * each supported language; a page picks one by {@code ?lang=}, then Accept-Language.
 */
public final class Texts {

    private static final Phrasebook WORDS = Phrasebook.load("console");

    public final String lang;

    private Texts(String lang) {
        this.lang = lang;
    }

    public String get(String key) {
        return WORDS.get(lang, key);
    }

    /** A number for a reader: compact and locale-aware ("1,6 Md", "50 k", "5,6 M"), or "—" when unknown. */
    public String num(Number value) {
        if (value == null) {
            return "—";
        }
        return NumberFormatter.withLocale(locale()).notation(Notation.compactShort())
                .precision(Precision.maxSignificantDigits(3)).format(value.doubleValue()).toString();
    }

    /** A fraction as a percentage with one decimal: 0.166667 is "16,7 %" in French, "16.7%" in English. */
    public String percent(Number value) {
        if (value == null) {
            return "—";
        }
        return NumberFormatter.withLocale(locale()).unit(com.ibm.icu.util.NoUnit.PERCENT)
                .precision(Precision.maxFraction(1)).format(value.doubleValue() * 100).toString();
    }

    /** A ratio such as a spread: "×1,2", "×285". */
    public String ratio(Double value) {
        if (value == null) {
            return "—";
        }
        return "×" + NumberFormatter.withLocale(locale()).precision(Precision.maxSignificantDigits(value < 10 ? 2 : 3))
                .format(value);
    }

    /** A counted unit in the page's language, plural ("personnes" on a French page, not "person"). */
    public String unit(String unit) {
        return io.crosscheck.figure.FigureRenderer.unit(unit, lang, true);
    }

    private ULocale locale() {
        return new ULocale(lang);
    }

    /**
     * {@code ?lang=} when it names a supported language, else the first supported language of
     * Accept-Language, else {@link Languages#DEFAULT}. A console page is for a person: an unknown
     * {@code ?lang=} falls back rather than failing (the widgets, read by programs too, answer 400).
     */
    public static Texts pick(String lang, String acceptLanguage) {
        String picked = Languages.supported(lang);
        if (picked == null) {
            picked = Languages.fromAcceptLanguage(acceptLanguage);
        }
        return new Texts(picked == null ? Languages.DEFAULT : picked);
    }
}
