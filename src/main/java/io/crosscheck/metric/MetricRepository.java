package io.crosscheck.metric;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Stored metrics. */
@ApplicationScoped
public class MetricRepository implements PanacheRepositoryBase<Metric, UUID> {

    public Optional<Metric> findByKey(String key) {
        return find("metricKey", key).firstResultOptional();
    }
}
