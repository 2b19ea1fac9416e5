package io.crosscheck.job;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a running job uses to report progress and item issues and to notice a cancellation. Reports
 * are buffered and written at most every {@link #FLUSH_NANOS}, in transactions of their own, so a job
 * that reports every item costs a handful of writes per second, and its progress is visible while
 * the work itself is still uncommitted.
 */
public final class JobContext {

    static final long FLUSH_NANOS = 500_000_000L;

    private final UUID id;
    private final JobStore store;
    private final List<JobStore.NewIssue> pendingIssues = new ArrayList<>();
    private long processed;
    private Long total;
    private boolean dirty;
    private boolean cancelled;
    private long lastFlush = System.nanoTime();

    JobContext(UUID id, JobStore store) {
        this.id = id;
        this.store = store;
    }

    public UUID id() {
        return id;
    }

    /** How many items the job will process, when it knows. */
    public void total(long total) {
        this.total = total;
        dirty = true;
        maybeFlush();
    }

    /** How many items are processed so far. */
    public void processed(long processed) {
        this.processed = processed;
        dirty = true;
        maybeFlush();
    }

    public long processed() {
        return processed;
    }

    /** Records what is wrong with one item: {@code item} says which ("line 12"), {@code field} may be null. */
    public void issue(String item, String field, String message) {
        pendingIssues.add(new JobStore.NewIssue(item, field, message));
        dirty = true;
        maybeFlush();
    }

    /** Whether someone asked to cancel the job, or its instance is stopping. */
    public boolean cancelled() {
        maybeFlush();
        return cancelled || Thread.currentThread().isInterrupted();
    }

    /** Ends the job as CANCELLED if it was cancelled; call it between units of work. */
    public void checkCancelled() {
        if (cancelled()) {
            throw new JobCancelledException();
        }
    }

    private void maybeFlush() {
        if (System.nanoTime() - lastFlush >= FLUSH_NANOS) {
            flush();
        }
    }

    /** Writes what is buffered and reads whether the job was cancelled meanwhile. */
    void flush() {
        lastFlush = System.nanoTime();
        cancelled |= store.report(id, dirty ? processed : -1, total, List.copyOf(pendingIssues));
        pendingIssues.clear();
        dirty = false;
    }
}
