package io.crosscheck.job;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Background jobs ({@code crosscheck.jobs.*}); every key is described in docs/operations.md. */
@ConfigMapping(prefix = "crosscheck.jobs")
public interface JobConfig {

    /** Jobs this instance runs at once. */
    @WithDefault("2")
    int workers();

    /** Jobs that may wait for a worker on this instance; past it, submitting answers 503. */
    @WithDefault("50")
    int queueSize();

    /** How often this instance marks its jobs as alive. */
    @WithDefault("PT15S")
    Duration heartbeat();

    /** A queued or running job whose heartbeat is older than this died with its instance, and is failed. */
    @WithDefault("PT2M")
    Duration staleAfter();

    /** Item issues kept per job (all are counted). */
    @WithDefault("10000")
    int maxIssues();

    /** Finished jobs are deleted this many days after they end; 0 keeps them. */
    @WithDefault("30")
    int retentionDays();
}
