package io.crosscheck.figure;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The words and signs around numbers, as pre-compiled patterns; shared by the grammar and the renderer. */
final class Lexicon {

    static final String SP = NumberLiteral.SPACE;
    static final String WORD = "\\p{L}[\\p{L}\\p{M}]*(?:-\\p{L}[\\p{L}\\p{M}]*)*";
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A number core in French text: digits with separators, or a French number word. */
    static final Pattern CORE_FR = core(NumberLiteral.FR_WORDS);
    /** A number core in English text. */
    static final Pattern CORE_EN = core(NumberLiteral.EN_WORDS);

    private static Pattern core(Set<String> words) {
        return Pattern.compile("(?<d>\\d+(?:[.,]\\d+)*)|(?<![\\p{L}\\p{M}\\d])(?<w>" + String.join("|",
                words.stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")(?![\\p{L}\\p{M}\\d])", CI);
    }

    static Pattern core(String lang) {
        return "fr".equals(lang) ? CORE_FR : CORE_EN;
    }

    /** Determiners that make a following number word a reference ("les deux chiffres"), not a claim. */
    static final Pattern DETERMINER_BEFORE = Pattern.compile("(?<![\\p{L}])(?i:les|ces|ses|leurs|nos|vos|mes"
            + "|the|these|those|its|their|our|your|my|his|her|both)" + SP + "+$");

    static final Pattern SCALE = Pattern.compile(
            SP + "?(?<w>(?i:mille|millions?|milliards?|billions?|trillions?|thousands?|mln|mio))(?![\\p{L}])"
            + "|(?<a>k|K|M|Md|Mds|Mrd|Mrds|bn|B|T|mn)(?![\\p{L}\\d])"
            + "|" + SP + "(?<b>k|K|M|Md|Mds|Mrd|Mrds|bn)(?=" + SP + "?[$€£])");

    static final Pattern CURRENCY_AFTER = Pattern.compile(SP + "?(?<de>(?i:de|of)" + SP + "+|(?i:d['’])" + SP + "?)?(?<c>"
            + "US\\$|\\$" + SP + "?US(?![\\p{L}])|\\$" + SP + "?CA(?![\\p{L}])|CA\\$|C\\$|A\\$|\\$|€|£|¥"
            + "|(?:USD|EUR|GBP|CAD|CHF|JPY|CNY|AUD)(?![\\p{L}])"
            + "|(?i:dollars?" + SP + "+(?:américains|americains|canadiens|australiens|US)(?![\\p{L}])"
            + "|(?:US|U\\.S\\.|American|Canadian|Australian)" + SP + "+dollars?(?![\\p{L}])"
            + "|dollars?(?![\\p{L}])|euros?(?![\\p{L}])|livres?" + SP + "+sterling|pounds?(?:" + SP + "+sterling)?(?![\\p{L}])"
            + "|yuans?(?![\\p{L}])|yens?(?![\\p{L}])|francs" + SP + "+suisses|Swiss" + SP + "+francs))");

    static final Pattern CURRENCY_BEFORE = Pattern.compile("(?<c>US\\$|CA\\$|C\\$|A\\$|\\$|€|£|¥"
            + "|(?<![\\p{L}])(?:USD|EUR|GBP|CAD|CHF|JPY|CNY|AUD))" + SP + "?$");
    static final Pattern CURRENCY_PREFIX = Pattern.compile("(?<c>US\\$|CA\\$|C\\$|A\\$|\\$|€|£|¥"
            + "|(?:USD|EUR|GBP|CAD|CHF|JPY|CNY|AUD)(?![\\p{L}]))" + SP + "?");

    static final Pattern PERCENT = Pattern.compile(SP + "?(?:%|(?i:pour" + SP + "?cent|pourcent|per" + SP
            + "?cent|percent)(?![\\p{L}]))");

    static final Pattern RATIO = Pattern.compile(SP + "?(?i:fois|times)" + SP + "+(?<dir>(?i:plus|moins|more|"
            + "less|fewer|larger|bigger|greater|higher|faster|smaller|lower|cheaper|slower))(?![\\p{L}])"
            + "(?:" + SP + "+(?i:de|d['’])" + SP + "?" + WORD + ")?");
    static final Pattern ATTACHED_TIMES = Pattern.compile("[x×](?![\\p{L}\\d])");
    static final Pattern DIRECTION_AFTER = Pattern.compile(SP + "+(?<dir>(?i:plus|moins|more|less|fewer|larger|"
            + "bigger|greater|higher|faster|smaller|lower|cheaper|slower))(?![\\p{L}])");

    static final Pattern DURATION = Pattern.compile(SP + "?(?<de>(?i:de|of)" + SP + "+|(?i:d['’])" + SP + "?)?(?<d>(?i:"
            + "secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|années?|décennies|décennie|siècles?|"
            + "seconds?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?|centuries|century))"
            + "(?![\\p{L}])(?<gpu>" + SP + "+GPU(?![\\p{L}]))?");

    static final Pattern NOUN = Pattern.compile(SP + "+(?<de>(?i:de|of)" + SP + "+|(?i:d['’])" + SP + "*)?(?<w1>\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:-\\p{L}[\\p{L}\\p{M}]*)*)(?:" + SP + "+(?<w2>" + WORD + "))?");

    static final Pattern ORDINAL = Pattern.compile("(?:er|re|ère|e|ème|eme|è|nd|rd|th|st)(?![\\p{L}\\d])");

    static final Pattern CONNECTOR = Pattern.compile(SP + "*(?<c>–|—|‒|-|(?i:à|a|au|to|et|and)(?=" + SP + "))"
            + SP + "*");

    static final Pattern QUALIFIER = Pattern.compile("(?<![\\p{L}])(?:"
            + "(?<approx>environ|pr[èe]s" + SP + "+d[e'’]|quelque(?!s)|autour" + SP + "+d[e'’]|presque"
            + "|approximativement|quasiment|à" + SP + "+peu" + SP + "+près|about|around|roughly|nearly|some"
            + "|approximately|almost|circa|approx\\.?|an" + SP + "+estimated|estimated)"
            + "|(?<least>plus" + SP + "+d[e'’]|au" + SP + "+moins|au[-" + SP.substring(1, SP.length() - 1)
            + "]del[àa]" + SP + "+d[e'’]|pas" + SP + "+moins" + SP + "+d[e'’]|more" + SP + "+than|over|at" + SP
            + "+least|upwards" + SP + "+of|in" + SP + "+excess" + SP + "+of|above|no" + SP + "+fewer" + SP
            + "+than|no" + SP + "+less" + SP + "+than)"
            + "|(?<most>moins" + SP + "+d[e'’]|jusqu['’]" + SP + "?à|tout" + SP + "+au" + SP + "+plus|au" + SP
            + "+plus|au" + SP + "+maximum|less" + SP + "+than|fewer" + SP + "+than|up" + SP + "+to|at" + SP
            + "+most|under|below|no" + SP + "+more" + SP + "+than)"
            + "|(?<between>entre|between)"
            + "|(?<from>de|d['’]|from))" + SP + "*$"
            + "|(?<tilde>~)" + SP + "?$", CI);

    static final Pattern YEAR_CONTEXT = Pattern.compile("(?<![\\p{L}])(?:en|in|depuis|since|année|year|dès|"
            + "avant|après|before|after|until|jusqu['’]en|by|fin|début|mi|summer|winter|spring|autumn|été|hiver|"
            + "printemps|automne|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
            + "décembre|january|february|march|april|may|june|july|august|september|october|november|december)"
            + SP + "*$", CI);

    static final Pattern WORD_BEFORE = Pattern.compile("(?<w>[\\p{L}][\\p{L}\\p{N}]*)" + SP + "$");

    /** Words that follow numbers but are not what is counted. */
    static final Set<String> NOT_NOUNS = Set.copyOf(java.util.List.of(
            "de", "des", "du", "d", "le", "la", "les", "l", "un", "une", "et", "ou", "à", "au", "aux", "en",
            "pour", "par", "sur", "dans", "avec", "est", "sont", "a", "ont", "qui", "que", "ce", "cette", "ces",
            "se", "sa", "son", "ses", "il", "elle", "ils", "elles", "plus", "moins", "ne", "pas", "y", "selon",
            "chez", "entre", "comme", "mais", "fois", "contre", "après", "avant", "depuis", "seulement",
            "environ", "sans", "sous", "vers", "était", "sera", "serait", "fut", "dont", "où", "leur", "leurs",
            "the", "an", "of", "and", "or", "to", "in", "on", "at", "for", "by", "with", "is", "are", "was",
            "were", "has", "have", "had", "that", "which", "who", "it", "its", "as", "from", "than", "more",
            "less", "per", "between", "times", "out", "into", "over", "under", "up", "down", "this", "these",
            "those", "will", "would", "be", "been", "so", "but", "not", "no", "if", "then", "also", "only",
            "cents", "pour-cent", "percent", "vs", "contre", "soit", "chacun", "chacune", "each", "all", "tous",
            "toutes", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
            "octobre", "novembre", "décembre", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "h", "heures", "h00", "am", "pm",
            "autres", "other", "others", "derniers", "dernières", "premiers", "premières", "last", "first",
            "next", "prochains", "prochaines", "fin", "mi", "ans", "plusieurs", "several", "mille", "million",
            "millions", "milliard", "milliards", "billion", "billions", "thousand", "hundred", "cent", "à-dire",
            "rue", "avenue", "boulevard", "street", "road", "room", "page", "pages", "chapitre", "article", "numéro",
            "number", "h", "km/h"));

    private Lexicon() {
    }

    private static final Set<String> ADJECTIVES = Set.of("new", "old", "other", "additional", "extra", "young",
            "small", "large", "big", "daily", "monthly", "weekly", "yearly", "former", "foreign", "local", "more",
            "nouveaux", "nouvelles", "nouveau", "nouvelle", "anciens", "anciennes", "petits", "petites", "grands",
            "grandes", "jeunes", "vrais", "faux", "premiers", "derniers");
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile(".{2,}(?:ive|al|ous|ful|able|ible|ic|less|ed|ing)");

    /** A word that, before another noun, is more likely its adjective ("2.35 billion active devices"). */
    static boolean isAdjectiveBeforeNoun(String w, String lang) {
        String l = w.toLowerCase(Locale.ROOT);
        return ADJECTIVES.contains(l) || ("en".equals(lang) && ADJECTIVE_ENDING.matcher(l).matches());
    }

    static boolean isNoun(String w) {
        return w.length() >= 2 && !NOT_NOUNS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** The multiplier of a scale word or abbreviation; fr "billion" is 10^12, en "billion" 10^9. */
    static BigDecimal scaleOf(String s, String lang) {
        String w = s.toLowerCase(Locale.ROOT);
        boolean fr = "fr".equals(lang);
        if (s.equals("T") || w.startsWith("trillion")) {
            return BigDecimal.TEN.pow(fr && !s.equals("T") ? 18 : 12);
        }
        if (w.startsWith("billion")) {
            return BigDecimal.TEN.pow(fr ? 12 : 9);
        }
        if (w.startsWith("milliard") || w.equals("md") || w.equals("mds") || w.startsWith("mrd") || w.equals("bn")
                || s.equals("B")) {
            return BigDecimal.TEN.pow(9);
        }
        if (w.startsWith("million") || s.equals("M") || w.equals("mln") || w.equals("mio") || w.equals("mn")) {
            return BigDecimal.TEN.pow(6);
        }
        return BigDecimal.TEN.pow(3);
    }

    /** The ISO 4217 code for a currency sign or name; a plain "$" is taken as USD. */
    static String currencyOf(String s) {
        String w = s.toLowerCase(Locale.ROOT);
        if (w.contains("canad") || w.startsWith("c$") || w.startsWith("ca$") || w.equals("cad")
                || w.matches("\\$\\P{L}*ca")) {
            return "CAD";
        }
        if (w.startsWith("a$") || w.contains("austral") || w.equals("aud")) {
            return "AUD";
        }
        if (w.contains("$") || w.contains("dollar") || w.equals("usd")) {
            return "USD";
        }
        if (w.contains("€") || w.startsWith("euro") || w.equals("eur")) {
            return "EUR";
        }
        if (w.contains("£") || w.contains("livre") || w.contains("pound") || w.equals("gbp")) {
            return "GBP";
        }
        if (w.contains("¥") || w.startsWith("yen") || w.equals("jpy")) {
            return "JPY";
        }
        if (w.startsWith("yuan") || w.equals("cny")) {
            return "CNY";
        }
        if (w.contains("franc") || w.equals("chf")) {
            return "CHF";
        }
        return s.toUpperCase(Locale.ROOT);
    }

    /** Seconds in a duration word; a month is 1/12 of a mean Gregorian year (365.2425 days). */
    static BigDecimal secondsOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        long day = 86_400L;
        BigDecimal year = BigDecimal.valueOf(31_556_952L);
        if (w.startsWith("sec")) {
            return BigDecimal.ONE;
        }
        if (w.startsWith("min")) {
            return BigDecimal.valueOf(60);
        }
        if (w.startsWith("heure") || w.startsWith("hour") || w.startsWith("hr")) {
            return BigDecimal.valueOf(3600);
        }
        if (w.startsWith("jour") || w.startsWith("day")) {
            return BigDecimal.valueOf(day);
        }
        if (w.startsWith("semaine") || w.startsWith("week")) {
            return BigDecimal.valueOf(7 * day);
        }
        if (w.equals("mois") || w.startsWith("month")) {
            return BigDecimal.valueOf(2_629_746L);
        }
        if (w.startsWith("décenn") || w.startsWith("decade")) {
            return year.multiply(BigDecimal.TEN);
        }
        if (w.startsWith("siècle") || w.startsWith("centur")) {
            return year.multiply(BigDecimal.valueOf(100));
        }
        return year;
    }
}
