package io.crosscheck.metric;

import io.crosscheck.common.Languages;
import io.crosscheck.common.Versioned;
import io.crosscheck.figure.Dimension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A metric as the API shows it: its labels keyed by supported language (only those given), and the
 * French and English ones again as the deprecated {@code labelFr}/{@code labelEn} of API 0.1.0.
 */
public record MetricView(UUID id, String key,
        @Schema(deprecated = true, description = "Deprecated since API 0.2.0: labels.fr (null when not given). "
                + "Removed in API 0.3.0.") String labelFr,
        @Schema(deprecated = true, description = "Deprecated since API 0.2.0: labels.en (null when not given). "
                + "Removed in API 0.3.0.") String labelEn,
        @Schema(description = "The labels given, keyed by supported language (fr, en, es)",
                example = "{\"fr\": \"Coût d'entraînement\", \"en\": \"Training cost\"}") Map<String, String> labels,
        Dimension dimension, boolean multiValued, String description,
        @Schema(description = "Trigger words keyed by language") Map<String, List<String>> triggers,
        long version, Instant createdAt, Instant updatedAt)
        implements Versioned {

    /** The label for a reader of {@code lang}: that language's, else by {@link Languages#lookupOrder}, else the key. */
    public String label(String lang) {
        for (String l : Languages.lookupOrder(lang)) {
            if (labels.get(l) != null) {
                return labels.get(l);
            }
        }
        return key;
    }

    static MetricView of(Metric m) {
        Map<String, String> labels = m.labels();
        return new MetricView(m.id, m.metricKey, labels.get("fr"), labels.get("en"), labels, m.dimension,
                m.multiValued, m.description, m.triggerWords(), m.version, m.createdAt, m.updatedAt);
    }
}
