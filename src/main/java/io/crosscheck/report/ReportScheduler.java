package io.crosscheck.report;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * When reports run by themselves: nightly for the day just ended (cron {@code crosscheck.report.cron}
 * in {@code crosscheck.report.zone}), and at start for the dates missed while no instance was up.
 * Every instance schedules the job; the run-once guard in {@link ReportRuns} lets one of them run it.
 */
@ApplicationScoped
public class ReportScheduler {

    private final ReportConfig config;
    private final ReportRunner runner;
    private final ReportRuns runs;
    private final ManagedExecutor executor;

    ReportScheduler(ReportConfig config, ReportRunner runner, ReportRuns runs, ManagedExecutor executor) {
        this.config = config;
        this.runner = runner;
        this.runs = runs;
        this.executor = executor;
    }

    /** Skips the nightly run when reports are turned off. */
    @jakarta.inject.Singleton
    public static class Disabled implements Scheduled.SkipPredicate {
        @jakarta.inject.Inject
        ReportConfig config;

        public Disabled() {
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.enabled();
        }
    }

    @Scheduled(identity = "nightly-report", cron = "{crosscheck.report.cron}", timeZone = "{crosscheck.report.zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Disabled.class)
    void nightly() {
        catchUp();
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled() && config.catchUpDays() > 0) {
            CompletableFuture.runAsync(this::catchUp, executor);
        }
    }

    /**
     * Runs every due date not yet reported: from the day after the last successful report, but at
     * most {@code catch-up-days} back from yesterday; on a database with no report, only yesterday.
     * Returns the dates this instance ran.
     */
    public List<LocalDate> catchUp() {
        LocalDate yesterday = runner.yesterday();
        LocalDate last = runs.lastSucceeded();
        LocalDate from = last == null ? yesterday
                : max(last.plusDays(1), yesterday.minusDays(Math.max(config.catchUpDays(), 1) - 1L));
        List<LocalDate> ran = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(yesterday); d = d.plusDays(1)) {
            if (runner.run(d, false) == ReportRuns.Claim.STARTED) {
                ran.add(d);
            }
        }
        return ran;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
