package io.crosscheck.figure;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the figure engine knows about one language, as read from
 * {@code src/main/resources/figures/packs/<lang>/pack.json}: separators, scale words, qualifiers, currency
 * words, number words, durations, the noun glossary, the words the detector and the renderer use. Every key
 * is documented in docs/figures.md ("Language packs"). {@link #validate} rejects an incomplete pack with the
 * file and the key at fault; {@link LanguagePacks} loads and validates every pack at start.
 */
public record LanguagePack(
        String lang,
        String name,
        String locale,
        String decimalSeparator,
        List<String> groupingSeparators,
        Boolean capitalisedWordsAreNames,
        Boolean nameAfterNoun,
        Boolean scaleNeedsLinker,
        Boolean currencySignBeforeNumber,
        Map<String, Integer> numberWords,
        Map<String, Integer> scaleWords,
        Map<String, Integer> scaleAbbreviations,
        List<String> spacedScaleAbbreviations,
        Qualifiers qualifiers,
        RangeConnectors rangeConnectors,
        List<String> unitLinkers,
        Map<String, Currency> currencies,
        List<String> percentWords,
        List<String> ratioWords,
        Directions directions,
        Map<String, DurationUnit> durations,
        List<String> months,
        List<String> yearContext,
        List<String> determiners,
        List<String> notNouns,
        List<String> adjectives,
        List<String> adjectiveSuffixes,
        List<String> ordinalSuffixes,
        Nouns nouns,
        List<String> stopwords,
        List<String> typographicHints,
        String letters,
        Render render) {

    /** The duration units a pack must name, largest first; {@link Durations} writes amounts in them. */
    static final List<String> DURATION_UNITS = List.of("year", "month", "week", "day", "hour", "minute", "second",
            "decade", "century");

    /** Words before a number that change its kind, by kind. */
    public record Qualifiers(List<String> approximate, List<String> atLeast, List<String> atMost,
                             List<String> between, List<String> from) {
    }

    /** Words joining the two ends of a range: after "between", after "from", and with no opening word. */
    public record RangeConnectors(List<String> between, List<String> from, List<String> bare) {
    }

    /** Signs (before or after the number), signs only written after it, and words, of one ISO 4217 currency. */
    public record Currency(List<String> signs, List<String> suffixSigns, List<String> words) {
    }

    /** Comparison words after "fois"/"times"/"veces": which mean more, which mean less. */
    public record Directions(List<String> more, List<String> less) {
    }

    /** A duration unit: the words read as it, and the singular and plural the renderer writes. */
    public record DurationUnit(String singular, String plural, List<String> words) {
    }

    /** A regular expression rewrite of a word (singular to plural or back). */
    public record Rewrite(String match, String replace) {
    }

    /**
     * The counted nouns: glossary from the language's singular to the canonical unit (an English singular),
     * rendered names overriding the glossary, unit patterns, irregular plurals, invariable words, singular and
     * plural rewrite rules (first match wins), acronyms, and whether acronyms take a plural "s".
     */
    public record Nouns(Map<String, String> glossary, Map<String, List<String>> names, Map<String, String> patterns,
                        Map<String, String> irregular, List<String> invariable, List<Rewrite> singular,
                        List<Rewrite> plural, List<String> acronyms, Boolean acronymsTakePlural) {
    }

    /** The words {@link FigureRenderer} writes. */
    public record Render(String approximately, String approximatelyCount, String atLeast, String atMost, String atMostCount, String between,
                         String and, String ratioMore, String ratioLess, String percent, String moneyStyle,
                         Boolean rangeRepeatsUnit, Map<String, List<String>> scales, List<String> coarseOnlyScales,
                         String scaleNounLinker,
                         String scaleNounElided, String elisionLetters, Map<String, String> currencyAfterNumber,
                         Map<String, String> currencyAfterScale, Map<String, String> shortCurrency,
                         Boolean shortSignAfter, Integer spellOutRatiosUpTo) {
    }

    /**
     * Checks that every key is present and well formed.
     *
     * @param file the pack's resource path, named in the message
     * @param expectedLang the language the pack's folder names
     * @throws LanguagePackException naming the file and the first key at fault
     */
    void validate(String file, String expectedLang) {
        Check c = new Check(file);
        c.text("lang", lang);
        if (!lang.equals(expectedLang)) {
            throw c.fail("lang", "is '" + lang + "' but the pack is in the folder of '" + expectedLang + "'");
        }
        c.text("name", name);
        c.text("locale", locale);
        c.text("decimalSeparator", decimalSeparator);
        if (!decimalSeparator.equals(",") && !decimalSeparator.equals(".")) {
            throw c.fail("decimalSeparator", "must be \",\" or \".\"");
        }
        c.list("groupingSeparators", groupingSeparators, false);
        if (groupingSeparators.contains(decimalSeparator)) {
            throw c.fail("groupingSeparators", "must not contain the decimal separator");
        }
        c.flag("capitalisedWordsAreNames", capitalisedWordsAreNames);
        c.flag("nameAfterNoun", nameAfterNoun);
        c.flag("scaleNeedsLinker", scaleNeedsLinker);
        c.flag("currencySignBeforeNumber", currencySignBeforeNumber);
        c.numbers("numberWords", numberWords, 1, 1_000_000);
        c.numbers("scaleWords", scaleWords, 3, 18);
        c.numbers("scaleAbbreviations", scaleAbbreviations, 3, 18);
        c.list("spacedScaleAbbreviations", spacedScaleAbbreviations, true);
        for (String a : spacedScaleAbbreviations) {
            if (!scaleAbbreviations.containsKey(a)) {
                throw c.fail("spacedScaleAbbreviations", "'" + a + "' is not one of scaleAbbreviations");
            }
        }
        c.present("qualifiers", qualifiers);
        c.list("qualifiers.approximate", qualifiers.approximate(), false);
        c.list("qualifiers.atLeast", qualifiers.atLeast(), false);
        c.list("qualifiers.atMost", qualifiers.atMost(), false);
        c.list("qualifiers.between", qualifiers.between(), false);
        c.list("qualifiers.from", qualifiers.from(), false);
        c.present("rangeConnectors", rangeConnectors);
        c.list("rangeConnectors.between", rangeConnectors.between(), false);
        c.list("rangeConnectors.from", rangeConnectors.from(), false);
        c.list("rangeConnectors.bare", rangeConnectors.bare(), true);
        c.list("unitLinkers", unitLinkers, false);
        c.present("currencies", currencies);
        if (currencies.isEmpty()) {
            throw c.fail("currencies", "must name at least one currency");
        }
        for (Map.Entry<String, Currency> e : currencies.entrySet()) {
            String k = "currencies." + e.getKey();
            if (!e.getKey().matches("[A-Z]{3}")) {
                throw c.fail(k, "is not an ISO 4217 code (three capital letters)");
            }
            c.present(k, e.getValue());
            c.list(k + ".signs", e.getValue().signs(), true);
            c.list(k + ".suffixSigns", e.getValue().suffixSigns(), true);
            c.list(k + ".words", e.getValue().words(), true);
        }
        c.list("percentWords", percentWords, false);
        c.list("ratioWords", ratioWords, false);
        c.present("directions", directions);
        c.list("directions.more", directions.more(), false);
        c.list("directions.less", directions.less(), false);
        c.present("durations", durations);
        for (String unit : DURATION_UNITS) {
            String k = "durations." + unit;
            DurationUnit d = durations.get(unit);
            c.present(k, d);
            c.text(k + ".singular", d.singular());
            c.text(k + ".plural", d.plural());
            c.list(k + ".words", d.words(), false);
        }
        c.list("months", months, false);
        if (months.size() < 12) {
            throw c.fail("months", "must list the twelve months");
        }
        c.list("yearContext", yearContext, true);
        c.list("determiners", determiners, true);
        c.list("notNouns", notNouns, false);
        c.list("adjectives", adjectives, true);
        c.list("adjectiveSuffixes", adjectiveSuffixes, true);
        c.list("ordinalSuffixes", ordinalSuffixes, true);
        c.present("nouns", nouns);
        c.present("nouns.glossary", nouns.glossary());
        c.present("nouns.names", nouns.names());
        for (Map.Entry<String, List<String>> e : nouns.names().entrySet()) {
            if (e.getValue() == null || e.getValue().size() != 2) {
                throw c.fail("nouns.names." + e.getKey(), "must be [singular, plural]");
            }
        }
        c.present("nouns.patterns", nouns.patterns());
        for (Map.Entry<String, String> e : nouns.patterns().entrySet()) {
            c.regex("nouns.patterns." + e.getKey(), e.getValue());
        }
        c.present("nouns.irregular", nouns.irregular());
        c.list("nouns.invariable", nouns.invariable(), true);
        c.rewrites("nouns.singular", nouns.singular());
        c.rewrites("nouns.plural", nouns.plural());
        c.list("nouns.acronyms", nouns.acronyms(), true);
        c.flag("nouns.acronymsTakePlural", nouns.acronymsTakePlural());
        c.list("stopwords", stopwords, false);
        c.list("typographicHints", typographicHints, true);
        c.present("letters", letters);
        c.present("render", render);
        c.text("render.approximately", render.approximately());
        c.text("render.approximatelyCount", render.approximatelyCount());
        c.text("render.atLeast", render.atLeast());
        c.text("render.atMost", render.atMost());
        c.text("render.atMostCount", render.atMostCount());
        c.text("render.between", render.between());
        c.text("render.and", render.and());
        c.text("render.ratioMore", render.ratioMore());
        c.text("render.ratioLess", render.ratioLess());
        c.text("render.percent", render.percent());
        c.text("render.moneyStyle", render.moneyStyle());
        if (!render.moneyStyle().equals("words") && !render.moneyStyle().equals("sign")) {
            throw c.fail("render.moneyStyle", "must be \"words\" or \"sign\"");
        }
        c.flag("render.rangeRepeatsUnit", render.rangeRepeatsUnit());
        c.present("render.scales", render.scales());
        if (render.scales().isEmpty()) {
            throw c.fail("render.scales", "must name at least the million");
        }
        for (Map.Entry<String, List<String>> e : render.scales().entrySet()) {
            if (!e.getKey().matches("\\d{1,2}") || e.getValue() == null || e.getValue().size() != 2) {
                throw c.fail("render.scales." + e.getKey(), "must map a power of ten to [singular, plural]");
            }
        }
        c.present("render.spellOutRatiosUpTo", render.spellOutRatiosUpTo());
        if (render.spellOutRatiosUpTo() < 0 || render.spellOutRatiosUpTo() > 100) {
            throw c.fail("render.spellOutRatiosUpTo", "must be between 0 (always digits) and 100");
        }
        c.list("render.coarseOnlyScales", render.coarseOnlyScales(), true);
        for (String e : render.coarseOnlyScales()) {
            if (!render.scales().containsKey(e)) {
                throw c.fail("render.coarseOnlyScales", "'" + e + "' is not one of render.scales");
            }
        }
        c.present("render.scaleNounLinker", render.scaleNounLinker());
        c.present("render.scaleNounElided", render.scaleNounElided());
        c.present("render.elisionLetters", render.elisionLetters());
        c.present("render.currencyAfterNumber", render.currencyAfterNumber());
        c.present("render.currencyAfterScale", render.currencyAfterScale());
        c.present("render.shortCurrency", render.shortCurrency());
        c.flag("render.shortSignAfter", render.shortSignAfter());
        if (render.moneyStyle().equals("words")) {
            for (String code : currencies.keySet()) {
                if (!render.currencyAfterScale().containsKey(code)) {
                    throw c.fail("render.currencyAfterScale." + code, "is missing: the pack reads " + code
                            + " and must be able to write it");
                }
            }
        }
    }

    /** Collects the checks of one file, so every message names it. */
    private record Check(String file) {

        LanguagePackException fail(String key, String message) {
            return new LanguagePackException(file + ": key '" + key + "' " + message);
        }

        void present(String key, Object value) {
            if (value == null) {
                throw fail(key, "is missing");
            }
        }

        void text(String key, String value) {
            present(key, value);
            if (value.isEmpty()) {
                throw fail(key, "must not be empty");
            }
        }

        void flag(String key, Boolean value) {
            present(key, value);
        }

        void list(String key, List<String> value, boolean mayBeEmpty) {
            present(key, value);
            if (!mayBeEmpty && value.isEmpty()) {
                throw fail(key, "must not be empty");
            }
            for (String s : value) {
                if (s == null || s.isEmpty()) {
                    throw fail(key, "must not contain an empty entry");
                }
            }
        }

        void numbers(String key, Map<String, Integer> value, int min, int max) {
            present(key, value);
            if (value.isEmpty()) {
                throw fail(key, "must not be empty");
            }
            for (Map.Entry<String, Integer> e : value.entrySet()) {
                if (e.getKey().isBlank() || e.getValue() == null || e.getValue() < min || e.getValue() > max) {
                    throw fail(key + "." + e.getKey(), "must be a number from " + min + " to " + max);
                }
            }
        }

        void regex(String key, String value) {
            text(key, value);
            try {
                Pattern.compile(value);
            } catch (PatternSyntaxException e) {
                throw fail(key, "is not a valid regular expression: " + e.getDescription());
            }
        }

        void rewrites(String key, List<Rewrite> value) {
            present(key, value);
            for (int i = 0; i < value.size(); i++) {
                Rewrite r = value.get(i);
                present(key + "[" + i + "]", r);
                regex(key + "[" + i + "].match", r.match());
                present(key + "[" + i + "].replace", r.replace());
            }
        }
    }
}
