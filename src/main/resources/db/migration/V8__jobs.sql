-- Background jobs (imports, fetches, scans, ...). Portable SQL: the same file runs on H2 2.x and
-- PostgreSQL 13+. A job runs on the instance that accepted it; its state lives here, so any instance
-- answers GET /api/jobs/{id}. docs/operations.md ("Jobs") describes the life cycle.

create table job (
    id                uuid primary key,
    kind              varchar(40)   not null,
    state             varchar(20)   not null,
    target            varchar(2048),
    created_by        varchar(200)  not null,
    instance_id       varchar(64)   not null,
    processed         bigint        not null,
    total             bigint,
    issue_count       bigint        not null,
    cancel_requested  boolean       not null,
    result            varchar(100000),
    error             varchar(4000),
    heartbeat_at      timestamp(6) with time zone not null,
    started_at        timestamp(6) with time zone,
    finished_at       timestamp(6) with time zone,
    version           bigint        not null,
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null
);
create index ix_job_kind on job (kind, id);
create index ix_job_state_heartbeat on job (state, heartbeat_at);

-- What a job found wrong with single items (an import row, a feed entry), in the order found. Capped
-- per job (crosscheck.jobs.max-issues); the job's issue_count still counts every one.
create table job_issue (
    job_id     uuid          not null references job (id) on delete cascade,
    seq        bigint        not null,
    item       varchar(200),
    field      varchar(200),
    message    varchar(2000) not null,
    primary key (job_id, seq)
);
