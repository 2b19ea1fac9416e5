-- Crosscheck schema. Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.

create table source (
    id              uuid primary key,
    url             varchar(2048) not null,
    canonical_url   varchar(2048) not null,
    title           varchar(500)  not null,
    publisher       varchar(200)  not null,
    author          varchar(200),
    language        varchar(16)   not null,
    published_date  date,
    body_text       varchar(1000000),
    text_sha256     varchar(64),
    version         bigint        not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    constraint uq_source_canonical_url unique (canonical_url)
);

create table named_entity (
    id           uuid primary key,
    name         varchar(200) not null,
    kind         varchar(20)  not null,
    wikidata_id  varchar(20),
    description  varchar(1000),
    version      bigint       not null,
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null
);
create index ix_named_entity_name on named_entity (name);

create table entity_alias (
    entity_id    uuid         not null references named_entity (id) on delete cascade,
    alias_index  integer      not null,
    alias        varchar(200) not null,
    primary key (entity_id, alias_index)
);

create table metric (
    id            uuid primary key,
    metric_key    varchar(64)  not null,
    label_fr      varchar(200) not null,
    label_en      varchar(200) not null,
    dimension     varchar(20)  not null,
    multi_valued  boolean      not null,
    description   varchar(1000),
    version       bigint       not null,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    constraint uq_metric_key unique (metric_key)
);

create table claim (
    id                 uuid primary key,
    subject_id         uuid          not null references named_entity (id),
    metric_id          uuid          not null references metric (id),
    claimant_id        uuid          references named_entity (id),
    figure_kind        varchar(20)   not null,
    figure_value       numeric(38, 10),
    figure_low         numeric(38, 10),
    figure_high        numeric(38, 10),
    figure_currency    varchar(3),
    figure_unit        varchar(100),
    figure_category    varchar(200),
    figure_text        varchar(200)  not null,
    figure_lang        varchar(16),
    scope              varchar(500),
    as_of              date,
    period_start       date,
    period_end         date,
    statement          varchar(2000) not null,
    language           varchar(16)   not null,
    verdict            varchar(20)   not null,
    verdict_rationale  varchar(4000),
    version            bigint        not null,
    created_at         timestamp(6) with time zone not null,
    updated_at         timestamp(6) with time zone not null
);
create index ix_claim_subject_metric on claim (subject_id, metric_id);
create index ix_claim_metric on claim (metric_id);
create index ix_claim_claimant on claim (claimant_id);
create index ix_claim_verdict on claim (verdict);

create table appearance (
    id                uuid primary key,
    claim_id          uuid          not null references claim (id) on delete cascade,
    source_id         uuid          not null references source (id),
    quote             varchar(2000) not null,
    start_offset      integer,
    end_offset        integer,
    attribution       varchar(500),
    first_appearance  boolean       not null,
    version           bigint        not null,
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null
);
create index ix_appearance_claim on appearance (claim_id);
create index ix_appearance_source on appearance (source_id);

create table topic (
    id           uuid primary key,
    slug         varchar(80)   not null,
    title        varchar(300)  not null,
    description  varchar(2000),
    version      bigint        not null,
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    constraint uq_topic_slug unique (slug)
);

create table topic_claim (
    topic_id  uuid not null references topic (id) on delete cascade,
    claim_id  uuid not null references claim (id) on delete cascade,
    primary key (topic_id, claim_id)
);
create index ix_topic_claim_claim on topic_claim (claim_id);

-- Data sets loaded once per database (the demo dossier); the primary key makes loading race-free
-- when several instances start together on one PostgreSQL.
create table seed_marker (
    name       varchar(100) primary key,
    loaded_at  timestamp(6) with time zone not null
);
