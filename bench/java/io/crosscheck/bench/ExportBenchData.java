package io.crosscheck.bench;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.sql.ResultSet;
import java.util.UUID;
import io.crosscheck.claim.search.SearchText;
import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureParser;
import java.io.StringReader;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

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
 * topics of 1,000 claims each; default 0), {@code batch} (claims per JDBC batch and commit, default
 * 5,000) and, on H2, {@code terms} ({@code bulk}, the default: the
 * claim term table is filled in the same batches, with V14_1's trigger dropped during the load and put
 * back after; {@code trigger}: the trigger fills it row by row) and {@code h2bulk}: {@code off} (the
 * default: rows go into the migrated tables as they are), {@code settings} (no per-row foreign-key
 * checks and a page cache of a third of the heap during the load) or {@code indexes} (those settings,
 * and the indexes no constraint uses and claim_term's keys dropped and built again after the load).
 * Measured on this machine (docs/benchmarks.md, "H2 at 1M claims"), neither was faster than
 * {@code off} at 300k claims (building the indexes afterwards reads the whole table again, and the
 * inserts did not get faster); they are kept to repeat the measurement.
 *
 * <p>Every derived column the app keeps is filled as the app would: the figure's kind, value, bounds,
 * rounding step, currency and unit come from {@code FigureParser} (what {@code POST /api/claims} does with
 * a figure's text); PostgreSQL computes the search vector itself (a generated column), H2's term table is
 * filled from {@code SearchText}; the change counter (V14_2) moves by N. The detection queue stays
 * empty: nothing is waiting to be judged, and {@code POST /api/conflicts/scan} proposes the links.
 * PostgreSQL is loaded with COPY, other databases with JDBC batches.
 */
public final class ExportBenchData {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long T0 = System.nanoTime();

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
            // Labels live in metric_label (V25), one row per language.
            try (PreparedStatement m = c.prepareStatement("insert into metric (id, metric_key, "
                    + "dimension, multi_valued, version, created_at, updated_at) values (?, ?, ?, true, 0, ?, ?)");
                    PreparedStatement label = c.prepareStatement(
                            "insert into metric_label (metric_id, lang, label) values (?, ?, ?)")) {
                for (int i = 0; i < metrics.length; i++) {
                    metrics[i] = id(1000 + i);
                    m.setObject(1, metrics[i]);
                    m.setString(2, keys[i]);
                    m.setString(3, dims[i]);
                    m.setObject(4, now);
                    m.setObject(5, now);
                    m.addBatch();
                    for (String lang : new String[] {"fr", "en"}) {
                        label.setObject(1, metrics[i]);
                        label.setString(2, lang);
                        label.setString(3, keys[i]);
                        label.addBatch();
                    }
                }
                m.executeBatch();
                label.executeBatch();
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
            boolean pg = url.startsWith("jdbc:postgresql:");
            boolean bulkTerms = !pg && !"trigger".equals(options.getOrDefault("terms", "bulk"));
            if (bulkTerms) {
                // H2: the term table is filled below in batches; the trigger V14_1 installs is put back after.
                try (Statement st = c.createStatement()) {
                    st.execute("drop trigger if exists tr_claim_terms");
                }
            }
            Rows rows = new Rows(n, days, first, now, spreadMicros, subjects, metrics, sources);
            if (pg) {
                copy(c, rows, topicClaims);
            } else {
                batches(c, rows, topicClaims, bulkTerms, Integer.parseInt(options.getOrDefault("batch", "5000")),
                        url.startsWith("jdbc:h2:") ? options.getOrDefault("h2bulk", "off") : "off");
            }
            if (bulkTerms) {
                try (Statement st = c.createStatement()) {
                    st.execute(H2_TERM_TRIGGER);
                }
                c.commit();
            }
            // The widget change stamp (V14_2) moves with every write the app makes; a bulk load is a write too.
            try (PreparedStatement bump = c.prepareStatement(
                    "update change_counter set changes = changes + ? where slot = 0")) {
                bump.setLong(1, n);
                bump.executeUpdate();
            }
            c.commit();
            if (topics > 0) {
                topics(c, topicClaims, now);
            }
        }
        System.out.printf("Inserted %,d claims in %.1f s%n", n, (System.nanoTime() - T0) / 1e9);
    }

    /** The trigger of db/vendor/h2/V14_1__claim_search.sql, exactly as that migration creates it. */
    private static final String H2_TERM_TRIGGER = "create trigger tr_claim_terms after insert, update on claim "
            + "for each row call 'io.crosscheck.claim.search.ClaimTermTrigger'";

    private static final String[] VERDICTS = {"UNREVIEWED", "UNREVIEWED", "UNREVIEWED", "SUPPORTED", "DISPUTED", "FALSE"};

    /** The generated claims: row i of the store, its figure parsed as the API parses it. */
    private record Rows(int n, int days, OffsetDateTime first, OffsetDateTime now, long spreadMicros, UUID[] subjects,
            UUID[] metrics, UUID[] sources) {

        Row row(int i) {
            int metric = i % metrics.length;
            boolean money = metric < 2;
            long value = 1_000_000L + (i * 7919L) % 900_000_000L;
            String text = money ? (value / 1_000_000.0 + " millions de dollars").replace('.', ',') : value + " employés";
            text = text.length() > 200 ? text.substring(0, 200) : text;
            // What POST /api/claims stores for this text: kind, value, bounds, rounding step, currency, unit.
            Figure figure = FigureParser.parse(text, "fr");
            if (figure.dimension() != (money ? Dimension.MONEY : Dimension.COUNT)) {
                throw new IllegalStateException("'" + text + "' reads as " + figure.dimension());
            }
            OffsetDateTime at = days == 0 ? now : first.plusNanos(i * spreadMicros * 1000);
            boolean english = i % 10 == 9;
            String statement = english
                    ? "According to the report, company " + (i % subjects.length) + " announces " + text
                            + ", a figure disputed by several analysts (ref. r" + (i % 10_000) + ")."
                    : "Selon le rapport, l'entreprise " + (i % subjects.length) + " annonce " + text
                            + ", un chiffre contesté par plusieurs analystes (réf. r" + (i % 10_000) + ").";
            return new Row(id(10_000 + i), subjects[i % subjects.length], metrics[metric],
                    subjects[(i * 7 + 3) % subjects.length], figure, text, "exercice " + (2000 + i % 25), statement,
                    english ? "en" : "fr", VERDICTS[i % VERDICTS.length], at, id(2_000_000_000L + i),
                    sources[i % sources.length], "l'entreprise annonce " + text);
        }
    }

    private record Row(UUID id, UUID subject, UUID metric, UUID claimant, Figure figure, String text, String scope,
            String statement, String language, String verdict, OffsetDateTime at, UUID appearanceId, UUID source,
            String quote) {
    }

    private static final String CLAIM_COLUMNS = "id, subject_id, metric_id, claimant_id, figure_kind, figure_value, "
            + "figure_low, figure_high, figure_currency, figure_unit, figure_text, figure_lang, figure_step, scope, "
            + "statement, language, verdict, version, created_at, updated_at";
    private static final String APPEARANCE_COLUMNS = "id, claim_id, source_id, quote, first_appearance, version, "
            + "created_at, updated_at";

    /**
     * H2 (and any other database): JDBC batches of {@code batch} claims (option {@code batch}, default
     * 5,000) with their appearances (and terms), a commit each. On H2, {@code bulk} ({@code h2bulk}):
     * {@code settings} turns off referential integrity during the load (the generator refers only to rows
     * it wrote) and enlarges the page cache, then puts it back as it was ({@code CACHE_SIZE} is
     * persistent); {@code indexes} also drops, into empty tables, the secondary indexes of claim,
     * appearance and claim_term that no constraint uses, and claim_term's keys, and creates them again
     * after the load exactly as {@code SCRIPT} printed them. Neither was faster than {@code off} (the
     * default) here: see the class comment.
     */
    private static void batches(Connection c, Rows rows, UUID[] topicClaims, boolean terms, int batch, String bulk)
            throws Exception {
        boolean h2 = !"off".equals(bulk);
        List<String> indexes = "indexes".equals(bulk) ? dropH2Indexes(c) : List.of();
        String cacheSize = null;
        if (h2) {
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("select setting_value from information_schema.settings "
                        + "where setting_name = 'info.CACHE_MAX_SIZE'")) {
                    cacheSize = rs.next() ? String.valueOf(Long.parseLong(rs.getString(1)) * 1024) : null;
                }
                st.execute("set cache_size " + (Runtime.getRuntime().maxMemory() / 1024 / 1024 / 3 * 1024));
                st.execute("set referential_integrity false");
            }
            c.commit();
        }
        try {
            insertBatches(c, rows, topicClaims, terms, batch);
        } finally {
            if (h2) {
                try (Statement st = c.createStatement()) {
                    st.execute("set referential_integrity true");
                    build(c, st, indexes);
                    long a0 = System.nanoTime();
                    st.execute("analyze");
                    System.out.printf("analyze (%.0f s)%n", (System.nanoTime() - a0) / 1e9);
                    if (cacheSize != null) {
                        st.execute("set cache_size " + cacheSize);
                    }
                }
                c.commit();
            }
        }
    }

    /**
     * H2, when claim is empty: drops the indexes of claim, appearance and claim_term that back no
     * constraint (INFORMATION_SCHEMA.TABLE_CONSTRAINTS names the index each constraint uses; H2 refuses
     * to drop those) and returns their CREATE INDEX statements as {@code SCRIPT} prints them.
     */
    private static List<String> dropH2Indexes(Connection c) throws Exception {
        List<String> names = new ArrayList<>();
        List<String> creates = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet empty = st.executeQuery("select not exists (select 1 from claim)")) {
                empty.next();
                if (!empty.getBoolean(1)) {
                    return creates;
                }
            }
            try (ResultSet rs = st.executeQuery("select i.index_name from information_schema.indexes i "
                    + "where i.table_schema = current_schema and i.table_name in ('CLAIM', 'APPEARANCE', 'CLAIM_TERM') "
                    + "and i.index_type_name = 'INDEX' and not exists (select 1 from information_schema.table_constraints k "
                    + "where k.index_schema = i.index_schema and k.index_name = i.index_name)")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("script nodata nopasswords nosettings table claim, appearance, claim_term")) {
                while (rs.next()) {
                    String line = rs.getString(1);
                    for (String name : names) {
                        if (line.startsWith("CREATE INDEX ") && line.contains(".\"" + name + "\" ON ")) {
                            creates.add(line.endsWith(";") ? line.substring(0, line.length() - 1) : line);
                        }
                    }
                }
            }
            if (creates.size() != names.size()) {
                throw new IllegalStateException("SCRIPT printed " + creates + " for the indexes " + names);
            }
            // claim_term (~20 rows a claim) keeps none of its constraints during the load: its primary key
            // and foreign key are added again after it, as SCRIPT printed them (the key first, the foreign
            // key NOCHECK, as SCRIPT writes it), each index built in one sorted pass.
            List<String[]> constraints = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("script nodata nopasswords nosettings table claim_term")) {
                while (rs.next()) {
                    String line = rs.getString(1);
                    var m = java.util.regex.Pattern.compile("^ALTER TABLE \"(\\w+)\"\\.\"CLAIM_TERM\" ADD CONSTRAINT "
                            + "\"\\w+\"\\.\"(\\w+)\" (PRIMARY KEY|FOREIGN KEY)").matcher(line);
                    if (m.find()) {
                        constraints.add(new String[] {m.group(2), m.group(3),
                                line.endsWith(";") ? line.substring(0, line.length() - 1) : line});
                    }
                }
            }
            constraints.sort(java.util.Comparator.comparing(k -> k[1].startsWith("PRIMARY") ? 0 : 1));
            for (String name : names) {
                st.execute("drop index \"" + name + "\"");
            }
            for (int k = constraints.size() - 1; k >= 0; k--) {
                st.execute("alter table claim_term drop constraint \"" + constraints.get(k)[0] + "\"");
                names.add(constraints.get(k)[0]);
            }
            List<String> all = new ArrayList<>();
            constraints.forEach(k -> all.add(k[2]));
            all.addAll(creates);
            creates = all;
        }
        c.commit();
        System.out.printf("dropped %d indexes and constraints for the load: %s%n", names.size(), names);
        return creates;
    }

    private static void insertBatches(Connection c, Rows rows, UUID[] topicClaims, boolean terms, int batch)
            throws Exception {
        try (PreparedStatement claim = c.prepareStatement("insert into claim (" + CLAIM_COLUMNS + ") values "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'fr', ?, ?, ?, ?, ?, 0, ?, ?)");
                PreparedStatement appearance = c.prepareStatement("insert into appearance (" + APPEARANCE_COLUMNS
                        + ") values (?, ?, ?, ?, true, 0, ?, ?)");
                PreparedStatement term = c.prepareStatement("insert into claim_term (term, claim_id, hits) values (?, ?, ?)")) {
            long[] spent = new long[3];
            for (int i = 0; i < rows.n(); i++) {
                Row r = rows.row(i);
                if (i < topicClaims.length) {
                    topicClaims[i] = r.id();
                }
                Figure f = r.figure();
                claim.setObject(1, r.id());
                claim.setObject(2, r.subject());
                claim.setObject(3, r.metric());
                claim.setObject(4, r.claimant());
                claim.setString(5, f.kind().name());
                claim.setBigDecimal(6, f.value());
                claim.setBigDecimal(7, f.low());
                claim.setBigDecimal(8, f.high());
                claim.setString(9, f.currency());
                claim.setString(10, f.unit());
                claim.setString(11, r.text());
                claim.setBigDecimal(12, f.step());
                claim.setString(13, r.scope());
                claim.setString(14, r.statement());
                claim.setString(15, r.language());
                claim.setString(16, r.verdict());
                claim.setObject(17, r.at());
                claim.setObject(18, r.at());
                claim.addBatch();
                appearance.setObject(1, r.appearanceId());
                appearance.setObject(2, r.id());
                appearance.setObject(3, r.source());
                appearance.setString(4, r.quote());
                appearance.setObject(5, r.at());
                appearance.setObject(6, r.at());
                appearance.addBatch();
                if (terms) {
                    // The words ClaimTermTrigger would store (statement, figure as written, scope).
                    for (Map.Entry<String, Integer> t : SearchText.terms(r.statement(), r.text(), r.scope()).entrySet()) {
                        term.setString(1, t.getKey());
                        term.setObject(2, r.id());
                        term.setInt(3, t.getValue());
                        term.addBatch();
                    }
                }
                if ((i + 1) % batch == 0 || i == rows.n() - 1) {
                    long t0 = System.nanoTime();
                    claim.executeBatch();
                    appearance.executeBatch();
                    long t1 = System.nanoTime();
                    if (terms) {
                        term.executeBatch();
                    }
                    long t2 = System.nanoTime();
                    c.commit();
                    long t3 = System.nanoTime();
                    spent[0] += t1 - t0;
                    spent[1] += t2 - t1;
                    spent[2] += t3 - t2;
                }
                if ((i + 1) % 100_000 == 0 || i == rows.n() - 1) {
                    System.out.printf("%,d claims (%.0f s; claims and appearances %.0f s, terms %.0f s, commits %.0f s)%n",
                            i + 1, (System.nanoTime() - T0) / 1e9, spent[0] / 1e9, spent[1] / 1e9, spent[2] / 1e9);
                }
            }
        }
    }

    /** PostgreSQL: COPY in chunks of 50,000 claims (then their appearances), a commit each. */
    private static void copy(Connection c, Rows rows, UUID[] topicClaims) throws Exception {
        List<String> dropped = new ArrayList<>();
        // Into empty tables: the secondary indexes are dropped and built again after the load (exactly as
        // pg_indexes lists them: one sort each instead of a million insertions, the GIN index above all),
        // and the foreign keys are not checked row by row (the generator only refers to rows it wrote).
        List<String> indexes = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            st.execute("set synchronous_commit = off");
            st.execute("set session_replication_role = replica");
            try (ResultSet empty = st.executeQuery("select not exists (select 1 from claim)")) {
                empty.next();
                if (empty.getBoolean(1)) {
                    try (ResultSet rs = st.executeQuery("select i.indexname, i.indexdef from pg_indexes i "
                            + "where i.schemaname = current_schema() and i.tablename in ('claim', 'appearance') "
                            + "and not exists (select 1 from pg_constraint k where k.conname = i.indexname)")) {
                        while (rs.next()) {
                            indexes.add(rs.getString(2));
                            dropped.add(rs.getString(1));
                        }
                    }
                }
            }
            for (String name : dropped) {
                st.execute("drop index " + name);
            }
            dropped.clear();
        }
        c.commit();
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        int chunk = 50_000;
        for (int from = 0; from < rows.n(); from += chunk) {
            int to = Math.min(rows.n(), from + chunk);
            StringBuilder claims = new StringBuilder(to - from << 9);
            StringBuilder appearances = new StringBuilder(to - from << 7);
            for (int i = from; i < to; i++) {
                Row r = rows.row(i);
                if (i < topicClaims.length) {
                    topicClaims[i] = r.id();
                }
                Figure f = r.figure();
                line(claims, r.id(), r.subject(), r.metric(), r.claimant(), f.kind().name(), f.value(), f.low(), f.high(),
                        f.currency(), f.unit(), r.text(), "fr", f.step(), r.scope(), r.statement(), r.language(),
                        r.verdict(), 0, r.at(), r.at());
                line(appearances, r.appearanceId(), r.id(), r.source(), r.quote(), "t", 0, r.at(), r.at());
            }
            copy.copyIn("copy claim (" + CLAIM_COLUMNS + ") from stdin", new StringReader(claims.toString()));
            copy.copyIn("copy appearance (" + APPEARANCE_COLUMNS + ") from stdin",
                    new StringReader(appearances.toString()));
            c.commit();
            System.out.printf("%,d claims (%.0f s)%n", to, (System.nanoTime() - T0) / 1e9);
        }
        try (Statement st = c.createStatement()) {
            st.execute("set session_replication_role = default");
            st.execute("set maintenance_work_mem = '256MB'");
            build(c, st, indexes);
            c.setAutoCommit(true);
            st.execute("vacuum analyze claim");
            st.execute("vacuum analyze appearance");
            c.setAutoCommit(false);
        }
    }

    /** Runs each statement (an index or key to build again after a load) in its own commit, timed. */
    private static void build(Connection c, Statement st, List<String> statements) throws Exception {
        for (String statement : statements) {
            long i0 = System.nanoTime();
            st.execute(statement);
            c.commit();
            System.out.printf("%s (%.0f s)%n", statement, (System.nanoTime() - i0) / 1e9);
        }
    }

    /** One row of COPY's text format: tab-separated, \N for null, backslash escapes. */
    private static void line(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                out.append("\\N");
            } else {
                String s = v instanceof BigDecimal d ? d.toPlainString() : v.toString();
                for (int k = 0; k < s.length(); k++) {
                    char ch = s.charAt(k);
                    switch (ch) {
                        case '\\' -> out.append("\\\\");
                        case '\t' -> out.append("\\t");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        default -> out.append(ch);
                    }
                }
            }
        }
        out.append('\n');
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
