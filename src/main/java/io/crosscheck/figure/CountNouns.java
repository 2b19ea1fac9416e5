package io.crosscheck.figure;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises the counted noun of a COUNT figure so that French and English agree: the unit is the
 * lower-cased English singular when the noun is in a small bilingual glossary ("puces" and "chips" are
 * both "chip", "GPU" and "GPUs" both "gpu"), otherwise the lower-cased singular of the article's word.
 */
final class CountNouns {

    private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}{2,}s");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern GPU_HOURS = Pattern.compile("heures? (de )?gpu|gpu[- ]hours?");
    private static final Set<String> FRENCH_INVARIABLE = Set.of("pays", "décès", "avis", "bois", "fois", "mois",
            "temps", "corps", "poids", "cours", "succès", "procès", "accès", "progrès", "repas", "bras", "fils",
            "virus", "bus", "campus", "souris", "colis", "héros", "concours", "discours", "secours", "recours");
    private static final Map<String, String> FR_TO_UNIT = new HashMap<>();
    private static final Map<String, String> UNIT_TO_FR = new HashMap<>();
    private static final Set<String> ACRONYMS = Set.of("gpu", "cpu", "tpu", "npu", "asic", "ia", "ai");
    private static final Map<String, String> EN_IRREGULAR = Map.of("people", "person", "children", "child",
            "men", "man", "women", "woman", "lives", "life", "mice", "mouse", "feet", "foot");

    static {
        String[][] glossary = {
            {"puce", "chip"}, {"employé", "employee"}, {"salarié", "employee"}, {"ingénieur", "engineer"},
            {"personne", "person"}, {"habitant", "inhabitant"}, {"mort", "death"}, {"décès", "death"},
            {"victime", "victim"}, {"utilisateur", "user"}, {"emploi", "job"}, {"unité", "unit"},
            {"heure gpu", "gpu hour"}, {"abonné", "subscriber"}, {"téléchargement", "download"},
            {"voiture", "car"}, {"véhicule", "vehicle"}, {"enfant", "child"}, {"étudiant", "student"},
            {"pays", "country"}, {"entreprise", "company"}, {"serveur", "server"}, {"paramètre", "parameter"},
            {"jeton", "token"}, {"joueur", "player"}, {"but", "goal"}, {"blessé", "injured"},
            {"réfugié", "refugee"}, {"soldat", "soldier"}, {"touriste", "tourist"}, {"visiteur", "visitor"},
            {"logement", "home"}, {"médecin", "doctor"}, {"lit", "bed"}, {"tonne", "tonne"},
            {"modèle", "model"}, {"chercheur", "researcher"}, {"client", "customer"}, {"action", "share"},
            {"spectateur", "spectator"}, {"électeur", "voter"}, {"vote", "vote"}, {"siège", "seat"},
            {"raison", "reason"}, {"an", "year"}, {"baril", "barrel"}, {"kilomètre", "kilometre"},
            {"mètre", "metre"}, {"milliardaire", "billionaire"}, {"startup", "startup"}, {"start-up", "startup"},
            {"licenciement", "layoff"}, {"manifestant", "protester"}, {"médaille", "medal"}, {"match", "match"},
            {"arbre", "tree"}, {"maison", "house"}, {"élève", "pupil"}, {"puce électronique", "chip"}};
        for (String[] g : glossary) {
            FR_TO_UNIT.put(g[0], g[1]);
            UNIT_TO_FR.putIfAbsent(g[1], g[0]);
        }
    }

    private CountNouns() {
    }

    /** The canonical unit for a noun as the article wrote it (one or two words). */
    static String normalise(String noun, String lang) {
        String trimmed = noun.trim();
        if (ACRONYM_PLURAL.matcher(trimmed).matches()) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String w = SPACES.matcher(trimmed.toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (GPU_HOURS.matcher(w).matches()) {
            return "gpu hour";
        }
        String singular = "fr".equals(lang) ? frenchSingular(w) : englishSingular(w);
        if (FR_TO_UNIT.containsKey(singular)) {
            return FR_TO_UNIT.get(singular);
        }
        // A French article may borrow an English plural ("startups", "GPUs"), and the reverse.
        String other = "fr".equals(lang) ? englishSingular(w) : frenchSingular(w);
        if (FR_TO_UNIT.containsKey(other)) {
            return FR_TO_UNIT.get(other);
        }
        return UNIT_TO_FR.containsKey(other) ? other : singular;
    }

    static String frenchSingular(String w) {
        if (w.length() > 4 && w.endsWith("aux")) {
            return w.substring(0, w.length() - 3) + "al";
        }
        if (w.length() > 3 && (w.endsWith("s") || w.endsWith("ux")) && !w.endsWith("ss")
                && !FRENCH_INVARIABLE.contains(w)) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    static String englishSingular(String w) {
        if (EN_IRREGULAR.containsKey(w)) {
            return EN_IRREGULAR.get(w);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 2 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** The noun to print for a unit and a quantity, in the given language. */
    static String render(String unit, String lang, boolean plural) {
        if (unit == null) {
            return "";
        }
        if ("fr".equals(lang)) {
            String fr = unit.equals("gpu hour") ? "heure GPU" : UNIT_TO_FR.getOrDefault(unit, unit);
            if (ACRONYMS.contains(fr)) {
                return fr.toUpperCase(Locale.ROOT);
            }
            if (!plural) {
                return fr;
            }
            if (fr.equals("heure GPU")) {
                return "heures GPU";
            }
            if (fr.endsWith("al")) {
                return fr.substring(0, fr.length() - 2) + "aux";
            }
            return fr.endsWith("s") || fr.endsWith("x") || fr.endsWith("z") ? fr : fr + "s";
        }
        String en = unit.equals("gpu hour") ? "GPU hour" : unit;
        boolean acronym = ACRONYMS.contains(en);
        if (acronym) {
            en = en.toUpperCase(Locale.ROOT);
        }
        if (!plural) {
            return en;
        }
        for (Map.Entry<String, String> e : EN_IRREGULAR.entrySet()) {
            if (e.getValue().equals(en)) {
                return e.getKey();
            }
        }
        if (!acronym && en.endsWith("y") && en.length() > 2 && "aeiou".indexOf(en.charAt(en.length() - 2)) < 0) {
            return en.substring(0, en.length() - 1) + "ies";
        }
        if (en.endsWith("ch") || en.endsWith("sh") || en.endsWith("ss") || en.endsWith("x")) {
            return en + "es";
        }
        return en + "s";
    }
}
