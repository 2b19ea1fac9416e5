-- Indexes for the claim list (issue 12). Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.
-- The list is paged by id ("filter = x and id > cursor order by id limit n"): an index on (filter, id)
-- is read in that order from the cursor on and stopped after one page, on both databases, whatever the
-- number of matching rows. The single-column indexes they replace served only the equality.
-- Plans checked with EXPLAIN at 100k and 1M claims: docs/benchmarks.md, "Claim list and search".
create index ix_claim_metric_id on claim (metric_id, id);
create index ix_claim_subject_id on claim (subject_id, id);
create index ix_claim_claimant_id on claim (claimant_id, id);
create index ix_claim_verdict_id on claim (verdict, id);
create index ix_claim_language_id on claim (language, id);
drop index ix_claim_verdict;
-- The single-column indexes of foreign-key columns (metric, claimant, appearance.source) stay here:
-- H2 binds a foreign key to such an index when a table is rebuilt (V11 adds columns), and then
-- refuses to drop it. PostgreSQL drops them in db/vendor/postgresql/V14_3.

-- "Claims of a source", in claim order.
create index ix_appearance_source_claim on appearance (source_id, claim_id);

-- Report windows: claims created, and claims updated, in [start, end).
create index ix_claim_created_at on claim (created_at);
create index ix_claim_updated_at on claim (updated_at);
