package io.crosscheck.claim.search;

import io.crosscheck.common.Database;
import io.crosscheck.common.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The claim list as one SQL query per page: filters, full-text search and keyset paging, written so
 * that each filter is answered from an index read in page order (see V14 and V14_1, and the plans in
 * docs/benchmarks.md). Returns ids; the caller loads the claims.
 *
 * <p>Search is PostgreSQL's full text (a stored {@code tsvector} per claim, stemmed in the claim's
 * language, GIN index, {@code websearch_to_tsquery}) or, on H2, the {@code claim_term} table; both
 * fold accents and case. See docs/adr/0003-claim-search.md.
 */
@ApplicationScoped
public class ClaimSearch {

    /**
     * The text search configurations of {@code crosscheck_search_config} (V14_1, PostgreSQL): one branch
     * per configuration, so that each can use the GIN index with its own reading of the query.
     */
    static final List<String> CONFIGS = List.of("french", "english", "spanish", "simple");

    /** Filters, already resolved to ids; null means "any". An empty list of subjects or claimants matches nothing. */
    public record Criteria(List<UUID> subjects, List<UUID> claimants, UUID metric, UUID source, String topic,
            String verdict, String lang, String q) {
    }

    /** Where a page starts: after this id (id order), or after this rank and id (relevance order). */
    public record After(Float rank, UUID id) {
    }

    /** One row of a page; {@code rank} is set in relevance order. */
    public record Hit(UUID id, Float rank) {
    }

    private final EntityManager em;
    private final boolean postgresql;

    ClaimSearch(EntityManager em, Database database) {
        this.em = em;
        this.postgresql = database.postgresql();
    }

    /** Up to {@code fetch} claims matching {@code criteria} after {@code after}, in id order or by relevance. */
    public List<Hit> page(Criteria criteria, boolean relevance, After after, int fetch) {
        SearchQuery query = criteria.q() == null ? null : SearchQuery.parse(criteria.q());
        if (query != null && query.matchesNothing() || isEmpty(criteria.subjects()) || isEmpty(criteria.claimants())) {
            return List.of();
        }
        Sql sql = postgresql ? postgresql(criteria, query, relevance) : h2(criteria, query, relevance);
        if (relevance) {
            sql = rankedPage(sql, after);
        } else if (after != null) {
            sql.and(sql.idColumn + " > ?", after.id());
        }
        sql.text.append(relevance ? " order by r.rank desc, r.id" : " order by " + sql.order).append(" limit ?");
        sql.params.add(fetch);
        var nativeQuery = em.createNativeQuery(sql.numbered());
        for (int i = 0; i < sql.params.size(); i++) {
            nativeQuery.setParameter(i + 1, sql.params.get(i));
        }
        List<Hit> hits = new ArrayList<>();
        for (Object row : nativeQuery.getResultList()) {
            if (relevance) {
                Object[] r = (Object[]) row;
                hits.add(new Hit(Ids.fromColumn(r[0]), ((Number) r[1]).floatValue()));
            } else {
                hits.add(new Hit(Ids.fromColumn(row), null));
            }
        }
        return hits;
    }

    private static boolean isEmpty(List<UUID> ids) {
        return ids != null && ids.isEmpty();
    }

    private Sql postgresql(Criteria criteria, SearchQuery query, boolean relevance) {
        Sql sql = new Sql("c.id", leading(criteria).order());
        String folded = "crosscheck_fold(?)";
        sql.text.append("select c.id");
        if (relevance) {
            sql.text.append(", ts_rank_cd(c.search_vector, websearch_to_tsquery(crosscheck_search_config(c.language), ")
                    .append(folded).append(")) as rank");
            sql.params.add(criteria.q());
        }
        sql.text.append(" from claim c");
        filters(sql, criteria);
        if (query != null) {
            List<String> branches = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (String config : CONFIGS) {
                branches.add("(crosscheck_search_config(c.language) = cast('" + config + "' as regconfig)"
                        + " and c.search_vector @@ websearch_to_tsquery('" + config + "', " + folded + "))");
                values.add(criteria.q());
            }
            sql.and("(" + String.join(" or ", branches) + ")", values.toArray());
        }
        return sql;
    }

    private Sql h2(Criteria criteria, SearchQuery query, boolean relevance) {
        String driver = query == null ? null : driver(query);
        Leading leading = leading(criteria);
        Sql sql = driver == null ? new Sql("c.id", leading.order()) : new Sql("d.claim_id", "d.term, d.claim_id");
        sql.text.append("select c.id");
        if (relevance) {
            List<String> words = List.copyOf(query.positiveWords());
            sql.text.append(", cast((select coalesce(sum(x.hits), 0) from claim_term x where x.claim_id = c.id and x.term in (")
                    .append(String.join(", ", words.stream().map(w -> "?").toList())).append(")) as real) as rank");
            sql.params.addAll(words);
        }
        if (driver == null) {
            sql.text.append(" from claim c").append(leading.index() == null ? "" : " use index (" + leading.index() + ")");
        } else {
            // Read the rarest-looking word's claims in id order from the term table's primary key.
            sql.text.append(" from claim_term d join claim c on c.id = d.claim_id");
            sql.and("d.term = ?", driver);
        }
        filters(sql, criteria);
        if (query != null) {
            for (List<List<String>> group : query.required()) {
                List<String> alternatives = new ArrayList<>();
                List<Object> values = new ArrayList<>();
                for (List<String> words : group) {
                    List<String> all = new ArrayList<>();
                    for (String w : words) {
                        if (!w.equals(driver) || group.size() > 1) {
                            all.add(HAS_WORD);
                            values.add(w);
                        }
                    }
                    alternatives.add(all.isEmpty() ? null : "(" + String.join(" and ", all) + ")");
                }
                if (!alternatives.contains(null)) {
                    sql.and("(" + String.join(" or ", alternatives) + ")", values.toArray());
                }
            }
            for (List<String> words : query.excluded()) {
                sql.and("not (" + String.join(" and ", words.stream().map(w -> HAS_WORD).toList()) + ")",
                        words.toArray());
            }
        }
        return sql;
    }

