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
 * Fills a migrated Crosscheck database with N claims (each with one appearance) by JDBC batches,
 * for the export benchmark (bench/export.sh). Arguments: JDBC URL, number of claims.
 */
public final class ExportBenchData {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static void main(String[] args) throws Exception {
        // The bench profile passes its arguments as one string.
        String[] a = args.length == 1 ? args[0].trim().split("\\s+") : args;
        String url = a[0];
        int n = Integer.parseInt(a[1]);
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
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
            try (PreparedStatement claim = c.prepareStatement("insert into claim (id, subject_id, metric_id, figure_kind, "
                    + "figure_value, figure_low, figure_high, figure_currency, figure_unit, figure_text, figure_lang, "
                    + "scope, statement, language, verdict, version, created_at, updated_at) "
                    + "values (?, ?, ?, 'EXACT', ?, ?, ?, ?, ?, ?, 'fr', ?, ?, 'fr', ?, 0, ?, ?)");
                    PreparedStatement appearance = c.prepareStatement("insert into appearance (id, claim_id, source_id, "
                            + "quote, first_appearance, version, created_at, updated_at) values (?, ?, ?, ?, true, 0, ?, ?)")) {
                String[] verdicts = {"UNREVIEWED", "UNREVIEWED", "UNREVIEWED", "SUPPORTED", "DISPUTED", "FALSE"};
                for (int i = 0; i < n; i++) {
                    UUID id = id(10_000 + i);
                    int metric = i % metrics.length;
                    boolean money = metric < 2;
                    long value = 1_000_000L + (i * 7919L) % 900_000_000L;
                    String text = money ? (value / 1_000_000.0 + " millions de dollars").replace('.', ',')
                            : value + " employés";
                    claim.setObject(1, id);
                    claim.setObject(2, subjects[i % subjects.length]);
                    claim.setObject(3, metrics[metric]);
                    claim.setBigDecimal(4, BigDecimal.valueOf(value));
                    claim.setBigDecimal(5, BigDecimal.valueOf(value - value / 20));
                    claim.setBigDecimal(6, BigDecimal.valueOf(value + value / 20));
                    claim.setString(7, money ? "USD" : null);
                    claim.setString(8, money ? null : "employés");
                    claim.setString(9, text.length() > 200 ? text.substring(0, 200) : text);
                    claim.setString(10, "exercice " + (2000 + i % 25));
                    claim.setString(11, "Selon le rapport, l'entreprise " + (i % subjects.length) + " annonce " + text
                            + ", un chiffre contesté par plusieurs analystes.");
                    claim.setString(12, verdicts[i % verdicts.length]);
                    claim.setObject(13, now);
                    claim.setObject(14, now);
                    claim.addBatch();
                    appearance.setObject(1, id(2_000_000_000L + i));
                    appearance.setObject(2, id);
                    appearance.setObject(3, sources[i % sources.length]);
                    appearance.setString(4, "l'entreprise annonce " + text);
                    appearance.setObject(5, now);
                    appearance.setObject(6, now);
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
        }
        System.out.printf("Inserted %,d claims in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    }

    /** Time-ordered (version 7 layout) ids from a counter, so that id order is insertion order. */
    private static UUID id(long counter) {
        long msb = (1_700_000_000_000L + counter / 4096) << 16 | 0x7000L | (counter % 4096);
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
