package io.crosscheck.metric;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One word or phrase that points at a metric when it is near a figure, in one language. */
@Embeddable
public class MetricTrigger {

    @Column(nullable = false, length = 16)
    public String lang;

    @Column(nullable = false, length = 100)
    public String phrase;

    public MetricTrigger() {
    }

    public MetricTrigger(String lang, String phrase) {
        this.lang = lang;
        this.phrase = phrase;
    }
}
