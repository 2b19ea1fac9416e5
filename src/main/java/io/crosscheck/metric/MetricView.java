package io.crosscheck.metric;

import io.crosscheck.common.Versioned;
import io.crosscheck.figure.Dimension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A metric as the API shows it: the labels as given (null when absent), and the same keyed by language. */
public record MetricView(UUID id, String key, String labelFr, String labelEn,
        @Schema(description = "The labels given, keyed by language") Map<String, String> labels,
        Dimension dimension, boolean multiValued, String description,
        @Schema(description = "Trigger words keyed by language") Map<String, List<String>> triggers,
        long version, Instant createdAt, Instant updatedAt)
        implements Versioned {

    static MetricView of(Metric m) {
        return new MetricView(m.id, m.metricKey, m.labelFr, m.labelEn, m.labels(), m.dimension, m.multiValued,
                m.description, m.triggerWords(), m.version, m.createdAt, m.updatedAt);
    }
}
