package io.crosscheck.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the counted noun of a COUNT figure so that languages agree: the unit is the lower-cased
 * English singular when the noun is in a pack's glossary ("puces", "chips" and "chips" are all "chip",
 * "GPU" and "GPUs" both "gpu"), otherwise the lower-cased singular of the article's word. The glossary,
 * the singular and plural rules, irregular and invariable words and acronyms come from each language's
 * pack ({@code nouns}).
 */
final class CountNouns {

    private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}{2,}s");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<String, Rules> RULES = new ConcurrentHashMap<>();

    private CountNouns() {
    }

    /** One language's noun rules, compiled from its pack. */
    private static final class Rules {
        final String lang;
        final Map<String, String> glossary = new HashMap<>();
        final Map<String, String> unitToWord = new HashMap<>();
        final Map<String, List<String>> names;
        final Map<String, Pattern> patterns = new HashMap<>();
        final Map<String, String> irregular = new HashMap<>();
        final Map<String, String> irregularPlural = new HashMap<>();
        final Set<String> invariable = new HashSet<>();
        final List<Rewrite> singular = new ArrayList<>();
        final List<Rewrite> plural = new ArrayList<>();
        final Set<String> acronyms = new HashSet<>();
        final boolean acronymsTakePlural;

        Rules(LanguagePack p) {
            lang = p.lang();
            LanguagePack.Nouns n = p.nouns();
            n.glossary().forEach((w, unit) -> {
                glossary.put(w.toLowerCase(Locale.ROOT), unit);
                unitToWord.putIfAbsent(unit, w);
            });
            names = n.names();
            n.patterns().forEach((unit, regex) -> patterns.put(unit, Pattern.compile(regex)));
            n.irregular().forEach((pl, sg) -> {
                irregular.put(pl, sg);
                irregularPlural.putIfAbsent(sg, pl);
            });
            n.invariable().forEach(w -> invariable.add(w.toLowerCase(Locale.ROOT)));
            n.singular().forEach(r -> singular.add(new Rewrite(Pattern.compile(r.match()), r.replace())));
            n.plural().forEach(r -> plural.add(new Rewrite(Pattern.compile(r.match()), r.replace())));
            n.acronyms().forEach(a -> acronyms.add(a.toLowerCase(Locale.ROOT)));
            acronymsTakePlural = n.acronymsTakePlural();
        }

        String singular(String w) {
            String irr = irregular.get(w);
            if (irr != null) {
                return irr;
            }
            if (invariable.contains(w)) {
                return w;
            }
            return apply(singular, w);
        }

        String plural(String w) {
            String irr = irregularPlural.get(w);
            return irr != null ? irr : apply(plural, w);
        }

        private static String apply(List<Rewrite> rules, String w) {
            for (Rewrite r : rules) {
                Matcher m = r.match.matcher(w);
                if (m.matches()) {
                    return m.replaceFirst(r.replace);
                }
            }
            return w;
        }
    }

    private record Rewrite(Pattern match, String replace) {
    }

    private static Rules rules(String lang) {
        String l = LanguagePacks.pack(lang).lang();
        return RULES.computeIfAbsent(l, k -> new Rules(LanguagePacks.pack(k)));
    }

    /** Every canonical unit a glossary names, across the packs. */
    private static boolean isKnownUnit(String w) {
        for (String l : LanguagePacks.languages()) {
            if (rules(l).unitToWord.containsKey(w)) {
                return true;
            }
        }
        return false;
    }

    /** The canonical unit for a noun as the article wrote it (one or two words). */
    static String normalise(String noun, String lang) {
        String trimmed = noun.trim();
        if (ACRONYM_PLURAL.matcher(trimmed).matches()) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String w = SPACES.matcher(trimmed.toLowerCase(Locale.ROOT)).replaceAll(" ");
        Rules own = rules(lang);
        for (String l : LanguagePacks.languages()) {
            for (Map.Entry<String, Pattern> e : rules(l).patterns.entrySet()) {
                if (e.getValue().matcher(w).matches()) {
                    return e.getKey();
                }
            }
        }
        String singular = own.singular(w);
        String hit = own.glossary.get(singular);
        if (hit != null) {
            return hit;
        }
        // An article may borrow another language's plural ("startups", "GPUs" in French).
        for (String l : LanguagePacks.languages()) {
            Rules other = rules(l);
            if (other == own) {
                continue;
            }
            String s = other.singular(w);
            hit = own.glossary.containsKey(s) ? own.glossary.get(s) : other.glossary.get(s);
            if (hit != null) {
                return hit;
            }
            if (isKnownUnit(s)) {
                return s;
            }
        }
        return singular;
    }

    /** The noun to print for a unit and a quantity, in the given language. */
    static String render(String unit, String lang, boolean plural) {
        if (unit == null) {
            return "";
        }
        Rules r = rules(lang);
        List<String> named = r.names.get(unit);
        if (named != null) {
            return named.get(plural ? 1 : 0);
        }
        String w = r.unitToWord.getOrDefault(unit, unit);
        if (r.acronyms.contains(w)) {
            String upper = w.toUpperCase(Locale.ROOT);
            return plural && r.acronymsTakePlural ? upper + "s" : upper;
        }
        return plural ? r.plural(w) : w;
    }
}
