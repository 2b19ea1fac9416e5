package io.crosscheck.console;

import com.ibm.icu.number.Notation;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;

/** The console's words in French and English; a page picks one by {@code ?lang=}, then Accept-Language. */
public final class Texts {

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("claims", new String[] {"Affirmations", "Claims"}),
            Map.entry("signin", new String[] {"Se connecter", "Sign in"}),
            Map.entry("signout", new String[] {"Se déconnecter", "Sign out"}),
            Map.entry("apiKey", new String[] {"Clé d'API", "API key"}),
            Map.entry("signinHelp", new String[] {"Collez une clé d'API de rôle editor ou admin. Elle n'est pas conservée dans le navigateur : un cookie de session de 8 heures la remplace.",
                "Paste an API key with the editor or admin role. It is not kept in the browser: an 8-hour session cookie stands in for it."}),
            Map.entry("signinFailed", new String[] {"Clé inconnue ou révoquée.", "Unknown or revoked key."}),
            Map.entry("signinToDecide", new String[] {"Connectez-vous pour confirmer ou écarter.", "Sign in to confirm or dismiss."}),
            Map.entry("readOnlyKey", new String[] {"Cette clé ne peut que lire.", "This key can only read."}),
            Map.entry("conflicts", new String[] {"Conflits à examiner", "Conflicts to review"}),
            Map.entry("search", new String[] {"Rechercher", "Search"}),
            Map.entry("subject", new String[] {"Sujet", "Subject"}),
            Map.entry("metric", new String[] {"Métrique", "Metric"}),
            Map.entry("verdict", new String[] {"Verdict", "Verdict"}),
            Map.entry("figure", new String[] {"Chiffre", "Figure"}),
            Map.entry("claimant", new String[] {"Déclarant", "Claimant"}),
            Map.entry("scope", new String[] {"Portée", "Scope"}),
            Map.entry("quotes", new String[] {"Citations", "Quotes"}),
            Map.entry("links", new String[] {"Liens", "Links"}),
            Map.entry("next", new String[] {"Page suivante", "Next page"}),
            Map.entry("none", new String[] {"Aucun", "None"}),
            Map.entry("confirm", new String[] {"Confirmer", "Confirm"}),
            Map.entry("dismiss", new String[] {"Écarter", "Dismiss"}),
            Map.entry("why", new String[] {"Pourquoi (facultatif)", "Why (optional)"}),
            Map.entry("interval", new String[] {"Intervalle", "Interval"}),
            Map.entry("spread", new String[] {"Écart max/min", "Spread max/min"}),
            Map.entry("median", new String[] {"Médiane", "Median"}),
            Map.entry("clusters", new String[] {"Groupes cohérents", "Consistent clusters"}),
            Map.entry("outlier", new String[] {"hors consensus", "off consensus"}),
            Map.entry("disputed", new String[] {"contesté", "disputed"}),
            Map.entry("supersededBy", new String[] {"Remplacée par", "Superseded by"}),
            Map.entry("disputedBy", new String[] {"Contestée par", "Disputed by"}),
            Map.entry("gap", new String[] {"écart", "gap"}),
            Map.entry("fromVerdict", new String[] {"Verdict de la 1re", "Verdict of the 1st"}),
            Map.entry("toVerdict", new String[] {"Verdict de la 2de", "Verdict of the 2nd"}),
            Map.entry("unchanged", new String[] {"inchangé", "unchanged"}),
            Map.entry("chart", new String[] {"Échelle logarithmique ; flèche = intervalle ouvert ; barre pâle = chiffre vague (sa fourchette) ; "
                    + "trait rouge = contradiction ; pointillé gris = contexte (rapport)",
                    "Log scale; arrow = open interval; pale bar = vague figure (its range); red line = contradiction; "
                    + "grey dots = context (ratio)"}),
            Map.entry("vague", new String[] {"vague", "vague"}),
            Map.entry("vagueCount", new String[] {"chiffres vagues (hors médiane)", "vague figures (not in the median)"}),
            Map.entry("vagueEnd", new String[] {"borne d'un chiffre vague", "end of a vague figure"}),
            Map.entry("story", new String[] {"Vue d'ensemble : métriques côte à côte", "Overview: metrics side by side"}),
            Map.entry("categories", new String[] {"Valeurs (non numériques)", "Values (not numeric)"}),
            Map.entry("oneClaim", new String[] {"Une seule affirmation", "One claim"}),
            Map.entry("claimsWord", new String[] {"affirmations", "claims"}),
            Map.entry("empty", new String[] {"Rien ici.", "Nothing here."}));

    private final int index;
    public final String lang;

    private Texts(String lang) {
        this.lang = lang;
        this.index = "fr".equals(lang) ? 0 : 1;
    }

    public String get(String key) {
        String[] words = WORDS.get(key);
        return words == null ? key : words[index];
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
        return "fr".equals(lang) ? ULocale.FRENCH : ULocale.ENGLISH;
    }

    /** {@code ?lang=} when it is fr or en, else the first of fr/en in Accept-Language, else fr. */
    public static Texts pick(String lang, String acceptLanguage) {
        if ("fr".equalsIgnoreCase(lang) || "en".equalsIgnoreCase(lang)) {
            return new Texts(lang.toLowerCase(Locale.ROOT));
        }
        if (acceptLanguage != null) {
            for (String part : acceptLanguage.split(",")) {
                int semicolon = part.indexOf(';');
                String tag = (semicolon < 0 ? part : part.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
                if (tag.startsWith("fr")) {
                    return new Texts("fr");
                }
                if (tag.startsWith("en")) {
                    return new Texts("en");
                }
            }
        }
        return new Texts("fr");
    }
}
