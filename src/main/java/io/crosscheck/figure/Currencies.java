package io.crosscheck.figure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ISO 4217 currencies news writes, from {@code figures/currencies.json}: signs and codes before or
 * after the number, words per language (every plural listed), historical currencies as their own
 * codes (FRF, DEM, NLG, ESP, ITL, FIM, …), sub-units with their factor ("45 cents" is 0.45 USD) and the
 * ambiguous words and signs ("francs", "¥", "kr", a plain "$" in an article about Canada), which read as
 * a documented default and carry {@link FigureFlag#AMBIGUOUS_CURRENCY}. Loaded and validated when the
 * class is first used.
 */
final class Currencies {

    private static final String SP = NumberLiteral.SPACE;
    private static final int CONTEXT = 300;

    /** How an entry's readings are flagged. */
    enum Flag { NEVER, ALWAYS, CONTEXT }

    /** One way of writing a currency and what it reads as. */
    record Form(String code, Map<String, String> defaults, Flag flag, List<String> contexts, boolean needsScale,
                BigDecimal factor, Set<String> of) {

        String codeIn(String lang) {
            return defaults.isEmpty() ? code : defaults.getOrDefault(lang, code);
        }

        boolean subUnit() {
            return factor.compareTo(BigDecimal.ONE) != 0;
        }
    }

    /** A currency read in the text: ISO code, the factor to the main unit, whether ambiguous, and the span. */
    record Match(String code, BigDecimal factor, boolean ambiguous, int start, int end, Form form) {
    }

    @JsonIgnoreProperties("_comment")
    record Entry(String code, Object defaultCode, List<String> candidates, String flag, List<String> contexts,
                 Boolean historical, Boolean needsScale, List<String> before, List<String> after,
                 Map<String, List<String>> words, String factor, List<String> of) {
    }

    private static final Currencies INSTANCE = load();

    private final Map<String, Map<String, Form>> wordsByLang = new HashMap<>();
    private final Map<String, Form> signsAfter = new HashMap<>();
    private final List<Map.Entry<String, Form>> signsBefore = new ArrayList<>();
    private final Map<String, Map<String, Form>> subUnitsByLang = new HashMap<>();
    private final Map<String, Pattern> afterByLang = new HashMap<>();
    private final Map<String, Pattern> subUnitByLang = new HashMap<>();
    /** First words of what may follow a number (currency words, lettered signs, "de"/"of"), and of sub-units. */
    private final Map<String, EdgeWords> afterFirstWords = new HashMap<>();
    private final Map<String, EdgeWords> subUnitFirstWords = new HashMap<>();
    /** The words the after-pattern allows between a scale and a currency word ("millions de francs"). */
    private static final EdgeWords DE_WORDS = EdgeWords.first(List.of("de", "of", "del", "d'"));
    /** Lower-cased context words of the CONTEXT forms, computed once. */
    private static final Map<String, String> LOWER = new java.util.concurrent.ConcurrentHashMap<>();
    private final Set<String> codes = new LinkedHashSet<>();
    /** First characters of the signs written after a number, and last characters of those written before. */
    private final StringBuilder afterFirst = new StringBuilder();
    private final StringBuilder beforeLast = new StringBuilder();
    /** The signs written before a number, by their last character, longest first. */
    private final Map<Character, List<Map.Entry<String, Form>>> signsBeforeByLast = new HashMap<>();
    private final Set<String> historical = new LinkedHashSet<>();

    static Currencies get() {
        return INSTANCE;
    }

    /** Every ISO code the engine reads (for tests and docs). */
    Set<String> codes() {
        return codes;
    }

    Set<String> historical() {
        return historical;
    }

    /**
     * A currency written after a number at {@code p} ("5 millions de francs", "12 SEK", "100 ₹"), with
     * "de"/"of" only after a scale; or null.
     */
    Match after(String text, int p, String lang, boolean scaled, int numberStart) {
        Pattern pat = afterByLang.get(lang);
        int q = p < text.length() && NumberLiteral.isSpace(text.charAt(p)) ? p + 1 : p;
        if (pat == null || q >= text.length()
                || !Character.isLetter(text.charAt(q)) && afterFirst.indexOf(String.valueOf(text.charAt(q))) < 0) {
            // Cheap exit for the common case: nothing a currency starts with follows the number.
            return null;
        }
        if (Character.isLetter(text.charAt(q)) && !afterFirstWords.get(lang).startsAt(text, q)) {
            if (!DE_WORDS.startsAt(text, q)) {
                return null; // a word, but none a currency (or "de"/"of" before one) starts with
            }
            // "de"/"of"/"d'": the word after it must start a currency word or sign
            int r = q;
            while (r < text.length() && Character.isLetter(text.charAt(r))) {
                r++;
            }
            while (r < text.length() && (NumberLiteral.isSpace(text.charAt(r)) || text.charAt(r) == '\'' || text.charAt(r) == '’')) {
                r++;
            }
            boolean currencyNext = r < text.length() && (Character.isLetter(text.charAt(r))
                    ? afterFirstWords.get(lang).startsAt(text, r) : afterFirst.indexOf(String.valueOf(text.charAt(r))) >= 0);
            if (!currencyNext) {
                return null;
            }
        }
        Matcher m = pat.matcher(text);
        m.region(p, Math.min(text.length(), p + 80)).useTransparentBounds(true).useAnchoringBounds(false);
        if (!m.lookingAt()) {
            return null;
        }
        if (m.group("de") != null && !scaled) {
            return null;
        }
        Form f = m.group("w") != null ? wordsByLang.get(lang).get(norm(m.group("w"))) : signsAfter.get(m.group("s"));
        if (f == null || f.needsScale() && !scaled) {
            return null;
        }
        return new Match(f.codeIn(lang), f.factor(), ambiguous(f, text, numberStart), p, m.end(), f);
    }

    /** A sub-unit after a number ("45 cents", "9-cent", "320 pence", "85 centimes d'euro"), or null. */
    Match subUnitAfter(String text, int p, String lang, int numberStart) {
        Pattern pat = subUnitByLang.get(lang);
        int q = p < text.length() && (NumberLiteral.isSpace(text.charAt(p)) || text.charAt(p) == '-') ? p + 1 : p;
        if (pat == null || q >= text.length() || !Character.isLetter(text.charAt(q)) && text.charAt(q) != '¢') {
            return null;
        }
        if (Character.isLetter(text.charAt(q)) && !subUnitFirstWords.get(lang).startsAt(text, q)) {
            return null;
        }
        Matcher m = pat.matcher(text);
        m.region(p, Math.min(text.length(), p + 60)).useTransparentBounds(true).useAnchoringBounds(false);
        if (!m.lookingAt()) {
            return null;
        }
        Form f = subUnitsByLang.get(lang).get(norm(m.group("w")));
        return f == null ? null : new Match(f.codeIn(lang), f.factor(), ambiguous(f, text, numberStart), p, m.end(), f);
    }

    /** A sign or code written right before the number at {@code numberStart} ("HK$", "R$ ", "CHF "), or null. */
    Match before(String text, int numberStart, String lang) {
        int last = numberStart > 0 && NumberLiteral.isSpace(text.charAt(numberStart - 1)) ? numberStart - 2 : numberStart - 1;
        if (last < 0 || beforeLast.indexOf(String.valueOf(text.charAt(last))) < 0) {
            return null;
        }
        for (Map.Entry<String, Form> e : signsBeforeByLast.getOrDefault(text.charAt(last), List.of())) {
            String sign = e.getKey();
            for (int gap = 0; gap <= 1; gap++) {
                int end = numberStart - gap;
                int start = end - sign.length();
                if (start < 0 || gap == 1 && (end < 0 || !NumberLiteral.isSpace(text.charAt(end)))) {
                    continue;
                }
                if (!text.startsWith(sign, start)) {
                    continue;
                }
                boolean letterStart = Character.isLetter(sign.charAt(0));
                if (letterStart && start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                    continue;
                }
                if (Character.isLetter(sign.charAt(sign.length() - 1)) && gap == 0 && !sign.endsWith(".")) {
                    // "CHF5" is unusual but "Rs5" and "kr5" exist; a code glued to digits is still a code.
                    if (sign.length() < 2) {
                        continue;
                    }
                }
                Form f = e.getValue();
                return new Match(f.codeIn(lang), f.factor(), ambiguous(f, text, start), start, numberStart, f);
            }
        }
        return null;
    }

    private static boolean ambiguous(Form f, String text, int at) {
        return switch (f.flag()) {
            case NEVER -> false;
            case ALWAYS -> true;
            case CONTEXT -> {
                String before = text.substring(Math.max(0, at - CONTEXT), at).toLowerCase(Locale.ROOT);
                for (String c : f.contexts()) {
                    if (before.contains(LOWER.computeIfAbsent(c, k -> k.toLowerCase(Locale.ROOT)))) {
                        yield true;
                    }
                }
                yield false;
            }
        };
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\\s\\u00A0\\u202F\\u2009\\u2007]+", " ").strip();
    }

    private static Currencies load() {
        String path = "/figures/currencies.json";
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = Currencies.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing");
            }
            JsonNode root = mapper.readTree(in);
            Currencies c = new Currencies();
            for (String section : List.of("currencies", "ambiguous", "subUnits")) {
                JsonNode list = root.get(section);
                if (list == null || !list.isArray()) {
                    throw new IllegalStateException(path + " has no '" + section + "' list");
                }
                for (JsonNode n : list) {
                    JsonNode copy = n.deepCopy();
                    if (copy.has("default")) {
                        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).set("defaultCode", copy.get("default"));
                        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove("default");
                    }
                    c.add(section, mapper.treeToValue(copy, Entry.class), path);
                }
            }
            c.compile();
            return c;
        } catch (IOException e) {
            throw new IllegalStateException(path + " cannot be read: " + e.getMessage(), e);
        }
    }

    private void add(String section, Entry e, String path) {
        boolean sub = section.equals("subUnits");
        boolean amb = section.equals("ambiguous");
        Map<String, String> defaults = new HashMap<>();
        String code = e.code();
        if (amb || sub) {
            if (e.defaultCode() instanceof String s) {
                code = s;
            } else if (e.defaultCode() instanceof Map<?, ?> m) {
                m.forEach((k, v) -> defaults.put(String.valueOf(k), String.valueOf(v)));
                code = defaults.getOrDefault("en", defaults.values().iterator().next());
            }
            require(!amb || e.candidates() != null && e.candidates().contains(code), path,
                    "ambiguous entry whose default " + code + " is not among its candidates");
        }
        final String iso = code;
        require(iso != null && iso.matches("[A-Z]{3}"), path, "entry without an ISO 4217 code: " + iso);
        defaults.values().forEach(v -> require(v.matches("[A-Z]{3}"), path, "default " + v + " is not an ISO code"));
        Flag flag = e.flag() == null ? Flag.NEVER : Flag.valueOf(e.flag().toUpperCase(Locale.ROOT));
        require(flag != Flag.CONTEXT || e.contexts() != null && !e.contexts().isEmpty(), path,
                code + " is flagged by context but lists no context");
        BigDecimal factor = sub ? new BigDecimal(e.factor()) : BigDecimal.ONE;
        require(factor.signum() > 0 && factor.compareTo(BigDecimal.ONE) <= 0, path, code + " factor " + factor);
        require(!sub || e.of() != null && e.of().contains(code), path, "sub-unit of " + code + " lists no 'of'");
        Form form = new Form(code, Map.copyOf(defaults), flag, e.contexts() == null ? List.of() : e.contexts(),
                Boolean.TRUE.equals(e.needsScale()), factor, e.of() == null ? Set.of(code) : Set.copyOf(e.of()));
        if (!sub) {
            codes.add(code);
            if (Boolean.TRUE.equals(e.historical())) {
                historical.add(code);
            }
        }
        if (e.words() != null) {
            e.words().forEach((lang, words) -> {
                require(NumberClasses.LANGS.contains(lang), path, "words in unknown language " + lang);
                Map<String, Form> target = (sub ? subUnitsByLang : wordsByLang).computeIfAbsent(lang, k -> new HashMap<>());
                for (String w : words) {
                    require(w != null && !w.isBlank(), path, "blank word for " + iso);
                    Form previous = target.put(norm(w), form);
                    require(previous == null || previous.equals(form), path,
                            "'" + w + "' (" + lang + ") is listed twice with different readings");
                }
            });
        }
        for (String s : e.before() == null ? List.<String>of() : e.before()) {
            signsBefore.add(Map.entry(s, form));
        }
        for (String s : e.after() == null ? List.<String>of() : e.after()) {
            Form previous = signsAfter.put(s, form);
            require(previous == null || previous.code().equals(iso), path, "sign '" + s + "' is listed twice");
        }
    }

    private void compile() {
        signsBefore.forEach(e -> beforeLast.append(e.getKey().charAt(e.getKey().length() - 1)));
        signsAfter.keySet().forEach(k -> afterFirst.append(k.charAt(0)));
        signsBefore.sort(Comparator.comparingInt((Map.Entry<String, Form> en) -> en.getKey().length()).reversed());
        signsBefore.forEach(e -> signsBeforeByLast.computeIfAbsent(e.getKey().charAt(e.getKey().length() - 1),
                k -> new ArrayList<>()).add(e));
        String signs = alternationExact(signsAfter.keySet());
        for (String lang : NumberClasses.LANGS) {
            Map<String, Form> words = wordsByLang.computeIfAbsent(lang, k -> new HashMap<>());
            afterByLang.put(lang, Pattern.compile(SP + "?(?:(?<de>(?i:de|of|del|d['’]))" + SP + "*)?(?:(?<w>(?i:"
                    + NumberClasses.alternation(words.keySet()) + "))(?![\\p{L}])|(?<s>" + signs + ")(?![\\p{L}]))"));
            List<String> firsts = new ArrayList<>(words.keySet());
            firsts.addAll(signsAfter.keySet());
            afterFirstWords.put(lang, EdgeWords.first(firsts));
            Map<String, Form> subs = subUnitsByLang.computeIfAbsent(lang, k -> new HashMap<>());
            subUnitFirstWords.put(lang, EdgeWords.first(subs.keySet()));
            subUnitByLang.put(lang, Pattern.compile("(?:-|" + SP + "?)(?<w>(?i:"
                    + NumberClasses.alternation(subs.keySet()) + "))(?![\\p{L}])"));
        }
    }

    private static String alternationExact(Set<String> signs) {
        List<String> sorted = new ArrayList<>(signs);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<String> out = new ArrayList<>();
        for (String s : sorted) {
            out.add(Pattern.quote(s).replace(" ", "\\E" + SP + "?\\Q"));
        }
        return String.join("|", out);
    }

    private static void require(boolean ok, String path, String what) {
        if (!ok) {
            throw new IllegalStateException(path + ": " + what);
        }
    }
}
