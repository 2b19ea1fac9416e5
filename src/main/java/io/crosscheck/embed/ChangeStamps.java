package io.crosscheck.embed;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Change stamps: a short hash of the versions and update times of everything a widget shows, read
 * with one small query. A claim's stamp covers the claim, its subject, metric and claimant, its
 * appearances and their sources, its links and the claims at their other ends. Topic and comparison
 * widgets use a global stamp: the sum of the change counter, which every transaction that writes
 * through Hibernate bumps just before it commits ({@link #bump()}, called by {@link LocalWrites}), on
 * whichever instance. Reading it costs 16 rows whatever the size of the data.
 *
 * <p>Stamps are kept for {@code crosscheck.embed.stamp-ttl}; {@link #invalidate()} (called after
 * any local write) drops them, so only writes through other instances wait for the TTL.
 */
@ApplicationScoped
public class ChangeStamps {

    static final String MISSING = "";

    /**
     * One claim's stamp: each sub-query is an index lookup by the claim's id (links one direction at a
     * time, never {@code from = ? or to = ?}, which H2 answers by scanning claim_link), so its cost
     * follows the claim's own appearances and links, not the size of any table.
     */
    private static final String CLAIM_SQL = """
            select c.version, c.updated_at, s.updated_at, m.updated_at, k.updated_at,
              (select count(*) from appearance a where a.claim_id = c.id),
              (select max(a.updated_at) from appearance a where a.claim_id = c.id),
              (select max(so.updated_at) from appearance a join source so on so.id = a.source_id where a.claim_id = c.id),
              (select count(*) from claim_link l where l.from_claim_id = c.id),
              (select count(*) from claim_link l where l.to_claim_id = c.id),
              (select max(l.updated_at) from claim_link l where l.from_claim_id = c.id),
              (select max(l.updated_at) from claim_link l where l.to_claim_id = c.id),
              (select max(o.updated_at) from claim_link l join claim o on o.id = l.to_claim_id where l.from_claim_id = c.id),
              (select max(o.updated_at) from claim_link l join claim o on o.id = l.from_claim_id where l.to_claim_id = c.id)
            from claim c join named_entity s on s.id = c.subject_id join metric m on m.id = c.metric_id
              left join named_entity k on k.id = c.claimant_id
            where c.id = ?""";

    /** The change counter (V14_2): its sum grows with every commit that changed something. */
    private static final String GLOBAL_SQL = "select sum(changes) from change_counter";

    private static final String BUMP_SQL = "update change_counter set changes = changes + 1 where slot = ?";

    /** Rows of change_counter (V14_2). */
    static final int SLOTS = 16;

    private record Entry(String stamp, long expires, long generation) {
    }

    private final DataSource dataSource;
    private final long ttlNanos;
    private final ConcurrentHashMap<Object, Entry> cache = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    ChangeStamps(DataSource dataSource, EmbedConfig config) {
        this.dataSource = dataSource;
        this.ttlNanos = config.stampTtl().toNanos();
    }

    /** The claim's stamp, or empty when there is no such claim. */
    public Optional<String> claim(UUID id) {
        String s = cached(id, CLAIM_SQL, id);
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** A stamp that changes whenever any claim, link, appearance, source, entity, metric or topic does. */
    public String global() {
        return cached("global", GLOBAL_SQL, null);
    }

    /**
     * Adds one to a random slot of the change counter, in the current transaction (the data source's
     * connections join the JTA transaction). Called as the transaction's last statement, so the row
     * lock is held only while it commits: writers never deadlock on it, and a reader sees the new sum
     * exactly when it sees the change.
     */
    public void bump() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(BUMP_SQL)) {
            ps.setInt(1, ThreadLocalRandom.current().nextInt(SLOTS));
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not bump the change counter", ex);
        }
    }

    /** Forgets every stamp: the next request reads them again. */
    public void invalidate() {
        generation.incrementAndGet();
        cache.clear();
    }

    private String cached(Object key, String sql, UUID id) {
        long now = System.nanoTime();
        Entry e = cache.get(key);
        if (e != null && now - e.expires < 0 && e.generation == generation.get()) {
            return e.stamp;
        }
        long gen = generation.get();
        String stamp = query(sql, id);
        if (cache.size() > 100_000) {
            cache.clear();
        }
        if (ttlNanos > 0 && gen == generation.get()) {
            cache.put(key, new Entry(stamp, now + ttlNanos, gen));
        }
        return stamp;
    }

    private String query(String sql, UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) {
                ps.setObject(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return MISSING;
                }
                StringBuilder all = new StringBuilder();
                int n = rs.getMetaData().getColumnCount();
                for (int i = 1; i <= n; i++) {
                    all.append(rs.getString(i)).append('|');
                }
                return hash(all.toString());
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not read the change stamp", ex);
        }
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
