-- Full-text search of claims on PostgreSQL (issue 12; docs/adr/0003-claim-search.md). This folder is
-- read only by PostgreSQL builds; H2 builds read db/vendor/h2, whose V14_1 does the same with a term table.
--
-- What is searched: the statement, the figure as written and the scope (as the substring search before).
-- Accents and case are folded by crosscheck_fold (no unaccent extension needed); words are stemmed with
-- the text search configuration of the claim's language (crosscheck_search_config). The query is folded
-- and parsed the same way (websearch_to_tsquery), so "elevé" finds "élevé" and "MILLIARD" "milliards".
-- crosscheck_fold also turns < and > into spaces: PostgreSQL's parser reads "<script>…</script>" as
-- markup and drops the words inside, and a claim's text is never markup.

create function crosscheck_fold(t text) returns text language sql immutable parallel safe as $$
  select translate(replace(replace(replace(replace(replace(replace(lower(t),
    'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae'), 'ß', 'ss'), 'ẞ', 'ss'),
    'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹØøĐđŁłĦħı<>',
    'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYyAaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwyAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYyOoDdLlHhi  ')
$$;

-- The stemming of a claim's language: French, English, Spanish; other languages are only folded.
-- Adding a language: change this function, then "update claim set language = language where ..." so the
-- stored vectors are computed again, and add the configuration to ClaimSearch.CONFIGS.
create function crosscheck_search_config(language text) returns regconfig language sql immutable parallel safe as $$
  select (case split_part(language, '-', 1)
    when 'fr' then 'french' when 'en' then 'english' when 'es' then 'spanish' else 'simple' end)::regconfig
$$;

alter table claim add column search_vector tsvector generated always as (
  to_tsvector(crosscheck_search_config(language),
    crosscheck_fold(statement || ' ' || figure_text || ' ' || coalesce(scope, '')))) stored;

create index ix_claim_search on claim using gin (search_vector);
