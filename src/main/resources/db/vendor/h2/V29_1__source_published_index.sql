-- A comparison's earliest and latest published claims (ComparisonService) join every claim of the group
-- to its first appearance and source: on H2 at 1M claims that read 5,000 appearance rows spread over the
-- whole table, twice per axis (1,810 page reads for 500 claims at 100k). The comparison first asks for the
-- newest published date of any source; H2 answers max() from this index's last entry ("direct lookup",
-- 86 reads cold), and when no source is dated neither query runs. PostgreSQL answers the same max() from
-- its partial index (V23_1).
create index ix_source_published on source (published_date);
