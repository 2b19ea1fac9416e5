package io.crosscheck.conflict;

import io.crosscheck.job.JobContext;
import io.crosscheck.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Drains the detection queue: every {@code crosscheck.conflicts.worker-interval} each instance leases a
 * batch of waiting groups ({@link DetectionQueue#lease}), judges each one ({@link
 * ConflictService#detectGroup}, a transaction per group) and deletes the rows it leased. A group that
 * fails stays leased until its lease runs out and is then judged again. The re-scan job judges every
 * group the same way. Within one instance groups are judged one at a time (a lock shared by the worker,
 * {@link #drain} and the scan), across instances a PostgreSQL advisory lock per group keeps a group
 * from being judged twice at once.
 */
@ApplicationScoped
public class DetectionWorker {

    private static final Logger LOG = Logger.getLogger(DetectionWorker.class);

    /** Groups read per page by {@link #scan}. */
    static final int SCAN_PAGE = 200;
    /** How many batches {@link #drain} runs at most (a bound, not a timeout). */
    static final int DRAIN_BATCHES = 10_000;

    private final DetectionQueue queue;
    private final ConflictService service;
    private final ConflictConfig config;
    private final EntityManager em;
    private final ReentrantLock judging = new ReentrantLock();
    private final ReentrantLock running = new ReentrantLock();

    DetectionWorker(DetectionQueue queue, ConflictService service, ConflictConfig config, EntityManager em) {
        this.queue = queue;
        this.service = service;
        this.config = config;
        this.em = em;
    }

    @Scheduled(identity = "conflict-detection", every = "{crosscheck.conflicts.worker-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Conflict detection run failed; the leased groups are retried after the lease");
        }
    }

    /** Leases one batch and judges it; returns how many groups it judged. */
    public int runOnce() {
        running.lock();
        try {
            return judgeBatch(config.settle());
        } finally {
            running.unlock();
        }
    }

    /** Leases one batch of groups whose writes have paused for {@code settle} (or waited settle-max) and judges them. */
    private int judgeBatch(java.time.Duration settle) {
        DetectionQueue.Lease lease = queue.lease(config.batchSize(), settle, config.settleMax());
        int judged = 0;
        for (Map.Entry<DetectionQueue.Group, List<UUID>> e : lease.rows().entrySet()) {
            try {
                DetectionQueue.Group group = e.getKey();
                // Proposals are recorded under the name of whoever made the change that queued the group.
                Caller.actingFor(lease.actors().get(group), () -> judge(group));
                queue.done(lease.owner(), e.getValue());
                judged++;
            } catch (Exception ex) {
                LOG.warnf(ex, "Conflict detection failed for subject %s, metric %s; retried after the lease",
                        e.getKey().subject(), e.getKey().metric());
            }
        }
        return judged;
    }

    /**
     * Runs the worker until nothing is left to lease (bounded by {@link #DRAIN_BATCHES}); for tests and
     * operators that need detection caught up now. Groups leased by another instance are left to it.
     */
    public int drain() {
        running.lock(); // waits for a scheduled run of this instance to end first
        try {
            int total = 0;
            for (int i = 0; i < DRAIN_BATCHES; i++) {
                int judged = judgeBatch(java.time.Duration.ZERO);
                total += judged;
                if (judged == 0) {
                    break;
                }
            }
            return total;
        } finally {
            running.unlock();
        }
    }

    /** Judges one group, one group at a time on this instance. */
    ConflictService.GroupResult judge(DetectionQueue.Group group) {
        judging.lock();
        try {
            return service.detectGroup(group);
        } finally {
            judging.unlock();
        }
    }

    /**
     * Re-scans the whole store (the body of the scan job): pages through the distinct (subject, metric)
     * groups by keyset, {@link #SCAN_PAGE} at a time so memory stays constant, judging each group as the
     * worker does. Decisions and manual links are kept. Progress: groups judged of the groups counted at
     * the start.
     */
    public ScanResult scan(JobContext context) {
        long start = System.nanoTime();
        context.total(QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from (select distinct subject_id, metric_id from claim) g")
                .getSingleResult()).longValue()));
        long groups = 0;
        long claims = 0;
        long proposals = 0;
        long added = 0;
        long removed = 0;
        long truncated = 0;
        DetectionQueue.Group after = null;
        while (true) {
            List<DetectionQueue.Group> page = groupsAfter(after);
            for (DetectionQueue.Group group : page) {
                context.checkCancelled();
                ConflictService.GroupResult r = judge(group);
                groups++;
                claims += r.claims();
                proposals += r.proposals();
                added += r.added();
                removed += r.removed();
                truncated += r.truncated() ? 1 : 0;
                context.processed(groups);
            }
            if (page.size() < SCAN_PAGE) {
                break;
            }
            after = page.get(page.size() - 1);
        }
        return new ScanResult(groups, claims, proposals, added, removed, truncated,
                (System.nanoTime() - start) / 1_000_000);
    }

    private List<DetectionQueue.Group> groupsAfter(DetectionQueue.Group after) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery("select distinct subject_id, metric_id from claim"
                    + (after == null ? "" : " where subject_id > :s or (subject_id = :s and metric_id > :m)")
                    + " order by subject_id, metric_id fetch first " + SCAN_PAGE + " rows only");
            if (after != null) {
                query.setParameter("s", after.subject()).setParameter("m", after.metric());
            }
            List<DetectionQueue.Group> page = new ArrayList<>();
            for (Object row : query.getResultList()) {
                Object[] r = (Object[]) row;
                page.add(new DetectionQueue.Group(DetectionQueue.uuid(r[0]), DetectionQueue.uuid(r[1])));
            }
            return page;
        });
    }
}
