-- Shared rate limits (issue 12, ADR 0007), used when crosscheck.security.rate-limit.store=database:
-- one token bucket per key, taken with one conditional UPDATE so that every instance draws from the
-- same bucket. A row exists only while its bucket is not full: full_at is when it will be, and rows
-- past it are deleted (a missing row is a full bucket). Portable SQL (H2 2.x and PostgreSQL 13+).
create table rate_bucket (
    bucket_key  varchar(200)      primary key,
    tokens      double precision  not null,
    updated_ms  bigint            not null,
    full_at_ms  bigint            not null
);
create index rate_bucket_full_at on rate_bucket (full_at_ms);
