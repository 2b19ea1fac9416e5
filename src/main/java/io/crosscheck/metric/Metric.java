package io.crosscheck.metric;

import io.crosscheck.common.BaseEntity;
import io.crosscheck.figure.Dimension;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * What a claim measures ("training-cost", "gpu-count"). Single-valued metrics have one true value
 * at a time (a company has one headcount), so differing figures on them may clash; multi-valued ones
 * (chip models used) may hold several values at once.
 */
@Entity
@Table(name = "metric")
public class Metric extends BaseEntity {

    @Column(name = "metric_key", nullable = false, unique = true, length = 64)
    public String metricKey;

    @Column(nullable = false, length = 200)
    public String labelFr;

    @Column(nullable = false, length = 200)
    public String labelEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Dimension dimension;

    @Column(nullable = false)
    public boolean multiValued;

    @Column(length = 1000)
    public String description;

    public String label(String lang) {
        return lang != null && lang.startsWith("fr") ? labelFr : labelEn;
    }
}
