-- Metrics for one-language desks and for inferring metrics from text (issue 13).
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+. docs/data-model.md describes it.

-- A metric needs a label in at least one language, not in both (an English-only desk gives labelEn).
alter table metric alter column label_fr drop not null;
alter table metric alter column label_en drop not null;
alter table metric add constraint ck_metric_label check (label_fr is not null or label_en is not null);

-- Words that, near a figure, point at this metric ("entraînement", "training run"), per language.
create table metric_trigger (
    metric_id      uuid         not null references metric (id) on delete cascade,
    trigger_index  integer      not null,
    lang           varchar(16)  not null,
    phrase         varchar(100) not null,
    primary key (metric_id, trigger_index)
);
