package io.crosscheck.demo;

import io.crosscheck.claim.FigureInput;
import io.crosscheck.claim.Verdict;
import io.crosscheck.entity.EntityInput;
import io.crosscheck.metric.MetricInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The shape of {@code demo/deepseek-dossier.json}: the API's input records, with claims, sources
 * and entities named by local keys instead of ids (ids exist only once stored).
 */
record Dossier(Map<String, EntityInput> entities, List<MetricInput> metrics, Map<String, DossierSource> sources,
        Map<String, DossierClaim> claims, List<DossierTopic> topics) {

    record DossierSource(String url, String title, String publisher, String author, String language,
            LocalDate publishedDate, String textFile) {
    }

    record DossierClaim(String subject, String metric, String claimant, FigureInput figure, String scope,
            String language, String statement, Verdict verdict, String verdictRationale,
            List<DossierAppearance> appearances) {
    }

    record DossierAppearance(String source, String quote, String attribution) {
    }

    record DossierTopic(String slug, String title, String description, List<String> claims) {
    }
}
