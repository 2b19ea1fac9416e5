-- Feeds (issue 13): RSS and Atom feeds polled on a schedule; each new item is fetched as a source.
-- The poller's state (validators, last result, backoff, lease) lives on the feed row; feed_item
-- remembers every item link seen (canonical form), so a repeated item is not fetched twice.
-- Portable SQL (H2 2.x and PostgreSQL 13+); docs/data-model.md.
create table feed (
    id                   uuid primary key,
    url                  varchar(2048) not null,
    canonical_url        varchar(2048) not null,
    topic_id             uuid          references topic (id) on delete set null,
    interval_seconds     bigint        not null,
    http_etag            varchar(500),
    http_last_modified   varchar(500),
    title                varchar(500),
    last_polled_at       timestamp(6) with time zone,
    last_status          integer,
    last_reason          varchar(40),
    last_error           varchar(2000),
    last_success_at      timestamp(6) with time zone,
    next_attempt_at      timestamp(6) with time zone not null,
    consecutive_failures integer       not null,
    items_queued         bigint        not null,
    lease_until          timestamp(6) with time zone,
    lease_owner          varchar(100),
    version              bigint        not null,
    created_at           timestamp(6) with time zone not null,
    updated_at           timestamp(6) with time zone not null,
    constraint uq_feed_canonical_url unique (canonical_url)
);
create index ix_feed_next_attempt on feed (next_attempt_at);

create table feed_item (
    id            uuid primary key,
    feed_id       uuid          not null references feed (id) on delete cascade,
    canonical_url varchar(2048) not null,
    url           varchar(2048) not null,
    title         varchar(500),
    state         varchar(20)   not null,
    attempts      integer       not null,
    source_id     uuid          references source (id) on delete set null,
    job_id        uuid,
    error         varchar(2000),
    first_seen_at timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    constraint uq_feed_item_url unique (feed_id, canonical_url)
);
