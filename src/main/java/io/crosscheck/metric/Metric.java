package io.crosscheck.metric;

import io.crosscheck.common.BaseEntity;
import io.crosscheck.common.Languages;
import io.crosscheck.figure.Dimension;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
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
import org.hibernate.annotations.BatchSize;

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

    /**
     * The labels by supported language ("fr", "en", "es"), only those given; at least one (the
     * service checks). Table metric_label since V25, which replaced the label_fr/label_en columns.
     */
    @ElementCollection
    @CollectionTable(name = "metric_label", joinColumns = @JoinColumn(name = "metric_id"))
    @MapKeyColumn(name = "lang", length = 16)
    @Column(name = "label", nullable = false, length = 200)
    @BatchSize(size = 50)
    public Map<String, String> labels = new TreeMap<>();

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

    /**
     * The label for a reader of {@code lang}: that language's, else English, else the other
     * supported languages' in their order, else the key.
     */
    public String label(String lang) {
        for (String l : Languages.lookupOrder(lang)) {
            String label = labels.get(l);
            if (label != null) {
                return label;
            }
        }
        return metricKey;
    }

    /** The stored labels by language, only those given, in {@link Languages#SUPPORTED} order. */
    public Map<String, String> labels() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String l : Languages.SUPPORTED) {
            if (labels.containsKey(l)) {
                out.put(l, labels.get(l));
            }
        }
        return out;
    }

    /** A label for every supported language, falling back as {@link #label(String)} does. */
    public Map<String, String> labelsForReaders() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String l : Languages.SUPPORTED) {
            out.put(l, label(l));
        }
        return out;
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
