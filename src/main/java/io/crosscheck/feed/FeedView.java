package io.crosscheck.feed;

import io.crosscheck.common.Versioned;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A feed as the API shows it: its settings, and what the poller last saw ({@code lastStatus} is the
 * HTTP status, {@code lastReason} the fetch rule or failure code, {@code nextAttemptAt} includes the
 * backoff after {@code consecutiveFailures} failures). {@code polling} is true while a poller holds
 * the feed's lease.
 */
public record FeedView(UUID id, String url, String canonicalUrl, String topic, String interval, long intervalSeconds,
        String title, Instant lastPolledAt, Integer lastStatus, String lastReason, String lastError,
        Instant lastSuccessAt, Instant nextAttemptAt, int consecutiveFailures, long itemsQueued, boolean polling,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {

    static FeedView of(Feed f, String topicSlug, Instant now) {
        return new FeedView(f.id, f.url, f.canonicalUrl, topicSlug, Duration.ofSeconds(f.intervalSeconds).toString(),
                f.intervalSeconds, f.title, f.lastPolledAt, f.lastStatus, f.lastReason, f.lastError, f.lastSuccessAt,
                f.nextAttemptAt, f.consecutiveFailures, f.itemsQueued, f.leaseUntil != null && f.leaseUntil.isAfter(now),
                f.version, f.createdAt, f.updatedAt);
    }
}
