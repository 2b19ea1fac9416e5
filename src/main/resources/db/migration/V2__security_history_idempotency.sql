-- API keys, edit history and idempotent POSTs. Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.

-- An API key is stored as the SHA-256 of its secret: the secret is 256 random bits, so a slow
-- password hash would add nothing (nobody can guess it), and a fast hash allows a lookup by index.
create table api_key (
    id           uuid primary key,
    name         varchar(100) not null,
    role         varchar(10)  not null,
    secret_hash  varchar(64)  not null,
    key_prefix   varchar(16)  not null,
    revoked_at   timestamp(6) with time zone,
    version      bigint       not null,
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    constraint uq_api_key_secret_hash unique (secret_hash)
);

-- One row per change to a resource, written in the same transaction as the change. resource_type
-- and resource_id (no foreign key) keep the history of deleted resources and leave room for other
-- kinds (claim links) later.
create table history_entry (
    id             uuid primary key,
    resource_type  varchar(40)  not null,
    resource_id    uuid         not null,
    action         varchar(10)  not null,
    actor          varchar(100) not null,
    at             timestamp(6) with time zone not null,
    changes        varchar(1000000) not null
);
create index ix_history_entry_resource on history_entry (resource_type, resource_id, id);

-- The first response to a POST carrying an Idempotency-Key, replayed when the same key comes again.
-- status 0 marks a request still being processed.
create table idempotency_record (
    owner          varchar(100)  not null,
    idem_key       varchar(200)  not null,
    request_hash   varchar(64)   not null,
    status         integer       not null,
    location       varchar(2048),
    etag           varchar(100),
    body           varchar(1000000),
    created_at     timestamp(6) with time zone not null,
    expires_at     timestamp(6) with time zone not null,
    primary key (owner, idem_key)
);
create index ix_idempotency_record_expires on idempotency_record (expires_at);
