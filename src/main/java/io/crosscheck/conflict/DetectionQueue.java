package io.crosscheck.conflict;

import io.crosscheck.common.Ids;
import io.crosscheck.common.InLists;
import io.crosscheck.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox of conflict detection ({@code detection_queue}): writers add the (subject, metric) groups
 * their changes affect, inside their own transaction (so a rolled-back write enqueues nothing), and
 * workers lease groups, judge them and delete what they leased. Leasing uses {@code FOR UPDATE SKIP
 * LOCKED} on PostgreSQL so instances never wait on each other; on H2 (one instance) a plain update of
 * the lease columns.
 */
@ApplicationScoped
public class DetectionQueue {

    /** One affected group: claims on {@code subject} for {@code metric}. */
    public record Group(UUID subject, UUID metric) {
    }

    /** The groups one lease took, and the queue rows to delete once they are judged. */
    record Lease(String owner, Map<Group, List<UUID>> rows, Map<Group, String> actors) {
    }

    /** What is waiting: distinct groups, queue rows, rows under lease now, and the oldest wait. */
    public record Status(long pendingGroups, long rows, long leased, Instant oldestEnqueuedAt, Long oldestAgeSeconds) {
    }

    private final EntityManager em;
    private final ConflictConfig config;
    private final boolean postgres;

    DetectionQueue(EntityManager em, ConflictConfig config,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.em = em;
        this.config = config;
        this.postgres = dbKind.toLowerCase(java.util.Locale.ROOT).startsWith("postgres");
    }

    /**
     * Records that {@code group} needs detection, in the caller's transaction. When an unleased row for
     * the group already waits, the write joins it (its {@code touched_at} moves to now) instead of adding
     * another, so a burst of writes on one group queues it once and it is judged after the burst.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Group group) {
        enqueueAll(List.of(group));
    }

    private static final String TOUCH_SQL = "update detection_queue set touched_at = ? "
            + "where subject_id = ? and metric_id = ? and lease_owner is null";

    private static final String ENQUEUE_SQL = "insert into detection_queue (id, subject_id, metric_id, enqueued_at, enqueued_by) "
            + "select ?, ?, ?, ?, ? where not exists (select 1 from detection_queue q "
            + "where q.subject_id = ? and q.metric_id = ? and q.lease_owner is null)";

    /**
     * Enqueues the groups in one JDBC batch on the transaction's connection. Not a Hibernate query:
     * a native query would first flush (dirty-check) every entity of the session, once per group,
     * which made an import batch cost quadratic time; the queue has no entity to flush.
     */
    private void enqueueAll(Collection<Group> groups) {
        if (groups.isEmpty()) {
            return;
        }
        java.time.OffsetDateTime now = java.time.OffsetDateTime.ofInstant(now(), java.time.ZoneOffset.UTC);
        String actor = java.util.Objects.requireNonNullElse(Caller.currentActor(), Caller.SYSTEM);
        // Touching a waiting row locks it until the writer commits: in one order for every writer, so two
        // writers of overlapping groups (two imports) wait for each other instead of deadlocking.
        List<Group> ordered = groups.stream().distinct()
                .sorted(java.util.Comparator.comparing(Group::subject).thenComparing(Group::metric)).toList();
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement ps = connection.prepareStatement(TOUCH_SQL)) {
                for (Group group : ordered) {
                    ps.setObject(1, now);
                    ps.setObject(2, group.subject());
                    ps.setObject(3, group.metric());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (java.sql.PreparedStatement ps = connection.prepareStatement(ENQUEUE_SQL)) {
                for (Group group : ordered) {
                    ps.setObject(1, Ids.newId());
                    ps.setObject(2, group.subject());
                    ps.setObject(3, group.metric());
                    ps.setObject(4, now);
                    ps.setString(5, actor);
                    ps.setObject(6, group.subject());
                    ps.setObject(7, group.metric());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** Enqueues the groups of these claims (claims that no longer exist are skipped). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueClaims(Collection<UUID> claimIds) {
        for (List<UUID> chunk : InLists.chunks(new java.util.LinkedHashSet<>(claimIds))) {
            List<?> rows = em.createQuery("select distinct c.subject.id, c.metric.id from Claim c where c.id in :ids")
                    .setParameter("ids", chunk).getResultList();
            List<Group> groups = new ArrayList<>();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                groups.add(new Group((UUID) r[0], (UUID) r[1]));
            }
            enqueueAll(groups);
        }
    }

    /**
     * Leases up to {@code batchSize} waiting rows, oldest first, in a transaction of its own: rows whose
     * last write is at least {@code settle} old, or that were queued at least {@code settleMax} ago
     * (while a row waits, writes to its group join it and move its last write).
     */
    Lease lease(int batchSize, java.time.Duration settle, java.time.Duration settleMax) {
        String owner = Ids.newId().toString();
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = now();
            String pick = "select id from detection_queue where (lease_until is null or lease_until < :now) "
                    + "and (coalesce(touched_at, enqueued_at) <= :settled or enqueued_at <= :overdue) "
                    + "order by enqueued_at, id fetch first " + batchSize + " rows only"
                    + (postgres ? " for update skip locked" : "");
            em.createNativeQuery("update detection_queue set lease_owner = :owner, lease_until = :until "
                    + "where id in (" + pick + ")")
                    .setParameter("owner", owner).setParameter("until", now.plus(config.lease()))
                    .setParameter("now", now).setParameter("settled", now.minus(settle))
                    .setParameter("overdue", now.minus(settleMax)).executeUpdate();
            List<?> rows = em.createNativeQuery("select id, subject_id, metric_id, enqueued_by from detection_queue "
                    + "where lease_owner = :owner order by enqueued_at, id").setParameter("owner", owner).getResultList();
            Map<Group, List<UUID>> groups = new LinkedHashMap<>();
            Map<Group, String> actors = new LinkedHashMap<>();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                Group group = new Group(uuid(r[1]), uuid(r[2]));
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(uuid(r[0]));
                actors.putIfAbsent(group, r[3] == null ? Caller.SYSTEM : r[3].toString());
            }
            return new Lease(owner, groups, actors);
        });
    }

    /** Deletes the rows of a judged group (only while this lease still holds them). */
    void done(String owner, List<UUID> rows) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from detection_queue where lease_owner = :owner and id in (:ids)")
                .setParameter("owner", owner).setParameter("ids", rows).executeUpdate());
    }

    /** The backlog: how many groups wait and since when. */
    @Transactional
    public Status status() {
        Instant now = now();
        Object[] r = (Object[]) em.createNativeQuery("select count(*), "
                + "coalesce(sum(case when lease_until is not null and lease_until >= :now then 1 else 0 end), 0), "
                + "min(enqueued_at) from detection_queue").setParameter("now", now).getSingleResult();
        long groups = ((Number) em.createNativeQuery(
                "select count(*) from (select distinct subject_id, metric_id from detection_queue) g")
                .getSingleResult()).longValue();
        Instant oldest = instant(r[2]);
        return new Status(groups, ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), oldest,
                oldest == null ? null : Math.max(0, now.getEpochSecond() - oldest.getEpochSecond()));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static UUID uuid(Object value) {
        if (value instanceof UUID u) {
            return u;
        }
        if (value instanceof byte[] b && b.length == 16) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(b);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        return Instant.parse(value.toString());
    }
}
