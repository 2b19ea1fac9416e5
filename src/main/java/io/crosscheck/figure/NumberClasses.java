package io.crosscheck.figure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number classes of one language, read from {@code figures/packs/<lang>/classes.json}: spelled-out
 * numbers, collective number words ("une trentaine", "thousands"), percent variants, percentage
 * points, change words, bound words and the English "3.4m". Loaded with Jackson and validated when the
 * application starts ({@code extraction.FigureDataAtStartup} through {@code LanguagePacks.validateAll}: every language at once, so a broken file stops
 * the start); the patterns are compiled once.
 */
final class NumberClasses {

    /** Every language with a pack has its classes (figures/packs/languages.json). */
    static final List<String> LANGS = LanguagePacks.languages();
    private static final String SP = NumberLiteral.SPACE;
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @JsonIgnoreProperties("_comment")
    record Spelled(Map<String, Long> numbers, List<String> hundred, Map<String, Long> scales, List<String> one,
                   List<String> single, List<String> joiners, List<String> unitJoiners, boolean quatreVingt) {
    }

    @JsonIgnoreProperties("_comment")
    record Collective(Map<String, Long> approximate, Map<String, Long> plural, List<String> articles) {
    }

    @JsonIgnoreProperties("_comment")
    record Percent(List<String> after, List<String> before) {
    }

    @JsonIgnoreProperties({"_comment", "_notAfter"})
    record Changes(List<String> up, List<String> down, List<String> minus, List<String> notAfter) {
    }

    @JsonIgnoreProperties("_comment")
    record Bounds(List<String> lowerExclusive, List<String> lowerInclusive, List<String> upperExclusive,
                  List<String> upperInclusive, List<String> joiners) {
    }

    @JsonIgnoreProperties("_comment")
    record MillionLetter(List<String> lengthWords) {
    }

    @JsonIgnoreProperties("_comment")
    record Data(String lang, Spelled spelled, Collective collective, List<String> subUnitJoiners, Percent percent,
                List<String> points, Changes changes, Bounds bounds, MillionLetter millionLetter) {
    }

    /** A change or sign word before a number: its direction, and whether it makes the figure a CHANGE. */
    record Change(int start, int sign, boolean change) {
    }

    /** A bound word: lower or upper, exclusive or inclusive, and where it starts. */
    record Bound(int start, int end, boolean lower, boolean exclusive) {
    }

    private static final Map<String, NumberClasses> BY_LANG = loadAll();

    final String lang;
    final Spelled spelled;
    final Collective collective;
    final java.util.Set<String> lengthWords;
    final java.util.Set<String> startWords;
    /** The longest word that may start a number: longer words are not looked up. */
    final int longestStart;
    final Pattern percentAfter;
    final Pattern percentBefore;
    final Pattern pointsAfter;
    final Pattern changeBefore;
    final Pattern boundBefore;
    final Pattern boundAfterJoiner;
    final Pattern articleBefore;
    /** Words after which a change word is a particle ("makes up"), or null. */
    final Pattern notAfter;
    /** The last words of the change, bound and percent phrases: the regexes run only after one of them. */
    private final EdgeWords changeLast;
    private final EdgeWords boundLast;
    private final EdgeWords percentLast;
    /** The first words of the percent and percentage-point words after a number (all start with a letter). */
    private final EdgeWords percentFirst;
    private final EdgeWords pointsFirst;
    private final String pointsWord;
    private final String upWord;
    private final String downWord;
    /** Between the main unit and the sub-unit of a compound amount: ", ", "et", "and", or nothing. */
    final Pattern subUnitJoin;

