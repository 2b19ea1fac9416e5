package io.crosscheck.embed;

import io.crosscheck.common.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Change stamps: a short hash of the versions and update times of everything a widget shows, read
 * with one small query. A claim's stamp covers the claim, its subject, metric and claimant, its
 * appearances and their sources, its links and the claims at their other ends. Topic widgets use a
 * global stamp: the sum of the change counter, which every transaction that writes through Hibernate
 * bumps just before it commits ({@link #bump()}, called by {@link LocalWrites}), on whichever
 * instance. Reading it costs 16 rows whatever the size of the data.
 *
 * <p>Comparison widgets use a stamp scoped to their subject (and metric): the change scopes (V27,
 * ADR 0015) are 65,536 counters, one for reference data (entities, metrics and sources edited or
 * deleted), the others hashed from a (subject, metric) group or a subject. A transaction bumps the
 * scopes of the groups whose claims, appearances or links it wrote ({@link #bumpScopes}), so a write
 * to another subject leaves a comparison's stamp alone, unless it hashes to the same counter (a
 * spurious re-render, never a stale widget).
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

    private static final String BUMP_SCOPE_SQL = "update change_scope set changes = changes + 1 where slot = ?";

    /** The change scope (V27) of reference data: entities, metrics and sources edited or deleted. */
    static final int REFERENCE_SCOPE = 0;

    /** Scopes 1..32767 are hashed from a (subject, metric) group, 32768..65535 from a subject. */
    private static final int GROUP_SCOPES = 32767;
    private static final int SUBJECT_SCOPES = 32768;

    /** A comparison stamp covers at most this many subjects (a name shared by more reads the global stamp). */
    private static final int MAX_SUBJECTS = 100;

    /** A comparison's claims: the subjects its subject reference names, and its metric when it names one. */
    public record Scope(List<UUID> subjects, UUID metric, boolean metricNamed) {
    }

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
        String s = cached(id, () -> query(CLAIM_SQL, id));
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** A stamp that changes whenever any claim, link, appearance, source, entity, metric or topic does. */
    public String global() {
        return cached("global", () -> query(GLOBAL_SQL, null));
    }

    /**
     * A comparison's stamp: changes when a claim, appearance or link of its groups is written, when
     * reference data is edited, or when its references name other subjects or another metric. {@code key}
     * names the comparison; {@code scope} resolves it (only when the stamp is not cached).
     */
    public String comparison(Object key, Supplier<Scope> scope) {
        return cached(List.of("comparison", key), () -> {
            Scope s = scope.get();
            if (s.subjects().size() > MAX_SUBJECTS) {
                return query(GLOBAL_SQL, null);
            }
            SortedSet<Integer> slots = new TreeSet<>();
            slots.add(REFERENCE_SCOPE);
            if (s.metric() != null) {
                s.subjects().forEach(subject -> slots.add(groupScope(subject, s.metric())));
            } else if (!s.metricNamed()) {
                s.subjects().forEach(subject -> slots.add(subjectScope(subject)));
            } // a metric named but unknown: an empty comparison, until the name resolves
            StringBuilder all = new StringBuilder();
            s.subjects().stream().sorted().forEach(subject -> all.append(subject).append(','));
            all.append('|').append(s.metric()).append('|');
            String in = String.join(",", slots.stream().map(String::valueOf).toList());
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "select slot, changes from change_scope where slot in (" + in + ") order by slot");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.append(rs.getInt(1)).append(':').append(rs.getLong(2)).append('|');
                }
            } catch (SQLException ex) {
                throw new IllegalStateException("Could not read the change scopes", ex);
            }
            return hash(all.toString());
        });
    }

    /** The change scope of a (subject, metric) group. */
    static int groupScope(UUID subject, UUID metric) {
        return 1 + Math.floorMod(mix(subject, metric), GROUP_SCOPES);
    }

    /** The change scope of a subject (all its metrics). */
    static int subjectScope(UUID subject) {
        return 1 + GROUP_SCOPES + Math.floorMod(mix(subject, null), SUBJECT_SCOPES);
    }

    private static int mix(UUID a, UUID b) {
        long h = a.getMostSignificantBits() * 31 + a.getLeastSignificantBits();
        if (b != null) {
            h = h * 0x9E3779B97F4A7C15L + b.getMostSignificantBits() * 31 + b.getLeastSignificantBits();
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }

    /**
     * Bumps, in the current transaction, the change scopes of the given (subject, metric) groups, of
     * the groups of the given claims (read here: the claims of written appearances and links), and of
     * reference data when {@code reference}. Scopes are updated in ascending order, so two
     * transactions bumping overlapping scopes wait for each other instead of deadlocking.
     */
    public void bumpScopes(Set<List<UUID>> groups, Set<UUID> claims, boolean reference) {
        SortedSet<Integer> slots = new TreeSet<>();
        if (reference) {
            slots.add(REFERENCE_SCOPE);
        }
        try (Connection c = dataSource.getConnection()) {
            Set<List<UUID>> all = new HashSet<>(groups);
            for (List<UUID> chunk : InLists.chunks(claims)) {
                String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement(
                        "select subject_id, metric_id from claim where id in (" + in + ")")) {
                    for (int j = 0; j < chunk.size(); j++) {
                        ps.setObject(j + 1, chunk.get(j));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            all.add(List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)));
                        }
                    }
                }
            }
            for (List<UUID> g : all) {
                slots.add(groupScope(g.get(0), g.get(1)));
                slots.add(subjectScope(g.get(0)));
            }
            if (slots.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement(BUMP_SCOPE_SQL)) {
                for (int slot : slots) {
                    ps.setInt(1, slot);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not bump the change scopes", ex);
        }
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

    private String cached(Object key, Supplier<String> read) {
        long now = System.nanoTime();
        Entry e = cache.get(key);
        if (e != null && now - e.expires < 0 && e.generation == generation.get()) {
            return e.stamp;
        }
        long gen = generation.get();
        String stamp = read.get();
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
