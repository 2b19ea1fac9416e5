-- Comparisons on H2 at 1M claims (issue 12; docs/benchmarks.md, "H2 at 1M claims"). A comparison reads
-- one (subject, metric) group several times: the axis aggregate, the two sweeps by bound, the median,
-- the doubtful and vague id lists, and its first page in id order. Through V1's (subject_id, metric_id)
-- index each read fetched every claim row of the group: the group's claims are spread over the whole
-- table (one page per claim at 1M, 5,000 pages for 5,000 claims), far more than H2's page cache holds,
-- so every read of the group went back to the file. H2 has no INCLUDE, but it answers a query from an
-- index alone when the index holds every column the query reads (EXPLAIN ANALYZE: 1,076 page reads for
-- the sweep of 500 claims at 100k before, 73 after). The index is ordered (subject_id, metric_id, id) so
-- that the first page of a subject and metric is read in index order and stops after one page
-- (ComparisonService orders it "subject_id, metric_id, id", which is id order within the group).
-- PostgreSQL has its own covering index (db/vendor/postgresql/V27_1).
create index ix_claim_group on claim (subject_id, metric_id, id, figure_currency, figure_unit, figure_kind,
    figure_low, figure_high, figure_value, verdict);
-- Every use of V1's (subject_id, metric_id) index is served by the new one's first columns.
drop index ix_claim_subject_metric;
-- claim_term's foreign key to claim has an index of its own on claim_id (H2 made it with the key, V14_1
-- created the table), so V14_1's ix_claim_term_claim was a second identical index: one more tree to
-- update for each of the ~20 words of every claim written.
drop index ix_claim_term_claim;
