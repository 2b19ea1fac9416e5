package io.crosscheck.embed;

import io.crosscheck.claim.Verdict;
import java.util.Map;

/** The widgets' words in French and English. */
public final class Words {

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("sources", new String[] {"Sources", "Sources"}),
            Map.entry("disputedBy", new String[] {"Contestée par", "Disputed by"}),
            Map.entry("supersededBy", new String[] {"Remplacée par", "Superseded by"}),
            Map.entry("claimant", new String[] {"selon", "according to"}),
            Map.entry("asWritten", new String[] {"tel qu’écrit", "as written"}),
            Map.entry("see", new String[] {"Voir la fiche", "See the claim"}),
            Map.entry("seeTopic", new String[] {"Voir le dossier", "See the dossier"}),
            Map.entry("noSource", new String[] {"Aucune source enregistrée.", "No source recorded."}),
            Map.entry("notFound", new String[] {"Cette fiche n’existe pas ou plus.", "This card does not exist (any more)."}),
            Map.entry("badRequest", new String[] {"Requête incomplète.", "Incomplete request."}),
            Map.entry("empty", new String[] {"Aucune affirmation.", "No claims."}),
            Map.entry("outlier", new String[] {"hors consensus", "off consensus"}),
            Map.entry("disputed", new String[] {"contesté", "disputed"}),
            Map.entry("UNREVIEWED", new String[] {"Pas encore vérifié", "Not yet reviewed"}),
            Map.entry("seeAll", new String[] {"Voir les %d affirmations", "See all %d claims"}),
            Map.entry("shownOf", new String[] {"%d sur %d affirmations", "%d of %d claims"}),
            Map.entry("claims", new String[] {"affirmations", "claims"}),
            Map.entry("oneClaim", new String[] {"affirmation", "claim"}),
            Map.entry("moreAxes", new String[] {"et %d autres séries", "and %d more series"}),
            Map.entry("SUPPORTED", new String[] {"Confirmé", "Supported"}),
            Map.entry("DISPUTED", new String[] {"Contesté", "Disputed"}),
            Map.entry("MISLEADING", new String[] {"Trompeur", "Misleading"}),
            Map.entry("FALSE", new String[] {"Faux", "False"}),
            Map.entry("UNVERIFIABLE", new String[] {"Invérifiable", "Unverifiable"}),
            Map.entry("OUTDATED", new String[] {"Dépassé", "Outdated"}));

    public final String lang;
    private final int index;

    Words(String lang) {
        this.lang = lang;
        this.index = "fr".equals(lang) ? 0 : 1;
    }

    public String get(String key) {
        String[] w = WORDS.get(key);
        return w == null ? key : w[index];
    }

    public String verdict(Verdict v) {
        return get(v.name());
    }
}
