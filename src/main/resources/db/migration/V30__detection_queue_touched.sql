-- A queued group waits until its writes have settled (issue 12): touched_at is when the last write
-- joined a row already waiting (null: none since enqueued_at). A worker leases a row once it has been
-- quiet for crosscheck.conflicts.settle, or once it has waited settle-max since enqueued_at, so a long
-- import is judged after it instead of between its batches, and a group written without pause is still
-- judged. Portable SQL (H2 2.x and PostgreSQL 13+).
alter table detection_queue add column touched_at timestamp(6) with time zone;
