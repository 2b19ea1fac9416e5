-- Nightly reports (issue 6). Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.

-- One row per report date. The primary key is the run-once guard: of several instances starting the
-- same date, exactly one insert succeeds; re-runs take the row over with a conditional update.
create table report_run (
    report_date      date          primary key,
    status           varchar(20)   not null,
    started_at       timestamp(6) with time zone not null,
    finished_at      timestamp(6) with time zone,
    window_start     timestamp(6) with time zone,
    window_end       timestamp(6) with time zone not null,
    new_claims       integer,
    changed_claims   integer,
    verdict_changes  integer,
    new_conflicts    integer,
    confirmed_conflicts  integer,
    dismissed_conflicts  integer,
    open_disputes    integer,
    reviewed_claims  integer,
    error            varchar(2000)
);

-- The verdicts a report saw, for claims that had one (absence means UNREVIEWED), so the next report
-- can tell which verdicts changed without a change log. Pruned with the reports.
create table report_verdict (
    report_date   date        not null references report_run (report_date) on delete cascade,
    claim_id      uuid        not null,
    verdict       varchar(20) not null,
    claim_version bigint      not null,
    primary key (report_date, claim_id)
);
