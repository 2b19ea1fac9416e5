package io.crosscheck.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.claim.Verdict;
import io.crosscheck.embed.EmbedConfig;
import io.crosscheck.report.ReportConfig;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatingTextsTest {

    @Test
    void shouldSayEveryPublishedVerdictAsASentenceInFrenchAndEnglish() {
        for (Verdict v : Verdict.values()) {
            if (v == Verdict.UNREVIEWED) {
                continue;
            }
            for (String lang : List.of("fr", "en")) {
                RatingTexts.Label label = RatingTexts.DEFAULTS.label(v.name(), lang);
                assertTrue(label.alternateName().startsWith(label.name()) && label.alternateName().length() > 20, label.toString());
                assertEquals(v, RatingTexts.DEFAULTS.verdictOf(label.alternateName().toUpperCase()));
                assertEquals(v, RatingTexts.DEFAULTS.verdictOf(" " + label.name() + " "));
            }
            assertTrue(!RatingTexts.DEFAULTS.label(v.name(), "fr").equals(RatingTexts.DEFAULTS.label(v.name(), "en")));
        }
        assertEquals("Contesté", RatingTexts.DEFAULTS.label("DISPUTED", "fr-CA").name());
        assertEquals("Disputed", RatingTexts.DEFAULTS.label("DISPUTED", "de").name(), "English for a language without texts");
        assertNull(RatingTexts.DEFAULTS.verdictOf("Plutôt vrai"));
    }

    @Test
    void shouldTakeConfiguredTextsPerLanguageAndVerdict() {
        RatingTexts texts = new RatingTexts(Map.of("fr", Map.of("disputed", "Chiffres divergents selon les sources"),
                "de", Map.of("FALSE", "Falsch: die Quellen widersprechen")), Map.of("de", Map.of("FALSE", "Falsch")));
        assertEquals(new RatingTexts.Label("Contesté", "Chiffres divergents selon les sources"), texts.label("DISPUTED", "fr"));
        assertEquals(new RatingTexts.Label("Falsch", "Falsch: die Quellen widersprechen"), texts.label("FALSE", "de"));
        assertEquals("Supported", texts.label("SUPPORTED", "de").name(), "unconfigured verdicts of a new language");
        assertEquals(Verdict.DISPUTED, texts.verdictOf("chiffres divergents selon les sources"));
        assertEquals(Verdict.FALSE, texts.verdictOf("Falsch"));
        assertThrows(IllegalArgumentException.class, () -> new RatingTexts(Map.of("fr", Map.of("WRONG", "x")), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new RatingTexts(Map.of("fr", Map.of("FALSE", " ")), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new RatingTexts(Map.of(), Map.of("fr", Map.of("UNREVIEWED", "x"))));
    }

    @Test
    void shouldNameEveryMissingSettingThatProductionRequires() {
        ClaimReviewSettings none = settings(Optional.empty(), Optional.of(" "), Optional.empty());
        assertEquals(List.of("crosscheck.report.organisation-name (CROSSCHECK_REPORT_ORGANISATION_NAME)",
                "crosscheck.report.organisation-url (CROSSCHECK_REPORT_ORGANISATION_URL)",
                "crosscheck.embed.public-base-url (CROSSCHECK_EMBED_PUBLIC_BASE_URL)"), none.missing());
        ClaimReviewSettings all = settings(Optional.of("Les Vérificateurs"), Optional.of("https://verif.example/"),
                Optional.of("https://crosscheck.verif.example/"));
        assertEquals(List.of(), all.missing());
        ClaimReviews.Publisher p = all.offline();
        assertEquals("https://crosscheck.verif.example", p.baseUrl());
        assertEquals(new ClaimReviews.Organisation("Les Vérificateurs", "https://verif.example/"), p.organisation());
        assertEquals("http://localhost:9999", none.offline().baseUrl(), "dev and test only: production requires a base URL");
        // Production (the demo off) refuses to start without them; a packaged demo and dev/test start.
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> none.verify(true));
        org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains("CROSSCHECK_EMBED_PUBLIC_BASE_URL"),
                refused.getMessage());
        settings(Optional.empty(), Optional.empty(), Optional.empty(), true).verify(true);
        none.verify(false);
        all.verify(true);
    }

    private static ClaimReviewSettings settings(Optional<String> name, Optional<String> url, Optional<String> base) {
        return settings(name, url, base, false);
    }

    private static ClaimReviewSettings settings(Optional<String> name, Optional<String> url, Optional<String> base,
            boolean demo) {
        ReportConfig report = proxy(ReportConfig.class, Map.of("organisationName", name, "organisationUrl", url));
        EmbedConfig embed = proxy(EmbedConfig.class, Map.of("publicBaseUrl", base));
        ClaimReviewConfig config = proxy(ClaimReviewConfig.class, Map.of("alternateName", Map.of(), "ratingName", Map.of()));
        return new ClaimReviewSettings(report, embed, config, 9999, demo);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> answers.get(m.getName()));
    }
}
