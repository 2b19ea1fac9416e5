package io.crosscheck.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words and signs around numbers in one language, compiled from its {@link LanguagePack} into
 * pre-compiled patterns; shared by the grammar and the renderer. One instance per language
 * ({@link #of}): French qualifiers never match in English text. The pattern fields keep the names the
 * static patterns had before the packs (SCALE, QUALIFIER, ...), in capitals as they were.
 */
@SuppressWarnings("checkstyle:MemberName")
final class Lexicon {

    static final String SP = NumberLiteral.SPACE;
    static final String WORD = "\\p{L}[\\p{L}\\p{M}]*(?:-\\p{L}[\\p{L}\\p{M}]*)*";
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NEVER = "(?!)";
    private static final Pattern SPACES = Pattern.compile(SP + "+");

    /** Language-independent patterns. */
    static final Pattern ATTACHED_TIMES = Pattern.compile("[x×](?![\\p{L}\\d])");
    static final Pattern WORD_BEFORE = Pattern.compile("(?<w>[\\p{L}][\\p{L}\\p{N}]*)" + SP + "$");

    /** Seconds in each duration unit a pack names; a month is 1/12 of a mean Gregorian year (365.2425 days). */
    private static final Map<String, BigDecimal> UNIT_SECONDS = Map.of("second", BigDecimal.ONE,
            "minute", BigDecimal.valueOf(60), "hour", BigDecimal.valueOf(3600), "day", BigDecimal.valueOf(86_400),
            "week", BigDecimal.valueOf(604_800), "month", BigDecimal.valueOf(2_629_746L),
            "year", BigDecimal.valueOf(31_556_952L), "decade", BigDecimal.valueOf(315_569_520L),
            "century", BigDecimal.valueOf(3_155_695_200L));

    final LanguagePack pack;
    final String lang;

    /** A number core: digits with separators, or a number word of the language. */
    final Pattern CORE;
    /** Determiners that make a following number word a reference ("les deux chiffres"), not a claim. */
    final Pattern DETERMINER_BEFORE;
    /** "a dozen", "une douzaine", "una docena": the article before a dozen. */
    final Pattern DOZEN_ARTICLE;
    final Pattern SCALE;
    final Pattern CURRENCY_AFTER;
    final Pattern CURRENCY_BEFORE;
    final Pattern CURRENCY_PREFIX;
    final Pattern PERCENT;
    final Pattern RATIO;
    final Pattern DIRECTION_AFTER;
    final Pattern DURATION;
    final Pattern NOUN;
    final Pattern ORDINAL;
    final Pattern CONNECTOR;
    final Pattern QUALIFIER;
    /** The last words of the qualifier phrases: {@link #QUALIFIER} runs only after one of them, or after "~". */
    private final EdgeWords qualifierLast;
    final Pattern YEAR_CONTEXT;
    /** Words that follow numbers but are not what is counted. */
    final Set<String> NOT_NOUNS;

    private final Map<String, Integer> numberWords = new HashMap<>();
    private final int longestNumberWord;
    private final Set<String> adjectives = new HashSet<>();
    private final Pattern adjectiveEnding;
    private final Map<String, Integer> scaleWords = new HashMap<>();
    private final Map<String, Integer> scaleAbbreviations;
    private final Map<String, String> currencies = new HashMap<>();
    private final Map<String, String> durationUnits = new HashMap<>();
    private final Set<String> more = new HashSet<>();
    private final Set<String> betweenConnectors = new HashSet<>();
    private final Set<String> fromConnectors = new HashSet<>();
    private final Set<String> bareConnectors = new HashSet<>();

    /** The lexicon of a language ("fr", "en-GB"); throws {@link UnsupportedLanguageException} without a pack. */
    static Lexicon of(String lang) {
        return LanguagePacks.lexicon(lang);
    }

    Lexicon(LanguagePack p) {
        this.pack = p;
        this.lang = p.lang();
        p.numberWords().forEach((w, v) -> numberWords.put(lower(w), v));
        longestNumberWord = numberWords.keySet().stream().mapToInt(String::length).max().orElse(0);
        p.scaleWords().forEach((w, e) -> scaleWords.put(normal(w), e));
        scaleAbbreviations = Map.copyOf(p.scaleAbbreviations());
        p.adjectives().forEach(a -> adjectives.add(lower(a)));
        adjectiveEnding = p.adjectiveSuffixes().isEmpty() ? null
                : Pattern.compile(".{2,}(?:" + String.join("|", p.adjectiveSuffixes().stream().map(Pattern::quote)
                        .toList()) + ")");
        p.directions().more().forEach(d -> more.add(lower(d)));
        p.rangeConnectors().between().forEach(c -> betweenConnectors.add(lower(c)));
        p.rangeConnectors().from().forEach(c -> fromConnectors.add(lower(c)));
        p.rangeConnectors().bare().forEach(c -> bareConnectors.add(lower(c)));
        p.durations().forEach((unit, d) -> d.words().forEach(w -> durationUnits.put(lower(w), unit)));

        List<String> signs = new ArrayList<>();
        List<String> suffixSigns = new ArrayList<>();
        List<String> words = new ArrayList<>();
        p.currencies().forEach((code, c) -> {
            currencies.put(currencyKey(code), code);
            c.signs().forEach(s -> currencies.put(currencyKey(s), code));
            c.suffixSigns().forEach(s -> currencies.put(currencyKey(s), code));
            c.words().forEach(w -> currencies.put(currencyKey(w), code));
            signs.addAll(c.signs());
            suffixSigns.addAll(c.suffixSigns());
            words.addAll(c.words());
        });
        String codes = alternation(p.currencies().keySet(), SP + "+");
        List<String> allSigns = new ArrayList<>(signs);
        allSigns.addAll(suffixSigns);
        String linker = "(?i:" + linkers(p.unitLinkers()) + ")";

        CORE = Pattern.compile("(?<d>\\d+(?:[.,]\\d+)*)|(?<![\\p{L}\\p{M}\\d])(?<w>"
                + alternation(numberWords.keySet(), SP + "+") + ")(?![\\p{L}\\p{M}\\d])", CI);
        DETERMINER_BEFORE = Pattern.compile("(?<![\\p{L}])(?i:" + alternation(p.determiners(), SP + "+") + ")"
                + SP + "+$");
        DOZEN_ARTICLE = Pattern.compile("(?<![\\p{L}])(?i:" + alternation(numberWords.entrySet().stream()
                .filter(e -> e.getValue() == 1).map(Map.Entry::getKey).toList(), SP + "+") + ")" + SP + "+$");
        SCALE = Pattern.compile(SP + "?(?<w>(?i:" + alternation(p.scaleWords().keySet(), SP + "+") + "))(?![\\p{L}])"
                + "|(?<a>" + alternation(p.scaleAbbreviations().keySet(), SP + "+") + ")(?![\\p{L}\\d])"
                + "|" + SP + "(?<b>" + alternation(p.spacedScaleAbbreviations(), SP + "+") + ")(?=" + SP
                + "?[$€£])");
        CURRENCY_AFTER = Pattern.compile(SP + "?(?<de>" + linker + ")?(?<c>" + signs(allSigns)
                + "|(?:" + codes + ")(?![\\p{L}])|(?i:" + lettered(words) + "))");
        CURRENCY_BEFORE = Pattern.compile("(?<c>" + signs(signs) + "|(?<![\\p{L}])(?:" + codes + "))" + SP + "?$");
        CURRENCY_PREFIX = Pattern.compile("(?<c>" + signs(signs) + "|(?:" + codes + ")(?![\\p{L}]))" + SP + "?");
        PERCENT = Pattern.compile(SP + "?(?:%|(?i:" + alternation(p.percentWords(), SP + "+") + ")(?![\\p{L}]))");
        List<String> directions = new ArrayList<>(p.directions().more());
        directions.addAll(p.directions().less());
        String dirs = "(?<dir>(?i:" + alternation(directions, SP + "+") + "))(?![\\p{L}])";
        RATIO = Pattern.compile(SP + "?(?i:" + alternation(p.ratioWords(), SP + "+") + ")" + SP + "+" + dirs
                + "(?:" + SP + "+(?i:" + alternation(p.unitLinkers(), SP + "+") + ")" + SP + "?(?<w>" + WORD + "))?");
        DIRECTION_AFTER = Pattern.compile(SP + "+" + dirs);
        DURATION = Pattern.compile(SP + "?(?<de>" + linker + ")?(?<d>(?i:" + alternation(durationUnits.keySet(),
                SP + "+") + "))(?![\\p{L}])(?<gpu>" + SP + "+GPU(?![\\p{L}]))?");
        NOUN = Pattern.compile(SP + "+(?<de>" + linker + ")?(?<w1>\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:-\\p{L}[\\p{L}\\p{M}]*)*)"
                + "(?:" + SP + "+(?<w2>" + WORD + "))?");
        ORDINAL = Pattern.compile("(?:" + alternation(p.ordinalSuffixes(), "") + ")(?![\\p{L}\\d])");
        Set<String> connectors = new HashSet<>(betweenConnectors);
        connectors.addAll(fromConnectors);
        connectors.addAll(bareConnectors);
        CONNECTOR = Pattern.compile(SP + "*(?<c>–|—|‒|-|(?i:" + alternation(connectors, SP + "+") + ")(?=" + SP
                + "))" + SP + "*");
        LanguagePack.Qualifiers q = p.qualifiers();
        String s = SP + "+";
        List<String> qualifierPhrases = new ArrayList<>(q.approximate());
        qualifierPhrases.addAll(q.atLeast());
        qualifierPhrases.addAll(q.atMost());
        qualifierPhrases.addAll(q.between());
        qualifierPhrases.addAll(q.from());
        qualifierLast = EdgeWords.last(qualifierPhrases);
        QUALIFIER = Pattern.compile("(?<![\\p{L}])(?:"
                + "(?<approx>" + alternation(q.approximate(), s) + ")"
                + "|(?<least>" + alternation(q.atLeast(), s) + ")"
                + "|(?<most>" + alternation(q.atMost(), s) + ")"
                + "|(?<between>" + alternation(q.between(), s) + ")"
                + "|(?<from>" + alternation(q.from(), s) + "))" + SP + "*$"
                + "|(?<tilde>~)" + SP + "?$", CI);
        List<String> yearWords = new ArrayList<>(p.yearContext());
        yearWords.addAll(p.months());
        YEAR_CONTEXT = Pattern.compile("(?<![\\p{L}])(?:" + alternation(yearWords, SP + "+") + ")" + SP + "*$", CI);
        Set<String> notNouns = new HashSet<>();
        p.notNouns().forEach(w -> notNouns.add(lower(w)));
        p.months().forEach(w -> notNouns.add(lower(w)));
        p.scaleWords().keySet().forEach(w -> notNouns.add(lower(w)));
        NOT_NOUNS = Set.copyOf(notNouns);
    }

    /** Number words of the language, lower case, with their values. */
    Map<String, Integer> numberWords() {
        return numberWords;
    }

    /** The value of a number word, or null. */
    Integer numberWord(String w) {
        return numberWords.get(lower(w));
    }

    int longestNumberWord() {
        return longestNumberWord;
    }

    /** A word that, before another noun, is more likely its adjective ("2.35 billion active devices"). */
    boolean isAdjectiveBeforeNoun(String w) {
        String l = lower(w);
        return adjectives.contains(l) || (adjectiveEnding != null && adjectiveEnding.matcher(l).matches());
    }

    boolean isNoun(String w) {
        return w.length() >= 2 && !NOT_NOUNS.contains(lower(w));
    }

    /** "more" or "less" for a direction word after "fois"/"times"/"veces". */
    String direction(String d) {
        return more.contains(lower(d)) ? "more" : "less";
    }

    /** Whether a connector may close a range opened by "between" ("between"), "from" ("from") or nothing. */
    boolean connects(String qualifier, String connector) {
        String c = lower(connector);
        return switch (qualifier == null ? "" : qualifier) {
            case "between" -> betweenConnectors.contains(c);
            case "from" -> fromConnectors.contains(c);
            default -> bareConnectors.contains(c);
        };
    }

    /** The multiplier of a scale word or abbreviation; fr "billion" is 10^12, en "billion" 10^9. */
    BigDecimal scaleOf(String s) {
        Integer e = scaleAbbreviations.get(s);
        if (e == null) {
            e = scaleWords.get(normal(s));
        }
        return BigDecimal.TEN.pow(e == null ? 3 : e);
    }

    /** The ISO 4217 code for a currency sign, code or word of the language; a plain "$" is taken as USD. */
    String currencyOf(String s) {
        String code = currencies.get(currencyKey(s));
        return code != null ? code : s.toUpperCase(Locale.ROOT);
    }

    /** Seconds in a duration word of the language. */
    BigDecimal secondsOf(String word) {
        String unit = durationUnits.get(lower(word));
        return UNIT_SECONDS.getOrDefault(unit == null ? "year" : unit, UNIT_SECONDS.get("year"));
    }

    static BigDecimal secondsOfUnit(String unit) {
        return UNIT_SECONDS.get(unit);
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    private static String normal(String w) {
        return SPACES.matcher(lower(w.strip())).replaceAll(" ").replace('’', '\'');
    }

    private static String currencyKey(String s) {
        return SPACES.matcher(lower(s)).replaceAll("").replace(" ", "").replace('’', '\'');
    }

    /** Linkers before a unit: "de " (a space must follow), "d'" (a space may follow). */
    private static String linkers(List<String> linkers) {
        List<String> sorted = byLength(linkers);
        List<String> parts = new ArrayList<>();
        for (String l : sorted) {
            boolean elided = l.endsWith("'") || l.endsWith("’");
            parts.add(phrase(l, SP + "+") + SP + (elided ? "*" : "+"));
        }
        return parts.isEmpty() ? NEVER : String.join("|", parts);
    }

    /** Signs: spaces inside are optional ("$ US", "$US"); one ending in a letter must end a word. */
    private static String signs(List<String> signs) {
        List<String> parts = new ArrayList<>();
        for (String s : byLength(signs)) {
            parts.add(phrase(s, SP + "?") + (Character.isLetter(s.charAt(s.length() - 1)) ? "(?![\\p{L}])" : ""));
        }
        return parts.isEmpty() ? NEVER : String.join("|", parts);
    }

    /** Words, each of which must end a word. */
    private static String lettered(List<String> words) {
        List<String> parts = new ArrayList<>();
        for (String w : byLength(words)) {
            parts.add(phrase(w, SP + "+") + "(?![\\p{L}])");
        }
        return parts.isEmpty() ? NEVER : String.join("|", parts);
    }

    /** Phrases as a regex alternation, longest first so that "mil millones" wins over "mil". */
    /** Whether {@link #QUALIFIER} may end before {@code end}: a qualifier's last word, or "~", is there. */
    boolean mayEndQualifier(CharSequence text, int end) {
        int i = end;
        if (i > 0 && NumberLiteral.isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i > 0 && text.charAt(i - 1) == '~' || qualifierLast.endsBefore(text, end);
    }

    static String alternation(Collection<String> phrases, String space) {
        List<String> parts = byLength(phrases).stream().map(ph -> phrase(ph, space)).toList();
        return parts.isEmpty() ? NEVER : String.join("|", parts);
    }

    private static List<String> byLength(Collection<String> phrases) {
        return phrases.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    /** A phrase as a regex: a space is {@code space}, an apostrophe either apostrophe, the rest literal. */
    static String phrase(String p, String space) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == ' ') {
                b.append(space);
            } else if (c == '\'' || c == '’') {
                b.append("['’]");
            } else if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
