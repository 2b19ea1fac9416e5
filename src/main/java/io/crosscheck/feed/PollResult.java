package io.crosscheck.feed;

import java.util.List;
import java.util.UUID;

/**
 * What one poll did. {@code outcome}: POLLED (the document was read), NOT_MODIFIED (304), FAILED
 * (the fetch or the parse failed: see the feed's lastError). {@code queued} lists the fetch jobs of
 * the new items; {@code known} counts items seen before (or already a source); {@code deferred}
 * counts new items left for the next poll (crosscheck.feeds.max-items-per-poll, or a full job queue).
 */
public record PollResult(UUID feedId, Outcome outcome, Integer httpStatus, int entries, List<QueuedItem> queued,
        int known, int deferred, String error, FeedView feed) {

    public enum Outcome { POLLED, NOT_MODIFIED, FAILED }

    /** A new item and the job fetching it ({@code /api/jobs/{id}}). */
    public record QueuedItem(String url, String title, UUID jobId, String job) {
    }
}
