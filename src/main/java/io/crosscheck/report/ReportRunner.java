package io.crosscheck.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * Runs the report of one date: takes the date's run-once guard, streams the content into the
 * files (stored in the database), records the outcome, then prunes reports past their retention.
 */
@ApplicationScoped
public class ReportRunner {

    private static final Logger LOG = Logger.getLogger(ReportRunner.class);

    private final ReportConfig config;
    private final ReportRuns runs;
    private final ReportFiles files;
    private final Clock clock;

    ReportRunner(ReportConfig config, ReportRuns runs, ReportFiles files, Clock clock) {
        this.config = config;
        this.runs = runs;
        this.files = files;
        this.clock = clock;
    }

    /** The date whose report is due: yesterday in the configured zone. */
    public LocalDate yesterday() {
        return LocalDate.now(clock.withZone(config.zone())).minusDays(1);
    }

    /**
     * Runs the report of {@code date} now, on this thread (the nightly schedule). Without {@code rerun},
     * a date that already succeeded is left alone; either way, a run in progress elsewhere is never
     * doubled.
     */
    public ReportRuns.Claim run(LocalDate date, boolean rerun) {
        ReportRuns.Claim claim = begin(date, rerun);
        if (claim == ReportRuns.Claim.STARTED) {
            write(date);
        }
        return claim;
    }

    /**
     * Takes the date's run-once guard (the run is then RUNNING); {@link #write} must follow, or
     * {@link #abandon} when the writing cannot start.
     */
    public ReportRuns.Claim begin(LocalDate date, boolean rerun) {
        ReportRuns.Claim claim = runs.start(date, endOf(date), rerun, config.staleAfter());
        if (claim != ReportRuns.Claim.STARTED) {
            LOG.debugf("Report %s not run: %s", date, claim);
        }
        return claim;
    }

    /**
     * Writes the report of a date {@link #begin} started: streams the content into the files, records
     * SUCCEEDED or FAILED (with why), then prunes reports past their retention. Returns whether it succeeded.
     */
    public boolean write(LocalDate date) {
        Instant end = endOf(date);
        try {
            LocalDate previous = runs.previousSucceeded(date);
            Instant start = previous == null ? null : endOf(previous);
            Report report = files.write(date, config.zone().getId(), start, end);
            runs.succeeded(date, report);
            LOG.infof("Report %s written: %s", date, report.counts());
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Report %s failed", date);
            runs.failed(date, e.getClass().getSimpleName() + ": " + e.getMessage());
            return false;
        }
        prune();
        return true;
    }

    /** Ends a run {@link #begin} started whose writing never started, as FAILED with {@code why}. */
    public void abandon(LocalDate date, String why) {
        runs.failed(date, why);
    }

    /** The instant a date ends in the report zone (the next day's start). */
    private Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(config.zone()).toInstant();
    }

    private void prune() {
        if (config.retentionDays() <= 0) {
            return;
        }
        LocalDate cutoff = yesterday().minusDays(config.retentionDays());
        try {
            runs.deleteBefore(cutoff);
            files.deleteBefore(cutoff, runs.lastSucceeded());
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Pruning reports before %s failed", cutoff);
        }
    }
}
