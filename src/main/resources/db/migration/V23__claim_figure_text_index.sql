-- An import checks each batch of rows for claims already stored with the same subject, metric and
-- figure text (ImportWriter.storedKeys: figure_text in (the batch's texts)). Without an index on the
-- text that check read every claim of the batch's subjects and metrics: at 1M claims, most of the
-- table, for every batch of 500 rows. Figure texts are selective (the same text on one subject and
-- metric is what a duplicate is), so the text alone leads the index; subject and metric stay filters,
-- which keeps the planner from multiplying the three IN lists into index probes.
create index ix_claim_figure_text on claim (figure_text);
