-- Widget change stamps (issue 12; docs/embedding.md, "Caching"). Every transaction that changes
-- something through Hibernate adds 1 to one of these 16 rows just before it commits (LocalWrites),
-- so the sum of "changes" grows with every commit, whichever instance made it. The global stamp reads
-- these 16 rows instead of counting whole tables. Slots spread concurrent writers: a transaction
-- locks one row, as its last statement, so writers never wait on each other for long or deadlock.
create table change_counter (
    slot     integer not null primary key,
    changes  bigint  not null
);
insert into change_counter (slot, changes) values
    (0, 0), (1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (6, 0), (7, 0),
    (8, 0), (9, 0), (10, 0), (11, 0), (12, 0), (13, 0), (14, 0), (15, 0);
