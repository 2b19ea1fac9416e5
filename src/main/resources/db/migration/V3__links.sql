-- Links between claims (issue 4). Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.
-- Symmetric types are stored once, with from_claim_id < to_claim_id (see LinkType), so the unique
-- constraint also forbids the same symmetric link in the other direction.

create table claim_link (
    id              uuid primary key,
    from_claim_id   uuid          not null references claim (id) on delete cascade,
    to_claim_id     uuid          not null references claim (id) on delete cascade,
    link_type       varchar(20)   not null,
    rationale       varchar(2000),
    author          varchar(200),
    origin          varchar(20)   not null,
    state           varchar(20)   not null,
    decision_rationale   varchar(2000),
    decided_by      varchar(200),
    decided_at      timestamp(6) with time zone,
    version         bigint        not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    constraint uq_claim_link unique (from_claim_id, to_claim_id, link_type),
    constraint ck_claim_link_not_self check (from_claim_id <> to_claim_id)
);
create index ix_claim_link_to on claim_link (to_claim_id);
create index ix_claim_link_state on claim_link (state, id);
