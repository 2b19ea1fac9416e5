package io.crosscheck.feed;

import io.crosscheck.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An RSS or Atom feed that Crosscheck polls. The settings (url, topic, interval) are what a client
 * edits and what the version (ETag) covers; the poller's state (validators, last result, backoff,
 * lease) is written with bulk updates that leave the version alone (see {@link FeedService}).
 */
@Entity
@Table(name = "feed")
public class Feed extends BaseEntity {

    @Column(nullable = false, length = 2048)
    public String url;

    @Column(name = "canonical_url", nullable = false, length = 2048, unique = true)
    public String canonicalUrl;

    @Column(name = "topic_id")
    public UUID topicId;

    @Column(name = "interval_seconds", nullable = false)
    public long intervalSeconds;

    @Column(name = "http_etag", length = 500)
    public String httpEtag;

    @Column(name = "http_last_modified", length = 500)
    public String httpLastModified;

    @Column(length = 500)
    public String title;

    @Column(name = "last_polled_at")
    public Instant lastPolledAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_reason", length = 40)
    public String lastReason;

    @Column(name = "last_error", length = 2000)
    public String lastError;

    @Column(name = "last_success_at")
    public Instant lastSuccessAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    @Column(name = "items_queued", nullable = false)
    public long itemsQueued;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "lease_owner", length = 100)
    public String leaseOwner;
}
