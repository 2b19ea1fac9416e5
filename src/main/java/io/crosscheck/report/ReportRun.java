package io.crosscheck.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One report date: when it ran, how it ended and what it counted. The date is the run-once key. */
@Entity
@Table(name = "report_run")
public class ReportRun {

    @Id
    public LocalDate reportDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public RunStatus status;

    @Column(nullable = false)
    public Instant startedAt;

    public Instant finishedAt;

    public Instant windowStart;

    @Column(nullable = false)
    public Instant windowEnd;

    public Integer newClaims;
    public Integer changedClaims;
    public Integer verdictChanges;
    public Integer newConflicts;
    public Integer confirmedConflicts;
    public Integer dismissedConflicts;
    public Integer openDisputes;
    public Integer reviewedClaims;

    @Column(length = 2000)
    public String error;
}
