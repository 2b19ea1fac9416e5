-- Sources fetched by URL (issue 13). Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.
-- docs/data-model.md ("Source", "source_text", "topic_source") describes the tables.

-- What the last fetch of a source left: when, and the validators that make the next one conditional.
alter table source add column fetched_at timestamp(6) with time zone;
alter table source add column http_etag varchar(500);
alter table source add column http_last_modified varchar(100);
-- The number of the current text version (null while the source has no text).
alter table source add column text_version integer;

-- Every text a source has had, numbered from 1: articles get corrected, and quotes taken from an
-- older text stay readable. The current one is also in source.body_text.
create table source_text (
    source_id       uuid          not null references source (id) on delete cascade,
    version_no      integer       not null,
    body_text       varchar(1000000) not null,
    text_sha256     varchar(64)   not null,
    text_flags      varchar(500),
    origin          varchar(20)   not null,
    fetched_url     varchar(2048),
    charset         varchar(40),
    charset_source  varchar(300),
    created_by      varchar(200)  not null,
    created_at      timestamp(6) with time zone not null,
    primary key (source_id, version_no)
);

insert into source_text (source_id, version_no, body_text, text_sha256, text_flags, origin, created_by, created_at)
    select id, 1, body_text, text_sha256, text_flags, 'CREATED', 'system', created_at from source
    where body_text is not null;
update source set text_version = 1 where body_text is not null;

-- Which text version an appearance's offsets point into, and whether its quote is still in the
-- source's current text (CURRENT) or only in the version it names (STALE).
alter table appearance add column text_version integer;
alter table appearance add column quote_status varchar(20) default 'CURRENT' not null;
update appearance set text_version = 1 where start_offset is not null;

-- The sources a topic follows (fetched from its feeds, or added with the source).
create table topic_source (
    topic_id   uuid not null references topic (id) on delete cascade,
    source_id  uuid not null references source (id) on delete cascade,
    added_at   timestamp(6) with time zone not null,
    primary key (topic_id, source_id)
);
create index ix_topic_source_source on topic_source (source_id);
