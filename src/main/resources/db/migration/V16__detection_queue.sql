-- Conflict detection off the write path (issue 12): a writer records the (subject, metric) group its
-- claim change affects, in its own transaction; a worker on any instance leases groups, judges each
-- one and deletes the rows it leased. Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.
-- No unique key on the group: enqueueing never fails a write; the writer skips the insert when an
-- unleased row for the group is already waiting, and a leased group gets a new row (it changed again
-- while being judged, so it is judged again). enqueued_by names who made the change: the proposals
-- the group gets are recorded in history under that name.

create table detection_queue (
    id            uuid primary key,
    subject_id    uuid          not null,
    metric_id     uuid          not null,
    enqueued_at   timestamp(6) with time zone not null,
    enqueued_by   varchar(200),
    lease_owner   varchar(64),
    lease_until   timestamp(6) with time zone
);
create index ix_detection_queue_group on detection_queue (subject_id, metric_id);
create index ix_detection_queue_enqueued on detection_queue (enqueued_at);
