-- Issue 15: a figure is a LEVEL ("inflation at 4,9 %") or a CHANGE ("une hausse de 3 %", "down 5%"),
-- and carries how it was read (an ambiguous currency such as "francs" or "¥", exclusive bounds as in
-- "more than 15"). Claims stored before this migration are levels with no flags. Portable SQL (H2 2.x
-- and PostgreSQL 13+); docs/data-model.md, ADR 0013.
alter table claim add column figure_nature varchar(10) default 'LEVEL' not null;
alter table claim add column figure_flags varchar(200);
alter table claim add constraint ck_claim_figure_nature check (figure_nature in ('LEVEL', 'CHANGE'));
