-- Report files in the database (issue 12, ADR 0006): any instance serves any report. A file is
-- written as numbered chunks while it is streamed, then published by its report_file row, so a
-- reader sees the old file or the whole new one. H2: varbinary chunks (PostgreSQL has its own file, bytea).
create table report_chunk (
    blob_id     uuid     not null,
    report_date date     not null,
    seq         integer  not null,
    data        varbinary(1048576) not null,
    primary key (blob_id, seq)
);
create index report_chunk_date on report_chunk (report_date);

create table report_file (
    report_date date          not null references report_run (report_date) on delete cascade,
    name        varchar(200)  not null,
    blob_id     uuid          not null,
    size        bigint        not null,
    sha256      varchar(64)   not null,
    chunks      integer       not null,
    primary key (report_date, name)
);
