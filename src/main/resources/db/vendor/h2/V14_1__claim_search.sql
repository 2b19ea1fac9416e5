-- Full-text search of claims on H2 (issue 12; docs/adr/0003-claim-search.md). This folder is read only
-- by H2 builds; PostgreSQL builds read db/vendor/postgresql, whose V14_1 uses tsvector and GIN instead.
--
-- H2 has no inverted index that can be combined with other filters and paged by id, so the words of
-- each claim (statement, figure as written, scope), folded by io.crosscheck.claim.search.SearchText,
-- are kept in claim_term by a trigger: every writer (the API, imports, bulk JDBC loads) is covered.
-- The primary key (term, claim_id) lists the claims holding a word in id order, which is the list's order.

create table claim_term (
    term      varchar(64) not null,
    claim_id  uuid        not null references claim (id) on delete cascade,
    hits      integer     not null,
    primary key (term, claim_id)
);
create index ix_claim_term_claim on claim_term (claim_id);

create trigger tr_claim_terms after insert, update on claim for each row
    call 'io.crosscheck.claim.search.ClaimTermTrigger';

-- Claims stored before this migration: an update that changes nothing runs the trigger once per row.
update claim set statement = statement;