    private NumberClasses(Data d) {
        this.lang = d.lang();
        this.spelled = d.spelled();
        this.collective = d.collective();
        this.lengthWords = lower(d.millionLetter().lengthWords());
        java.util.Set<String> starts = new java.util.HashSet<>();
        starts.addAll(lower(spelled.numbers().keySet()));
        starts.addAll(lower(spelled.hundred()));
        starts.addAll(lower(spelled.one()));
        for (String s : spelled.single()) {
            starts.add(s.toLowerCase(Locale.ROOT).split(" ")[0]);
        }
        for (String s : collective.approximate().keySet()) {
            starts.add(s.toLowerCase(Locale.ROOT).split(" ")[0]);
        }
        for (String s : collective.plural().keySet()) {
            starts.add(s.toLowerCase(Locale.ROOT).split(" ")[0]);
        }
        this.startWords = java.util.Set.copyOf(starts);
        this.longestStart = starts.stream().mapToInt(String::length).max().orElse(0);
        this.percentAfter = Pattern.compile(SP + "?(?:" + alternation(d.percent().after()) + ")(?![\\p{L}])", CI);
        this.percentBefore = Pattern.compile("(?<![\\p{L}])(?:" + alternation(d.percent().before()) + ")" + SP + "*$", CI);
        this.pointsAfter = Pattern.compile(SP + "?(?:" + alternation(d.points()) + ")(?![\\p{L}])", CI);
        this.changeBefore = Pattern.compile("(?<![\\p{L}])(?:(?<up>" + alternation(d.changes().up()) + ")|(?<down>"
                + alternation(d.changes().down()) + ")|(?<minus>" + alternation(d.changes().minus()) + "))" + SP + "*$", CI);
        String bounds = "(?:(?<le>" + alternation(d.bounds().lowerExclusive()) + ")|(?<li>"
                + alternation(d.bounds().lowerInclusive()) + ")|(?<ue>" + alternation(d.bounds().upperExclusive())
                + ")|(?<ui>" + alternation(d.bounds().upperInclusive()) + "))";
        this.boundBefore = Pattern.compile("(?<![\\p{L}])" + bounds + SP + "*$", CI);
        java.util.List<String> changes = new ArrayList<>(d.changes().up());
        changes.addAll(d.changes().down());
        changes.addAll(d.changes().minus());
        this.changeLast = EdgeWords.last(changes);
        java.util.List<String> boundWords = new ArrayList<>(d.bounds().lowerExclusive());
        boundWords.addAll(d.bounds().lowerInclusive());
        boundWords.addAll(d.bounds().upperExclusive());
        boundWords.addAll(d.bounds().upperInclusive());
        this.boundLast = EdgeWords.last(boundWords);
        this.percentLast = EdgeWords.last(d.percent().before());
        this.percentFirst = EdgeWords.first(d.percent().after());
        this.pointsFirst = EdgeWords.first(d.points());
        this.boundAfterJoiner = Pattern.compile(SP + "*,?" + SP + "*(?:" + alternation(d.bounds().joiners()) + ")" + SP
                + "+" + bounds + "(?![\\p{L}])" + SP + "*", CI);
        this.notAfter = d.changes().notAfter().isEmpty() ? null : Pattern.compile("(?<![\\p{L}])(?:"
                + alternation(d.changes().notAfter()) + ")" + SP + "+$", CI);
        this.pointsWord = d.points().get(0);
        this.upWord = d.changes().up().get(0);
        this.downWord = d.changes().down().get(0);
        this.subUnitJoin = Pattern.compile(SP + "*(?:,|(?:" + alternation(d.subUnitJoiners()) + ")(?![\\p{L}]))?" + SP
                + "*", CI);
        this.articleBefore = collective.articles().isEmpty() ? null : Pattern.compile("(?<![\\p{L}])(?:"
                + alternation(collective.articles()) + ")" + SP + "+$", CI);
    }

    /** The classes of a language, or null when it has none (the hooks then do nothing). */
    static NumberClasses of(String lang) {
        return lang == null ? null : BY_LANG.get(lang);
    }

    /** How percentage points are written (the first of "points"): "points de pourcentage", "percentage points". */
    String pointsWord() {
        return pointsWord;
    }

    /** How a rise or a fall is written before its amount (the first of "up"/"down"): "une hausse de", "a drop of". */
    String changeWord(boolean up) {
        return up ? upWord : downWord;
    }

    /** Whether a glued lower-case "m" may mean millions ("3.4m subscribers"): only where length words are listed. */
    boolean millionLetter() {
        return !lengthWords.isEmpty();
    }

    /** Whether a lower-cased word may start a spelled-out number in this language. */
    boolean startsNumber(String lowerWord) {
        return startWords.contains(lowerWord);
    }

    Change changeBefore(TextCursor cursor, int end) {
        if (!changeLast.endsBefore(cursor.text(), end)) {
            return null;
        }
        Matcher m = cursor.window(changeBefore, end, 32);
        if (m == null) {
            return null;
        }
        Matcher before = notAfter == null ? null : cursor.window(notAfter, m.start(), 16);
        if (before != null) {
            // "makes up 40% of sales": a particle, not a change
            return null;
        }
        if (m.group("minus") != null) {
            return new Change(m.start(), -1, false);
        }
        return new Change(m.start(), m.group("down") != null ? -1 : 1, true);
    }

    /** "3,5 points de pourcentage" after a number at {@code pos}, or null. */
    Matcher pointsAfter(TextCursor cursor, int pos) {
        return pointsFirst.startsAfterSpace(cursor.text(), pos) ? cursor.at(pointsAfter, pos) : null;
    }

