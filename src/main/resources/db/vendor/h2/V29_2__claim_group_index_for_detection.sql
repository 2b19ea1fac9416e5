-- Conflict detection on H2 at 1M claims (issue 12; docs/benchmarks.md, "H2 at 1M claims"). Every write
-- queues its (subject, metric) group, and the detection worker then reads the whole group (up to
-- crosscheck.conflicts.group-cap claims) with every column a DetectionRow holds: through V1's foreign-key
-- index that fetched one claim row per claim, spread over the whole table (1,080 page reads for a group of
-- 500 claims at 100k, ~10x at 1M), next to the writes on the same cores. V29's group index is widened to
-- hold those columns too, so the worker reads the group from the index alone (165 page reads for the same
-- group), as the comparison does; ConflictService filters the group on claim.metric_id so that H2 can use it.
drop index ix_claim_group;
create index ix_claim_group on claim (subject_id, metric_id, id, figure_currency, figure_unit, figure_kind,
    figure_low, figure_high, figure_value, verdict, figure_category, figure_text, figure_lang, figure_step,
    figure_flags, figure_nature, claimant_id, scope, as_of, period_start, period_end, language, updated_at);