    private static final String HAS_WORD = "exists (select 1 from claim_term x where x.term = ? and x.claim_id = c.id)";

    /**
     * The word whose claims are read first: from a group with a single alternative (so every match has
     * it), the longest one, longer words being rarer. Null when every group offers alternatives.
     */
    static String driver(SearchQuery query) {
        return query.required().stream().filter(g -> g.size() == 1).flatMap(g -> g.get(0).stream())
                .max(Comparator.comparingInt(String::length)).orElse(null);
    }

    /**
     * The page order. It is always id order, but written as "the most selective equality filter's
     * column, then id" when there is one, with that column's (column, id) index named on H2: H2 reads
     * an index in order and stops after one page only when the ORDER BY starts with the index's columns
     * (it does not drop a column fixed by "= value", which PostgreSQL does), and left alone it may take
     * the single-column index of a foreign key and sort every match. With a topic or a source, whose
     * claims are few (a topic holds at most 1,000), those are read first, in id order.
     */
    record Leading(String order, String index) {
        static final Leading ID = new Leading("c.id", null);
    }

    static Leading leading(Criteria c) {
        if (c.topic() != null || c.source() != null) {
            return Leading.ID;
        }
        if (c.subjects() != null && c.subjects().size() == 1) {
            return new Leading("c.subject_id, c.id", "ix_claim_subject_id");
        }
        if (c.claimants() != null && c.claimants().size() == 1) {
            return new Leading("c.claimant_id, c.id", "ix_claim_claimant_id");
        }
        if (c.metric() != null) {
            return new Leading("c.metric_id, c.id", "ix_claim_metric_id");
        }
        if (c.verdict() != null) {
            return new Leading("c.verdict, c.id", "ix_claim_verdict_id");
        }
        if (c.lang() != null) {
            return new Leading("c.language, c.id", "ix_claim_language_id");
        }
        return Leading.ID;
    }

    private static void filters(Sql sql, Criteria c) {
        if (c.subjects() != null) {
            sql.and(in("c.subject_id", c.subjects().size()), c.subjects().toArray());
        }
        if (c.claimants() != null) {
            sql.and(in("c.claimant_id", c.claimants().size()), c.claimants().toArray());
        }
        if (c.metric() != null) {
            sql.and("c.metric_id = ?", c.metric());
        }
        if (c.source() != null) {
            sql.and("c.id in (select a.claim_id from appearance a where a.source_id = ?)", c.source());
        }
        if (c.topic() != null) {
            sql.and("c.id in (select tc.claim_id from topic_claim tc join topic t on t.id = tc.topic_id where t.slug = ?)",
                    c.topic());
        }
        if (c.verdict() != null) {
            sql.and("c.verdict = ?", c.verdict());
        }
        if (c.lang() != null) {
            sql.and("c.language = ?", c.lang());
        }
    }

    /** Relevance order pages by (rank descending, id): the query becomes a derived table filtered on both. */
    private static Sql rankedPage(Sql inner, After after) {
        Sql outer = new Sql("r.id", "r.rank desc, r.id");
        outer.text.append("select r.id, r.rank from (").append(inner.text).append(") r");
        outer.params.addAll(inner.params);
        if (after != null) {
            outer.and("(r.rank < cast(? as real) or (r.rank = cast(? as real) and r.id > ?))", after.rank(), after.rank(),
                    after.id());
        }
        return outer;
    }

    private static String in(String column, int n) {
        return n == 1 ? column + " = ?" : column + " in (" + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
    }

    /** A query being written: text with {@code ?} markers and their values in order. */
    private static final class Sql {
        final StringBuilder text = new StringBuilder();
        final List<Object> params = new ArrayList<>();
        final String idColumn;
        final String order;
        private boolean where;

        Sql(String idColumn, String order) {
            this.idColumn = idColumn;
            this.order = order;
        }

        void and(String condition, Object... values) {
            text.append(where ? " and " : " where ").append(condition);
            where = true;
            params.addAll(List.of(values));
        }

        /** JPA native queries take numbered parameters. */
        String numbered() {
            StringBuilder out = new StringBuilder(text.length() + 16);
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '?') {
                    out.append('?').append(++n);
                } else {
                    out.append(ch);
                }
            }
            return out.toString();
        }
    }
}
