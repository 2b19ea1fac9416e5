package io.crosscheck.bench;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Fills a migrated Crosscheck database with N claims (each with one appearance) by JDBC batches, for
 * the export benchmark (bench/export.sh) and the scale benchmark (bench/scale.sh). 200 subjects (which
 * are also the claimants), 4 metrics, 2,000 sources; one claim in ten is in English; every statement
 * holds a word found in 1 claim in 10,000 ({@code r0} … {@code r9999}) and the common French word
 * "analystes" (9 claims in 10).
 *
 * <p>Arguments: JDBC URL, number of claims, then optional {@code key=value}: {@code user} and
 * {@code password} (default sa and empty), {@code days} (spread creation times evenly over the
 * {@code days} days before today, UTC; default 0: all created now) and {@code topics} (that many
 * topics of 1,000 claims each; default 0).
 */
public final class ExportBenchData {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static void main(String[] args) throws Exception {
        // The bench profile passes its arguments as one string.
        String[] a = args.length == 1 ? args[0].trim().split("\\s+") : args;
        String url = a[0];
        int n = Integer.parseInt(a[1]);
        java.util.Map<String, String> options = new java.util.HashMap<>();
        for (int i = 2; i < a.length; i++) {
            String[] kv = a[i].split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        int days = Integer.parseInt(options.getOrDefault("days", "0"));
        int topics = Integer.parseInt(options.getOrDefault("topics", "0"));
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, options.getOrDefault("user", "sa"),
                options.getOrDefault("password", ""))) {
            c.setAutoCommit(false);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            OffsetDateTime first = now.toLocalDate().atStartOfDay().atOffset(ZoneOffset.UTC).minusDays(days);
            long spreadMicros = days == 0 ? 0 : days * 86_400_000_000L / Math.max(1, n);
            UUID[] topicClaims = new UUID[Math.min(n, topics * 1000)];
            UUID[] subjects = new UUID[200];
            UUID[] metrics = new UUID[4];
            UUID[] sources = new UUID[2000];
            try (PreparedStatement e = c.prepareStatement("insert into named_entity (id, name, kind, version, created_at, "
                    + "updated_at) values (?, ?, 'ORGANIZATION', 0, ?, ?)")) {
                for (int i = 0; i < subjects.length; i++) {
                    subjects[i] = id(i);
                    e.setObject(1, subjects[i]);
                    e.setString(2, "Entreprise " + i);
                    e.setObject(3, now);
                    e.setObject(4, now);
                    e.addBatch();
                }
                e.executeBatch();
            }
            String[] keys = {"bench-training-cost", "bench-budget", "bench-headcount", "bench-gpu-count"};
            String[] dims = {"MONEY", "MONEY", "COUNT", "COUNT"};
            try (PreparedStatement m = c.prepareStatement("insert into metric (id, metric_key, label_fr, label_en, "
                    + "dimension, multi_valued, version, created_at, updated_at) values (?, ?, ?, ?, ?, true, 0, ?, ?)")) {
                for (int i = 0; i < metrics.length; i++) {
                    metrics[i] = id(1000 + i);
                    m.setObject(1, metrics[i]);
                    m.setString(2, keys[i]);
                    m.setString(3, keys[i]);
                    m.setString(4, keys[i]);
                    m.setString(5, dims[i]);
                    m.setObject(6, now);
                    m.setObject(7, now);
                    m.addBatch();
                }
                m.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("insert into source (id, url, canonical_url, title, publisher, "
                    + "language, version, created_at, updated_at) values (?, ?, ?, ?, ?, 'fr', 0, ?, ?)")) {
                for (int i = 0; i < sources.length; i++) {
                    sources[i] = id(2000 + i);
                    String u = "https://bench.example.org/article/" + i;
                    s.setObject(1, sources[i]);
                    s.setString(2, u);
                    s.setString(3, u);
                    s.setString(4, "Article " + i + " : les chiffres, les dépenses et \"les doutes\"");
                    s.setString(5, "Le Quotidien " + (i % 50));
                    s.setObject(6, now);
                    s.setObject(7, now);
                    s.addBatch();
                }
                s.executeBatch();
            }
            c.commit();
            try (PreparedStatement claim = c.prepareStatement("insert into claim (id, subject_id, metric_id, claimant_id, "
                    + "figure_kind, figure_value, figure_low, figure_high, figure_currency, figure_unit, figure_text, "
                    + "figure_lang, scope, statement, language, verdict, version, created_at, updated_at) "
                    + "values (?, ?, ?, ?, 'EXACT', ?, ?, ?, ?, ?, ?, 'fr', ?, ?, ?, ?, 0, ?, ?)");
                    PreparedStatement appearance = c.prepareStatement("insert into appearance (id, claim_id, source_id, "
                            + "quote, first_appearance, version, created_at, updated_at) values (?, ?, ?, ?, true, 0, ?, ?)")) {
                String[] verdicts = {"UNREVIEWED", "UNREVIEWED", "UNREVIEWED", "SUPPORTED", "DISPUTED", "FALSE"};
                for (int i = 0; i < n; i++) {
                    UUID id = id(10_000 + i);
                    if (i < topicClaims.length) {
                        topicClaims[i] = id;
                    }
                    int metric = i % metrics.length;
                    boolean money = metric < 2;
                    long value = 1_000_000L + (i * 7919L) % 900_000_000L;
                    String text = money ? (value / 1_000_000.0 + " millions de dollars").replace('.', ',')
                            : value + " employés";
                    OffsetDateTime at = days == 0 ? now : first.plusNanos(i * spreadMicros * 1000);
                    boolean english = i % 10 == 9;
                    claim.setObject(1, id);
                    claim.setObject(2, subjects[i % subjects.length]);
                    claim.setObject(3, metrics[metric]);
                    claim.setObject(4, subjects[(i * 7 + 3) % subjects.length]);
                    claim.setBigDecimal(5, BigDecimal.valueOf(value));
                    claim.setBigDecimal(6, BigDecimal.valueOf(value - value / 20));
                    claim.setBigDecimal(7, BigDecimal.valueOf(value + value / 20));
                    claim.setString(8, money ? "USD" : null);
                    claim.setString(9, money ? null : "employés");
                    claim.setString(10, text.length() > 200 ? text.substring(0, 200) : text);
                    claim.setString(11, "exercice " + (2000 + i % 25));
                    claim.setString(12, english
                            ? "According to the report, company " + (i % subjects.length) + " announces " + text
                                    + ", a figure disputed by several analysts (ref. r" + (i % 10_000) + ")."
                            : "Selon le rapport, l'entreprise " + (i % subjects.length) + " annonce " + text
                                    + ", un chiffre contesté par plusieurs analystes (réf. r" + (i % 10_000) + ").");
                    claim.setString(13, english ? "en" : "fr");
                    claim.setString(14, verdicts[i % verdicts.length]);
                    claim.setObject(15, at);
                    claim.setObject(16, at);
                    claim.addBatch();
                    appearance.setObject(1, id(2_000_000_000L + i));
                    appearance.setObject(2, id);
                    appearance.setObject(3, sources[i % sources.length]);
                    appearance.setString(4, "l'entreprise annonce " + text);
                    appearance.setObject(5, at);
                    appearance.setObject(6, at);
                    appearance.addBatch();
                    if ((i + 1) % 5000 == 0 || i == n - 1) {
                        claim.executeBatch();
                        appearance.executeBatch();
                        c.commit();
                    }
                    if ((i + 1) % 200_000 == 0) {
                        System.out.printf("%,d claims%n", i + 1);
                    }
                }
            }
            if (topics > 0) {
                topics(c, topicClaims, now);
            }
        }
        System.out.printf("Inserted %,d claims in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    }

    /** Topic k holds the claims k*1000 … k*1000+999 (a topic holds at most 1,000 claims). */
    private static void topics(Connection c, UUID[] claims, OffsetDateTime now) throws Exception {
        int topics = (claims.length + 999) / 1000;
        try (PreparedStatement topic = c.prepareStatement("insert into topic (id, slug, title, version, created_at, "
                + "updated_at) values (?, ?, ?, 0, ?, ?)");
                PreparedStatement member = c.prepareStatement("insert into topic_claim (topic_id, claim_id) values (?, ?)")) {
            for (int k = 0; k < topics; k++) {
                UUID id = id(5_000_000_000L + k);
                topic.setObject(1, id);
                topic.setString(2, "bench-topic-" + k);
                topic.setString(3, "Dossier " + k);
                topic.setObject(4, now);
                topic.setObject(5, now);
                topic.executeUpdate();
                for (int i = k * 1000; i < Math.min(claims.length, (k + 1) * 1000); i++) {
                    member.setObject(1, id);
                    member.setObject(2, claims[i]);
                    member.addBatch();
                }
                member.executeBatch();
                c.commit();
            }
        }
    }

    /** Time-ordered (version 7 layout) ids from a counter, so that id order is insertion order. */
    private static UUID id(long counter) {
        long msb = (1_700_000_000_000L + counter / 4096) << 16 | 0x7000L | (counter % 4096);
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
