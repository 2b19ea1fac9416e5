package io.crosscheck.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One item link a feed has listed, by canonical URL, and what became of it. */
@Entity
@Table(name = "feed_item")
public class FeedItem {

    /** QUEUED: a fetch job is on its way; FETCHED: it made (or found) a source; FAILED: the fetch failed. */
    public enum State { QUEUED, FETCHED, FAILED }

    @Id
    public UUID id;

    @Column(name = "feed_id", nullable = false)
    public UUID feedId;

    @Column(name = "canonical_url", nullable = false, length = 2048)
    public String canonicalUrl;

    @Column(nullable = false, length = 2048)
    public String url;

    @Column(length = 500)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public State state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "source_id")
    public UUID sourceId;

    @Column(name = "job_id")
    public UUID jobId;

    @Column(length = 2000)
    public String error;

    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
