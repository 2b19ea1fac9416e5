-- API key names become unique, ignoring case: a key's name is what the history records as the
-- author of a change, so two keys must never share one. name_key is the name as compared
-- (lower-cased by the application after Unicode NFKC normalisation; lower-cased here for the rows
-- that exist). Portable SQL: the same file runs on H2 2.x and PostgreSQL.
alter table api_key add column name_key varchar(100);
update api_key set name_key = lower(name);

-- Rows that would break the rule keep their key but get a suffix from their id: every key sharing
-- a name with an older one, and keys named after actors the application records itself.
update api_key
   set name = left(name, 87) || '-' || substring(cast(id as varchar(36)), 25, 12),
       name_key = left(name_key, 87) || '-' || substring(cast(id as varchar(36)), 25, 12)
 where lower(name) in ('system', 'anonymous')
    or exists (select 1 from api_key older
                where older.name_key = api_key.name_key
                  and (older.created_at < api_key.created_at
                       or older.created_at = api_key.created_at and older.id < api_key.id));

alter table api_key alter column name_key set not null;
alter table api_key add constraint uq_api_key_name_key unique (name_key);
