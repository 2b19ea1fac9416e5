-- Metric labels keyed by language (issue 15, docs/adr/0014-language-keyed-api.md): one row per
-- (metric, supported language) instead of the label_fr and label_en columns, so a third language
-- (Spanish) and the next ones need no schema change.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+. docs/data-model.md describes it.

create table metric_label (
    metric_id  uuid         not null references metric (id) on delete cascade,
    lang       varchar(16)  not null,
    label      varchar(200) not null,
    primary key (metric_id, lang)
);

-- Every label kept so far moves over unchanged; a metric keeps at least one (V21's check held).
insert into metric_label (metric_id, lang, label)
    select id, 'fr', label_fr from metric where label_fr is not null;
insert into metric_label (metric_id, lang, label)
    select id, 'en', label_en from metric where label_en is not null;

-- "At least one label" is now the service's rule (a check cannot span two tables).
alter table metric drop constraint ck_metric_label;
alter table metric drop column label_fr;
alter table metric drop column label_en;
