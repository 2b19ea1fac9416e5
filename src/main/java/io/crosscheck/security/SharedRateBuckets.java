package io.crosscheck.security;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Token buckets in the database ({@code rate_bucket}, ADR 0007), shared by every instance on it, for
 * {@code crosscheck.security.rate-limit.store=database}. A take is one conditional UPDATE that
 * refills the bucket for the time elapsed and takes a token only if there is one, so concurrent takes
 * from any number of instances are serialised by the row lock and never overdraw the bucket. A missing
 * row is a full bucket; the first take inserts it. Rows of buckets that have filled up again are
 * deleted every minute, so the table holds only the keys seen within a refill time. Plain JDBC in
 * autocommit (one statement, one commit), on both H2 and PostgreSQL. Times are the instances' wall
 * clocks in milliseconds (keep them in sync, e.g. NTP); a clock behind the last take refills nothing.
 */
@ApplicationScoped
public class SharedRateBuckets {

    private static final Logger LOG = Logger.getLogger(SharedRateBuckets.class);
    private static final String DUPLICATE_KEY = "23505";

    /**
     * The level after refilling: parameters the capacity, the time now and the tokens per
     * millisecond. Typed casts, or H2 types a parameter like its other operand (a BIGINT rate is 0).
     */
    private static final String LEVEL = "least(cast(? as double precision), tokens + "
            + "cast(greatest(0, cast(? as bigint) - updated_ms) as double precision) * cast(? as double precision))";

    private final DataSource dataSource;
    private final Instance<SecurityConfig> settings;

    SharedRateBuckets(DataSource dataSource, Instance<SecurityConfig> settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    /** Takes a token: 0 when there was one, else the whole seconds to wait for the next. */
    public long take(String key, int burst, int perMinute) {
        return take(key, burst, perMinute, System.currentTimeMillis());
    }

    long take(String key, int burst, int perMinute, long now) {
        double capacity = Math.max(1, burst);
        double perMs = Math.max(1, perMinute) / 60_000.0;
        try (Connection c = dataSource.getConnection()) {
            for (int attempt = 0; attempt < 2; attempt++) {
                if (update(c, key, capacity, perMs, now) == 1) {
                    return 0;
                }
                if (insert(c, key, capacity, perMs, now)) {
                    return 0;
                }
                // The row exists (inserted meanwhile by another take): the update decides.
            }
            return wait(c, key, capacity, perMs, now);
        } catch (SQLException e) {
            // The limiter must not take the service down with it: a database that cannot answer this
            // cannot answer the request either, and the in-flight request is let through.
            LOG.warnf("Shared rate limit unavailable (%s); request let through", e.getMessage());
            return 0;
        }
    }

    private static int update(Connection c, String key, double capacity, double perMs, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update rate_bucket set tokens = " + LEVEL + " - 1, "
                + "full_at_ms = cast(? as bigint) + cast((cast(? as double precision) - (" + LEVEL + " - 1)) "
                + "/ cast(? as double precision) as bigint), "
                + "updated_ms = greatest(updated_ms, cast(? as bigint)) where bucket_key = ? and " + LEVEL + " >= 1")) {
            int i = level(s, 1, capacity, perMs, now);
            s.setLong(i++, now);
            s.setDouble(i++, capacity);
            i = level(s, i, capacity, perMs, now);
            s.setDouble(i++, perMs);
            s.setLong(i++, now);
            s.setString(i++, key);
            level(s, i, capacity, perMs, now);
            return s.executeUpdate();
        }
    }

    private static int level(PreparedStatement s, int i, double capacity, double perMs, long now) throws SQLException {
        s.setDouble(i, capacity);
        s.setLong(i + 1, now);
        s.setDouble(i + 2, perMs);
        return i + 3;
    }

    private static boolean insert(Connection c, String key, double capacity, double perMs, long now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "insert into rate_bucket (bucket_key, tokens, updated_ms, full_at_ms) values (?, ?, ?, ?)")) {
            s.setString(1, key);
            s.setDouble(2, capacity - 1);
            s.setLong(3, now);
            s.setLong(4, now + (long) Math.ceil(1 / perMs));
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static long wait(Connection c, String key, double capacity, double perMs, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select " + LEVEL + " from rate_bucket where bucket_key = ?")) {
            int i = level(s, 1, capacity, perMs, now);
            s.setString(i, key);
            try (ResultSet r = s.executeQuery()) {
                double tokens = r.next() ? r.getDouble(1) : capacity;
                return Math.max(1, (long) Math.ceil((1 - tokens) / perMs / 1000));
            }
        }
    }

    /** Deletes the rows of buckets full again by {@code now} (a missing row is a full bucket). */
    public int deleteFull(long now) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from rate_bucket where full_at_ms <= ?")) {
            s.setLong(1, now);
            return s.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("Deleting full rate-limit buckets failed: %s", e.getMessage());
            return 0;
        }
    }

    @Scheduled(identity = "rate-bucket-cleanup", every = "60s", delayed = "60s")
    void cleanUp() {
        if (settings.get().rateLimit().store() == SecurityConfig.RateLimit.Store.DATABASE) {
            deleteFull(System.currentTimeMillis());
        }
    }
}
