package io.crosscheck.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * A job as clients see it. {@code result} is the job's own outcome (its shape depends on the kind, see
 * docs/api.md); {@code issueCount} counts the item issues listed at {@code /api/jobs/{id}/issues}.
 */
public record JobView(UUID id, String kind, JobState state, String target, String createdBy, Instant createdAt,
        Instant startedAt, Instant finishedAt, long processed, Long total, long issueCount, boolean cancelRequested,
        JsonNode result, String error) {

    /** Where the job's status is read. */
    public URI location() {
        return URI.create("/api/jobs/" + id);
    }
}
