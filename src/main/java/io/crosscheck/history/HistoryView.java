package io.crosscheck.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recorded change as the API shows it. */
public record HistoryView(UUID id, String resourceType, UUID resourceId, Action action, String actor, Instant at,
        List<Change> changes) {
}
