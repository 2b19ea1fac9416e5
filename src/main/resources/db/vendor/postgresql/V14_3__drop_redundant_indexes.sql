-- The (filter, id) indexes of V14 lead with the same columns as these single-column ones, which only
-- cost writes now. H2 keeps them (it binds foreign keys to them; see V14).
drop index if exists ix_claim_metric;
drop index if exists ix_claim_claimant;
drop index if exists ix_appearance_source;
