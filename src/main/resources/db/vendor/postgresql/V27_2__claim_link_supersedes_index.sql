-- Comparisons count a claim as doubtful when a live SUPERSEDES link points at it (ComparisonService.IN_DOUBT,
-- claim/Disputes). Without an index on exactly those links PostgreSQL answers the "exists" for a whole axis
-- by scanning every SUPERSEDES entry of the (from, to, type) unique key, and the plan's cost then passes
-- jit_above_cost: on bench100k (111,756 links) the axis aggregate took 57 ms, 32 of them compiling it.
-- With this partial index (a handful of rows) the same aggregate takes 2 ms and is not compiled (ADR 0015).
create index ix_claim_link_supersedes on claim_link (to_claim_id)
    where link_type = 'SUPERSEDES' and state <> 'DISMISSED';
