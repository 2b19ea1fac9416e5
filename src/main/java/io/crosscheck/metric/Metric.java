package io.crosscheck.metric;

import io.crosscheck.common.BaseEntity;
import io.crosscheck.figure.Dimension;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** The French label; null when the desk gave only another language's. */
    @Column(length = 200)
    public String labelFr;

    /** The English label; null when the desk gave only another language's. */
    @Column(length = 200)
    public String labelEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Dimension dimension;

    @Column(nullable = false)
    public boolean multiValued;

    @Column(length = 1000)
    public String description;

    /** Words that, near a figure, point at this metric; per language, in the order given. */
    @ElementCollection
    @CollectionTable(name = "metric_trigger", joinColumns = @JoinColumn(name = "metric_id"))
    @OrderColumn(name = "trigger_index")
    public List<MetricTrigger> triggers = new ArrayList<>();

    /** The label in {@code lang} ("fr…" or anything else for English), else the other one, else the key. */
    public String label(String lang) {
        String wanted = lang != null && lang.startsWith("fr") ? labelFr : labelEn;
        String other = lang != null && lang.startsWith("fr") ? labelEn : labelFr;
        return wanted != null ? wanted : other != null ? other : metricKey;
    }

    /** The stored labels by language ("fr", "en"), only those given. */
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        if (labelEn != null) {
            labels.put("en", labelEn);
        }
        if (labelFr != null) {
            labels.put("fr", labelFr);
        }
        return labels;
    }

    /** The trigger words by language. */
    public Map<String, List<String>> triggerWords() {
        Map<String, List<String>> out = new TreeMap<>();
        for (MetricTrigger t : triggers) {
            out.computeIfAbsent(t.lang, k -> new ArrayList<>()).add(t.phrase);
        }
        return out;
    }
}
