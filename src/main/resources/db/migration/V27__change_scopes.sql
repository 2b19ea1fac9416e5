-- Comparison widget stamps scoped to their subject and metric (issue 12; ADR 0015; docs/embedding.md,
-- "Caching"). A transaction that writes claims, appearances or links adds 1, just before it commits,
-- to the counter of each (subject, metric) group it touched and of each subject (slot hashed from the
-- ids: 1..32767 for groups, 32768..65535 for subjects), and to slot 0 when it edits or deletes an
-- entity, metric or source (LocalWrites, ChangeStamps.bumpScopes). A comparison widget's stamp reads
-- slot 0 and its groups' slots, so a write elsewhere leaves it cached. Slots are pre-created (65,536
-- small rows), so a bump is a plain update on every database, never an upsert.
create table change_scope (
    slot     integer not null primary key,
    changes  bigint  not null
);
insert into change_scope (slot, changes)
select a.d * 4096 + b.d * 256 + c.d * 16 + e.d, 0
from (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15)) a (d)
cross join (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15)) b (d)
cross join (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15)) c (d)
cross join (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15)) e (d);