    /** "15 pourcents", "40 per cent" after a number at {@code pos}, or null. */
    Matcher percentAfter(TextCursor cursor, int pos) {
        return percentFirst.startsAfterSpace(cursor.text(), pos) ? cursor.at(percentAfter, pos) : null;
    }

    /** "per cent of 80": the percent phrase ending before {@code end}, or null. */
    Matcher percentBefore(TextCursor cursor, int end) {
        return percentLast.endsBefore(cursor.text(), end) ? cursor.window(percentBefore, end, 30) : null;
    }

    Bound boundBefore(TextCursor cursor, int end) {
        if (!boundLast.endsBefore(cursor.text(), end)) {
            return null;
        }
        Matcher m = cursor.window(boundBefore, end, 36);
        return m == null ? null : bound(m);
    }

    /** "… and at most 25": the joiner and the second bound word after the first end; its end is where the number starts. */
    Bound boundAfter(TextCursor cursor, int pos) {
        Matcher m = cursor.at(boundAfterJoiner, pos);
        return m == null ? null : bound(m);
    }

    private static Bound bound(Matcher m) {
        boolean lower = m.group("le") != null || m.group("li") != null;
        boolean exclusive = m.group("le") != null || m.group("ue") != null;
        return new Bound(m.start(), m.end(), lower, exclusive);
    }

    /** A phrase list as a regex alternation, longest first; spaces match any run of spaces, apostrophes either form. */
    static String alternation(java.util.Collection<String> phrases) {
        // The packs' phrase regex (Lexicon), with any run of spaces in a phrase read as one.
        return Lexicon.alternation(phrases.stream().map(p -> p.strip().replaceAll(" +", " ")).toList(), SP + "+");
    }

    private static java.util.Set<String> lower(java.util.Collection<String> words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return java.util.Set.copyOf(out);
    }

    private static Map<String, NumberClasses> loadAll() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        Map<String, NumberClasses> out = new HashMap<>();
        for (String lang : LANGS) {
            String path = "/figures/packs/" + lang + "/classes.json";
            try (InputStream in = NumberClasses.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException(path + " is missing");
                }
                Data d = mapper.readValue(in, Data.class);
                validate(d, lang, path);
                out.put(lang, new NumberClasses(d));
            } catch (IOException e) {
                throw new IllegalStateException(path + " cannot be read: " + e.getMessage(), e);
            }
        }
        return Map.copyOf(out);
    }

    /** Every list present, no blank word, numbers within their place, the file's language its folder's. */
    static void validate(Data d, String lang, String path) {
        check(lang.equals(d.lang()), path, "declares language '" + d.lang() + "'");
        check(d.spelled() != null && d.collective() != null && d.subUnitJoiners() != null && d.percent() != null && d.points() != null
                && d.changes() != null && d.bounds() != null && d.millionLetter() != null, path, "misses a section");
        Spelled s = d.spelled();
        check(s.numbers() != null && !s.numbers().isEmpty() && s.hundred() != null && s.scales() != null
                && s.one() != null && s.single() != null && s.joiners() != null && s.unitJoiners() != null, path,
                "misses a list in 'spelled'");
        s.numbers().forEach((w, v) -> check(v != null && v >= 0 && v < 1000, path, "number word '" + w + "' = " + v));
        s.scales().forEach((w, v) -> check(v != null && v >= 1000 && Long.toString(v).matches("10*"), path,
                "scale '" + w + "' = " + v + " is not a power of ten from 1000"));
        d.collective().approximate().forEach((w, v) -> check(v != null && v > 1, path, "collective '" + w + "'"));
        d.collective().plural().forEach((w, v) -> check(v != null && v > 1, path, "collective '" + w + "'"));
        check(!d.points().isEmpty() && !d.changes().up().isEmpty() && !d.changes().down().isEmpty(), path,
                "needs at least one points word, one rise word and one fall word (used to write figures)");
        for (List<String> l : List.of(s.hundred(), s.one(), s.single(), s.joiners(), s.unitJoiners(),
                d.collective().articles(), d.subUnitJoiners(), d.percent().after(), d.percent().before(), d.points(), d.changes().up(),
                d.changes().down(), d.changes().minus(), d.changes().notAfter(), d.bounds().lowerExclusive(), d.bounds().lowerInclusive(),
                d.bounds().upperExclusive(), d.bounds().upperInclusive(), d.bounds().joiners(),
                d.millionLetter().lengthWords())) {
            check(l != null, path, "has a null list");
            l.forEach(w -> check(w != null && !w.isBlank(), path, "has a blank word"));
        }
    }

    private static void check(boolean ok, String path, String what) {
        if (!ok) {
            throw new IllegalStateException(path + " " + what);
        }
    }
}
