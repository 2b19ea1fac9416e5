package io.crosscheck.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Stored report runs, and the guard that lets exactly one run of a date proceed, whichever
 * instance asks: the first run of a date inserts its row (the date is the primary key, so a
 * concurrent insert fails); a later run takes the row over with a conditional update, which the
 * database applies to one transaction only. Each step commits on its own.
 */
@ApplicationScoped
public class ReportRuns implements PanacheRepositoryBase<ReportRun, LocalDate> {

    private final Clock clock;

    ReportRuns(Clock clock) {
        this.clock = clock;
    }

    /** How an attempt to start a run ended. */
    public enum Claim { STARTED, DONE_ALREADY, RUNNING_ELSEWHERE }

    /**
     * Starts a run of {@code date} unless it succeeded already ({@code rerun} false) or is running
     * elsewhere. A FAILED run, and a RUNNING one older than {@code staleAfter}, may always be taken over.
     */
    public Claim start(LocalDate date, Instant windowEnd, boolean rerun, Duration staleAfter) {
        Instant now = now();
        if (QuarkusTransaction.requiringNew().call(() -> findByIdOptional(date).isEmpty())) {
            try {
                QuarkusTransaction.requiringNew().run(() -> getEntityManager().createNativeQuery(
                        "insert into report_run (report_date, status, started_at, window_end) values (?1, 'RUNNING', ?2, ?3)")
                        .setParameter(1, date).setParameter(2, now).setParameter(3, windowEnd).executeUpdate());
                return Claim.STARTED;
            } catch (RuntimeException e) {
                // Another instance inserted the row first; unless the row is missing, that is all this was.
                if (QuarkusTransaction.requiringNew().call(() -> findByIdOptional(date).isEmpty())) {
                    throw e;
                }
            }
        }
        int taken = QuarkusTransaction.requiringNew().call(() -> getEntityManager().createNativeQuery(
                "update report_run set status = 'RUNNING', started_at = ?1, finished_at = null, error = null, "
                        + "window_end = ?2 where report_date = ?3 and (status = 'FAILED' or (status = 'SUCCEEDED' and ?4) "
                        + "or (status = 'RUNNING' and started_at < ?5))")
                .setParameter(1, now).setParameter(2, windowEnd).setParameter(3, date).setParameter(4, rerun)
                .setParameter(5, now.minus(staleAfter)).executeUpdate());
        if (taken == 1) {
            return Claim.STARTED;
        }
        RunStatus status = QuarkusTransaction.requiringNew().call(() -> findById(date).status);
        return status == RunStatus.SUCCEEDED ? Claim.DONE_ALREADY : Claim.RUNNING_ELSEWHERE;
    }

    public void succeeded(LocalDate date, Report report) {
        QuarkusTransaction.requiringNew().run(() -> {
            ReportRun run = findById(date);
            Report.Counts c = report.counts();
            run.status = RunStatus.SUCCEEDED;
            run.finishedAt = now();
            run.windowStart = report.windowStart();
            run.windowEnd = report.windowEnd();
            run.newClaims = c.newClaims();
            run.changedClaims = c.changedClaims();
            run.verdictChanges = c.verdictChanges();
            run.newConflicts = c.newConflicts();
            run.confirmedConflicts = c.confirmedConflicts();
            run.dismissedConflicts = c.dismissedConflicts();
            run.openDisputes = c.openDisputes();
            run.reviewedClaims = (int) Math.min(Integer.MAX_VALUE, c.reviewedClaims());
        });
    }

    public void failed(LocalDate date, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            ReportRun run = findById(date);
            run.status = RunStatus.FAILED;
            run.finishedAt = now();
            run.error = error.length() > 2000 ? error.substring(0, 2000) : error;
        });
    }

    /** The latest date whose run succeeded, or null. */
    public LocalDate lastSucceeded() {
        return QuarkusTransaction.requiringNew().call(() -> getEntityManager()
                .createQuery("select max(r.reportDate) from ReportRun r where r.status = :s", LocalDate.class)
                .setParameter("s", RunStatus.SUCCEEDED).getSingleResult());
    }

    /** The latest successful date before {@code date}, or null. */
    public LocalDate previousSucceeded(LocalDate date) {
        return QuarkusTransaction.requiringNew().call(() -> getEntityManager()
                .createQuery("select max(r.reportDate) from ReportRun r where r.status = :s and r.reportDate < :d",
                        LocalDate.class)
                .setParameter("s", RunStatus.SUCCEEDED).setParameter("d", date).getSingleResult());
    }

    /** Deletes runs before {@code cutoff} (their verdict snapshots go with them), except the latest success. */
    public long deleteBefore(LocalDate cutoff) {
        LocalDate keep = lastSucceeded();
        return QuarkusTransaction.requiringNew().call(() -> delete("reportDate < ?1 and reportDate <> ?2", cutoff,
                keep == null ? cutoff : keep));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
