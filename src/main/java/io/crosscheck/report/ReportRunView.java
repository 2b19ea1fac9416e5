package io.crosscheck.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A report run as the API shows it, with its files when they were written. */
public record ReportRunView(LocalDate date, RunStatus status, Instant startedAt, Instant finishedAt,
        Instant windowStart, Instant windowEnd, Counts counts, String error, List<ReportStore.Written> files) {

    /** What the run counted; null while running or after a failure. */
    public record Counts(Integer newClaims, Integer changedClaims, Integer verdictChanges, Integer newConflicts,
            Integer confirmedConflicts, Integer dismissedConflicts, Integer openDisputes, Integer reviewedClaims) {
    }

    static ReportRunView of(ReportRun r, List<ReportStore.Written> files) {
        Counts counts = r.status == RunStatus.SUCCEEDED ? new Counts(r.newClaims, r.changedClaims, r.verdictChanges,
                r.newConflicts, r.confirmedConflicts, r.dismissedConflicts, r.openDisputes, r.reviewedClaims) : null;
        return new ReportRunView(r.reportDate, r.status, r.startedAt, r.finishedAt, r.windowStart, r.windowEnd, counts,
                r.error, files);
    }
}
