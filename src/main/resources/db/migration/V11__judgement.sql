-- Conflict judgement (issue 11). Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.

-- The rounding step of a point figure as written ("5,6 millions" 100000, "6 millions" 1000000), null
-- for ranges, bounds and categories. V11_1 (a Java migration) fills it for existing claims and
-- re-derives their intervals from the figure's text under the new precision rule.
alter table claim add column figure_step numeric(38, 10);

-- What the judgement said of a link's two figures when it was made: the relative gap between the
-- stated values (0..1), the outcome (AGREE, ROUNDING_REVIEW, DIFFER, NOT_COMPARABLE) and the rule
-- that decided. Null for links whose figures cannot be compared. V11_2 judges existing links.
alter table claim_link add column gap numeric(7, 6);
alter table claim_link add column judgement varchar(20);
alter table claim_link add column judgement_reason varchar(30);

-- The review queue: one state, largest gap first, then id (keyset paging on (gap, id)).
create index ix_claim_link_queue on claim_link (state, gap desc nulls last, id);
