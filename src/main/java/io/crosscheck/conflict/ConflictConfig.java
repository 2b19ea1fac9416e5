package io.crosscheck.conflict;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.Duration;

/** Conflict detection and the figure judgement it uses ({@code crosscheck.conflicts.*}). */
@ConfigMapping(prefix = "crosscheck.conflicts")
public interface ConflictConfig {

    /**
     * Enqueue detection whenever a claim is created or its figure, scope, time, subject or metric
     * changes: the writer records the affected (subject, metric) group and the detection worker judges
     * it after the write has committed.
     */
    @WithDefault("true")
    boolean detectOnChange();

    /**
     * At most this many overlapping neighbours are judged per claim (so at most this many
     * SUPPORTS/DUPLICATES proposals), so a popular figure cannot flood the queue.
     */
    @WithDefault("5")
    @Min(1)
    int maxAgreements();

    /** How far a hedge ("about", "environ", "près de") widens a stated point, as a fraction of it (0.10 = ±10 %). */
    @WithDefault("0.10")
    @DecimalMin("0")
    @DecimalMax(value = "1", inclusive = false)
    BigDecimal hedge();

    /**
     * The largest relative gap at which a figure and its plain rounding agree ("6 millions" for 5.6 M is
     * 6.7 %); a larger rounding ("$2 billion" for $2.4 billion, 17 %) is proposed as a contradiction
     * marked ROUNDING_REVIEW.
     */
    @WithDefault("0.10")
    @DecimalMin("0")
    @DecimalMax("1")
    BigDecimal roundingTolerance();

    /**
     * How often each instance's detection worker looks at the queue ({@code 2s}; {@code off} stops the
     * worker on this instance, the queue then waits for another instance).
     */
    @WithDefault("2s")
    String workerInterval();

    /** How many queued groups one worker run leases at most. */
    @WithDefault("50")
    @Min(1)
    int batchSize();

    /**
     * How long a queued group must go without writes before the scheduled worker judges it ({@code
     * PT3S}). Writes to the group meanwhile (an import's next batches, an editor's next changes) join the
     * row already waiting and restart the wait, so a burst is judged once, after it, instead of once per
     * write while it goes on. {@code DetectionWorker#drain} and the scan do not wait.
     */
    @WithDefault("PT3S")
    Duration settle();

    /**
     * The longest a queued group waits for its writes to settle ({@code PT1M}, counted from when it was
     * queued): a group written without a pause of {@code settle} is judged anyway.
     */
    @WithDefault("PT1M")
    Duration settleMax();

    /**
     * How long a leased group stays with the worker that leased it; past it (the instance stopped or
     * failed mid-group) any worker leases it again.
     */
    @WithDefault("PT1M")
    Duration lease();

    /**
     * At most this many claims of one (subject, metric) group are read for one detection, the most
     * recently changed first (and at most as many of the subject's other single-valued metrics, for
     * CONTEXT); a larger group is judged over its newest claims and keeps proposals touching the rest.
     */
    @WithDefault("20000")
    @Min(2)
    int groupCap();
}
