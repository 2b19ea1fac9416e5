package io.crosscheck.job;

import io.crosscheck.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Long work done in the background (an import, a fetch, a scan): its state, progress and outcome.
 * The row is the job's only shared state, so any instance can report on a job another one runs.
 */
@Entity
@Table(name = "job")
public class Job extends BaseEntity {

    @Column(nullable = false, length = 40)
    public String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public JobState state;

    /** What the job works on, for people reading the list (a URL, a file name); may be null. */
    @Column(length = 2048)
    public String target;

    @Column(nullable = false, length = 200)
    public String createdBy;

    /** The instance running the job; only it refreshes {@link #heartbeatAt}. */
    @Column(nullable = false, length = 64)
    public String instanceId;

    public long processed;

    public Long total;

    public long issueCount;

    public boolean cancelRequested;

    /** The job's outcome as JSON, once it succeeded. */
    @Column(length = 100_000)
    public String result;

    /** Why the job failed, in words for the client. */
    @Column(length = 4000)
    public String error;

    @Column(nullable = false)
    public Instant heartbeatAt;

    public Instant startedAt;

    public Instant finishedAt;
}
