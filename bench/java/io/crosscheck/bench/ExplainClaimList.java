package io.crosscheck.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * Prints the plans of the claim list's queries (bench/explain-claims.sh; docs/benchmarks.md, "Claim list
 * and search"): migrates the database with Flyway (the app's locations for its kind), fills it with
 * {@link ExportBenchData} when it holds fewer than N claims, then runs {@code EXPLAIN ANALYZE} on the
 * SQL that {@code io.crosscheck.claim.search.ClaimSearch} writes for each filter, one page of 21 rows.
 *
 * <p>Arguments: JDBC URL, number of claims, then optional {@code user=} and {@code password=}.
 */
public final class ExplainClaimList {

    private ExplainClaimList() {
    }

    public static void main(String[] args) throws Exception {
        String[] a = args.length == 1 ? args[0].trim().split("\\s+") : args;
        String url = a[0];
        int n = Integer.parseInt(a[1]);
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 2; i < a.length; i++) {
            String[] kv = a[i].split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        String user = options.getOrDefault("user", "sa");
        String password = options.getOrDefault("password", "");
        boolean pg = url.startsWith("jdbc:postgresql:");
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/vendor/" + (pg ? "postgresql" : "h2")).load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            if (count(c) < n) {
                ExportBenchData.main(new String[] {url, Integer.toString(n), "user=" + user, "password=" + password,
                    "topics=10"});
            }
            if (pg) {
                try (Statement s = c.createStatement()) {
                    s.execute("analyze");
                }
            }
            UUID metric = first(c, "select id from metric order by id");
            UUID subject = first(c, "select subject_id from claim order by id");
            UUID claimant = first(c, "select claimant_id from claim where claimant_id is not null order by id");
            UUID source = first(c, "select id from source order by id");
            System.out.printf("%s, %,d claims%n", pg ? "PostgreSQL" : "H2", count(c));
            explain(c, pg, "metric", "select c.id from claim c" + (pg ? "" : " use index (ix_claim_metric_id)")
                    + " where c.metric_id = ? order by c.metric_id, c.id limit 21", metric);
            explain(c, pg, "subject", "select c.id from claim c" + (pg ? "" : " use index (ix_claim_subject_id)")
                    + " where c.subject_id = ? order by c.subject_id, c.id limit 21", subject);
            explain(c, pg, "claimant", "select c.id from claim c" + (pg ? "" : " use index (ix_claim_claimant_id)")
                    + " where c.claimant_id = ? order by c.claimant_id, c.id limit 21", claimant);
            explain(c, pg, "verdict", "select c.id from claim c" + (pg ? "" : " use index (ix_claim_verdict_id)")
                    + " where c.verdict = ? order by c.verdict, c.id limit 21", "FALSE");
            explain(c, pg, "lang", "select c.id from claim c" + (pg ? "" : " use index (ix_claim_language_id)")
                    + " where c.language = ? order by c.language, c.id limit 21", "en");
            explain(c, pg, "source", "select c.id from claim c where c.id in (select a.claim_id from appearance a "
                    + "where a.source_id = ?) order by c.id limit 21", source);
            explain(c, pg, "topic", "select c.id from claim c where c.id in (select tc.claim_id from topic_claim tc "
                    + "join topic t on t.id = tc.topic_id where t.slug = ?) order by c.id limit 21", "bench-topic-3");
            for (String q : List.of("r4242", "analystes", "introuvable")) {
                if (pg) {
                    List<String> branches = new ArrayList<>();
                    List<Object> values = new ArrayList<>();
                    for (String config : List.of("french", "english", "spanish", "simple")) {
                        branches.add("(crosscheck_search_config(c.language) = cast('" + config + "' as regconfig)"
                                + " and c.search_vector @@ websearch_to_tsquery('" + config + "', crosscheck_fold(?)))");
                        values.add(q);
                    }
                    explain(c, true, "q=" + q, "select c.id from claim c where (" + String.join(" or ", branches)
                            + ") order by c.id limit 21", values.toArray());
                } else {
                    explain(c, false, "q=" + q, "select c.id from claim_term d join claim c on c.id = d.claim_id "
                            + "where d.term = ? order by d.term, d.claim_id limit 21", q.equals("analystes") ? "analyste" : q);
                }
            }
            if (pg) {
                explain(c, true, "q=analystes and metric", "select c.id from claim c where c.metric_id = ? and "
                        + "(crosscheck_search_config(c.language) = cast('french' as regconfig) and c.search_vector @@ "
                        + "websearch_to_tsquery('french', crosscheck_fold(?))) order by c.metric_id, c.id limit 21",
                        metric, "analystes");
            } else {
                explain(c, false, "q=analystes and metric", "select c.id from claim_term d join claim c on c.id = "
                        + "d.claim_id where d.term = ? and c.metric_id = ? order by d.term, d.claim_id limit 21",
                        "analyste", metric);
            }
        }
    }

    private static long count(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from claim")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static UUID first(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }

    private static void explain(Connection c, boolean pg, String title, String sql, Object... params) throws Exception {
        System.out.println();
        System.out.println("### " + title);
        for (int run = 0; run < 2; run++) {  // the first run warms the caches; the second is printed
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("explain analyze " + sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                if (run == 1) {
                    System.out.print(plan);
                    System.out.printf("(%.1f ms from the client)%n", (System.nanoTime() - t0) / 1e6);
                }
            }
        }
    }
}
