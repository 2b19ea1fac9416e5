package io.crosscheck.metric;

import io.crosscheck.common.Versioned;
import io.crosscheck.figure.Dimension;
import java.time.Instant;
import java.util.UUID;

/** A metric as the API shows it. */
public record MetricView(UUID id, String key, String labelFr, String labelEn, Dimension dimension,
        boolean multiValued, String description, long version, Instant createdAt, Instant updatedAt)
        implements Versioned {

    static MetricView of(Metric m) {
        return new MetricView(m.id, m.metricKey, m.labelFr, m.labelEn, m.dimension, m.multiValued, m.description,
                m.version, m.createdAt, m.updatedAt);
    }
}
