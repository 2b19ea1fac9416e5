package io.crosscheck.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads claims as {@link ClaimRecord}s straight from JDBC, in id order, one at a time: two cursors
 * (claims, and appearances ordered by claim) are merged as they are read, so memory does not grow
 * with the number of claims. Used by exports and by report files.
 */
@ApplicationScoped
public class ClaimRows {

    /** Rows fetched per round trip; PostgreSQL only streams with a fetch size inside a transaction. */
    static final int FETCH_SIZE = 1000;

    // Names come from scalar sub-queries rather than joins: the claim (or appearance) table then drives
    // the plan in its index order on both databases, so rows stream from the first one. With joins, H2
    // chose the entity table first and sorted the whole result before answering (141 s to the first
    // byte of an export at 100k claims, docs/benchmarks.md).
    private static final String CLAIMS = "select c.id, "
            + "(select s.name from named_entity s where s.id = c.subject_id), "
            + "(select m.metric_key from metric m where m.id = c.metric_id), "
            + "(select m.dimension from metric m where m.id = c.metric_id), "
            + "(select cl.name from named_entity cl where cl.id = c.claimant_id), "
            + "(select cl.kind from named_entity cl where cl.id = c.claimant_id), c.figure_kind, "
            + "c.figure_value, c.figure_low, c.figure_high, c.figure_currency, c.figure_unit, c.figure_category, "
            + "c.figure_text, c.figure_lang, c.figure_nature, c.scope, c.as_of, c.period_start, c.period_end, c.statement, c.language, "
            + "c.verdict, c.verdict_rationale, c.version, c.created_at, c.updated_at "
            + "from claim c";

    private static final String APPEARANCES = "select a.claim_id, "
            + "(select src.url from source src where src.id = a.source_id), "
            + "(select src.title from source src where src.id = a.source_id), "
            + "(select src.publisher from source src where src.id = a.source_id), "
            + "(select src.published_date from source src where src.id = a.source_id), "
            + "(select src.language from source src where src.id = a.source_id), "
            + "a.quote, a.attribution, a.first_appearance, a.created_at, a.id "
            + "from appearance a join claim c on c.id = a.claim_id";

    /** Receives rows; may throw I/O errors, which end the read. */
    @FunctionalInterface
    public interface Sink {
        void accept(ClaimRecord row) throws IOException;
    }

    /** Which claims to read: a SQL condition on {@code c} (the claim table) and its parameters. */
    public record Filter(String where, List<Object> params) {
        public static final Filter ALL = new Filter(null, List.of());

        public static Filter reviewed() {
            return new Filter("c.verdict <> 'UNREVIEWED'", List.of());
        }

        /** Claims created or updated in [start, end); a null start means from the beginning. */
        public static Filter touched(Instant start, Instant end) {
            if (start == null) {
                return new Filter("c.created_at < ?", List.of(ts(end)));
            }
            return new Filter("((c.created_at >= ? and c.created_at < ?) or (c.updated_at >= ? and c.updated_at < ?))",
                    List.of(ts(start), ts(end), ts(start), ts(end)));
        }

        String sql(String base, String order) {
            return base + (where == null ? "" : " where " + where) + " order by " + order;
        }
    }

    private final DataSource dataSource;

    ClaimRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Reads every claim matching {@code filter}, in id order, handing each to {@code sink}; returns the count. */
    public long read(Filter filter, Sink sink) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            boolean own = connection.getAutoCommit();
            if (own) {
                connection.setAutoCommit(false);
            }
            boolean h2 = connection.getMetaData().getDatabaseProductName().startsWith("H2");
            if (h2) {
                // H2 otherwise computes the whole result before returning its first row.
                lazy(connection, true);
            }
            try (PreparedStatement claims = prepare(connection, filter.sql(CLAIMS, "c.id"), filter);
                    PreparedStatement appearances = prepare(connection,
                            filter.sql(APPEARANCES, "a.claim_id"), filter);
                    ResultSet c = claims.executeQuery();
                    ResultSet a = appearances.executeQuery()) {
                return merge(c, a, sink);
            } finally {
                if (h2) {
                    lazy(connection, false);
                }
                if (own) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IOException("Reading claims failed: " + e.getMessage(), e);
        }
    }

    /** A session setting of H2; reset before the connection goes back to the pool. */
    private static void lazy(Connection connection, boolean on) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("set lazy_query_execution " + on);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Filter filter) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(FETCH_SIZE);
        for (int i = 0; i < filter.params().size(); i++) {
            statement.setObject(i + 1, filter.params().get(i));
        }
        return statement;
    }

    private static long merge(ResultSet c, ResultSet a, Sink sink) throws SQLException, IOException {
        long count = 0;
        boolean moreAppearances = a.next();
        while (c.next()) {
            ClaimRecord claim = claim(c);
            List<Sortable> found = new ArrayList<>(1);
            while (moreAppearances) {
                UUID owner = a.getObject(1, UUID.class);
                int order = compareUnsigned(owner, claim.id());
                if (order > 0) {
                    break;
                }
                if (order == 0) {
                    found.add(new Sortable(appearance(a), instant(a, 10), a.getObject(11, UUID.class)));
                }
                moreAppearances = a.next();
            }
            // Ordered here, per claim, so that the database can read appearances in index order without sorting them all.
            found.sort(Sortable.ORDER);
            sink.accept(claim.withAppearances(found.stream().map(Sortable::appearance).toList()));
            count++;
        }
        return count;
    }

    /** An appearance with what orders it among its claim's: first appearance first, then by creation. */
    private record Sortable(ClaimRecord.AppearanceRecord appearance, Instant createdAt, UUID id) {
        static final java.util.Comparator<Sortable> ORDER = java.util.Comparator
                .comparing((Sortable s) -> !s.appearance().firstAppearance())
                .thenComparing(Sortable::createdAt).thenComparing(Sortable::id, ClaimRows::compareUnsigned);
    }

    private static ClaimRecord claim(ResultSet r) throws SQLException {
        return new ClaimRecord(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7), plain(r.getBigDecimal(8)), plain(r.getBigDecimal(9)),
                plain(r.getBigDecimal(10)), r.getString(11), r.getString(12), r.getString(13), r.getString(14),
                r.getString(15), r.getString(16), r.getString(17), r.getObject(18, LocalDate.class),
                r.getObject(19, LocalDate.class), r.getObject(20, LocalDate.class), r.getString(21), r.getString(22),
                r.getString(23), r.getString(24), r.getLong(25), instant(r, 26), instant(r, 27), List.of());
    }

    private static ClaimRecord.AppearanceRecord appearance(ResultSet r) throws SQLException {
        return new ClaimRecord.AppearanceRecord(r.getString(2), r.getString(3), r.getString(4),
                r.getObject(5, LocalDate.class), r.getString(6), r.getString(7), r.getString(8), r.getBoolean(9));
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** Numbers as written: no padding to the column's scale, no exponent. */
    static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Databases order UUIDs as unsigned bytes; {@link UUID#compareTo} compares signed longs. */
    static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

}
