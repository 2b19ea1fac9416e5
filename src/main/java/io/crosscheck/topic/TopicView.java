package io.crosscheck.topic;

import io.crosscheck.common.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A topic as the API shows it, with a one-line summary of each claim. */
public record TopicView(UUID id, String slug, String title, String description, List<ClaimSummary> claims,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {

    /** Enough of a claim to list it; the full claim is at /api/claims/{id}. */
    public record ClaimSummary(UUID id, String subject, String metric, String figure, String statement) {
    }

    static TopicView of(Topic t) {
        return new TopicView(t.id, t.slug, t.title, t.description, t.claims.stream()
                .map(c -> new ClaimSummary(c.id, c.subject.name, c.metric.metricKey, c.figure.text, c.statement))
                .toList(), t.version, t.createdAt, t.updatedAt);
    }
}
