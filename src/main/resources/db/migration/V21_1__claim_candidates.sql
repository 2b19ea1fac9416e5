-- Claim candidates (issue 13): every figure found in a source's text, with the subject, metric and
-- claimant inferred for it, waiting for a reviewer to accept (a claim, or a new appearance of an
-- existing one) or reject it. Portable SQL (H2 2.x and PostgreSQL 13+); docs/data-model.md.
create table claim_candidate (
    id                  uuid primary key,
    source_id           uuid          not null references source (id) on delete cascade,
    text_version        integer       not null,
    lang                varchar(16)   not null,
    figure_start        integer       not null,
    figure_end          integer       not null,
    quote_start         integer       not null,
    quote_end           integer       not null,
    quote               varchar(2000) not null,
    figure_text         varchar(200)  not null,
    dimension           varchar(20)   not null,
    figure_kind         varchar(20)   not null,
    figure_value        numeric(38, 10),
    figure_low          numeric(38, 10),
    figure_high         numeric(38, 10),
    figure_currency     varchar(3),
    figure_unit         varchar(100),
    subject_id          uuid          references named_entity (id) on delete set null,
    subject_confidence  double precision not null,
    metric_id           uuid          references metric (id) on delete set null,
    metric_confidence   double precision not null,
    claimant_id         uuid          references named_entity (id) on delete set null,
    claimant_confidence double precision not null,
    attribution         varchar(500),
    scope               varchar(500),
    state               varchar(20)   not null,
    reason              varchar(1000),
    claim_id            uuid          references claim (id) on delete set null,
    attached            boolean       not null,
    decided_by          varchar(200),
    decided_at          timestamp(6) with time zone,
    version             bigint        not null,
    created_at          timestamp(6) with time zone not null,
    updated_at          timestamp(6) with time zone not null,
    constraint uq_claim_candidate_figure unique (source_id, text_version, figure_start, figure_end)
);
create index ix_claim_candidate_state on claim_candidate (state, id);
create index ix_claim_candidate_subject on claim_candidate (subject_id);
create index ix_claim_candidate_metric on claim_candidate (metric_id);
create index ix_claim_candidate_claimant on claim_candidate (claimant_id);
create index ix_claim_candidate_claim on claim_candidate (claim_id);
