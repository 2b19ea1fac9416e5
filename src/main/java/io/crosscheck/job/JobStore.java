package io.crosscheck.job;

import io.crosscheck.common.ApiException;
import io.crosscheck.common.PageRequest;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The job table, each write in a transaction of its own: a job's bookkeeping must commit whatever
 * becomes of the work it reports on (which may roll back).
 */
@ApplicationScoped
class JobStore {

    record NewIssue(String item, String field, String message) {
    }

    private final JobConfig config;

    JobStore(JobConfig config) {
        this.config = config;
    }

    Job create(String kind, String target, String createdBy, String instanceId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Job job = new Job();
            job.kind = kind;
            job.target = target == null || target.length() <= 2048 ? target : target.substring(0, 2048);
            job.createdBy = createdBy;
            job.instanceId = instanceId;
            job.state = JobState.QUEUED;
            job.heartbeatAt = now();
            em().persist(job);
            return job;
        });
    }

    /** Marks a queued job running; false when it was cancelled (or failed as stale) before it started. */
    boolean start(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> em().createQuery(
                "update Job set state = :running, startedAt = :now, heartbeatAt = :now, version = version + 1, "
                        + "updatedAt = :now where id = :id and state = :queued and cancelRequested = false")
                .setParameter("running", JobState.RUNNING).setParameter("queued", JobState.QUEUED)
                .setParameter("now", now()).setParameter("id", id).executeUpdate() == 1);
    }

    /** Writes progress ({@code processed < 0}: unchanged) and issues; returns whether a cancel was asked. */
    boolean report(UUID id, long processed, Long total, List<NewIssue> issues) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Job job = em().find(Job.class, id);
            if (job == null) {
                return true;
            }
            if (processed >= 0) {
                job.processed = processed;
            }
            if (total != null) {
                job.total = total;
            }
            for (NewIssue issue : issues) {
                if (job.issueCount < config.maxIssues()) {
                    JobIssue row = new JobIssue();
                    row.jobId = id;
                    row.seq = job.issueCount + 1;
                    row.item = clip(issue.item(), 200);
                    row.field = clip(issue.field(), 200);
                    row.message = clip(issue.message() == null ? "" : issue.message(), 2000);
                    em().persist(row);
                }
                job.issueCount++;
            }
            job.heartbeatAt = now();
            return job.cancelRequested;
        });
    }

    void finish(UUID id, JobState state, String result, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            Job job = em().find(Job.class, id);
            if (job == null || job.state.finished()) {
                return;
            }
            job.state = state;
            job.result = result;
            job.error = clip(error, 4000);
            job.finishedAt = now();
            job.heartbeatAt = job.finishedAt;
        });
    }

    /** Asks a job to stop: a queued one is cancelled at once, a running one at its next check. */
    Job cancel(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Job job = find(id);
            if (job.state.finished()) {
                throw ApiException.conflict("The job has already ended (" + job.state + ").");
            }
            job.cancelRequested = true;
            if (job.state == JobState.QUEUED) {
                job.state = JobState.CANCELLED;
                job.finishedAt = now();
            }
            return job;
        });
    }

    void heartbeat(String instanceId) {
        QuarkusTransaction.requiringNew().run(() -> em().createQuery("update Job set heartbeatAt = :now "
                + "where instanceId = :me and state in (:active)")
                .setParameter("now", now()).setParameter("me", instanceId)
                .setParameter("active", List.of(JobState.QUEUED, JobState.RUNNING)).executeUpdate());
    }

    /** Fails the jobs whose instance stopped refreshing them (it died, or was stopped mid-job). */
    int failStale() {
        Instant now = now();
        return QuarkusTransaction.requiringNew().call(() -> em().createQuery("update Job set state = :failed, "
                + "error = :why, finishedAt = :now, version = version + 1, updatedAt = :now "
                + "where state in (:active) and heartbeatAt < :before")
                .setParameter("failed", JobState.FAILED)
                .setParameter("why", "The instance running this job stopped before it ended; submit it again.")
                .setParameter("now", now).setParameter("active", List.of(JobState.QUEUED, JobState.RUNNING))
                .setParameter("before", now.minus(config.staleAfter())).executeUpdate());
    }

    /** Deletes up to {@code batch} jobs that ended more than the retention ago; returns how many. */
    int prune(int batch) {
        if (config.retentionDays() <= 0) {
            return 0;
        }
        Instant before = now().minus(config.retentionDays(), ChronoUnit.DAYS);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> ids = em().createQuery("select id from Job where finishedAt < :before order by id", UUID.class)
                    .setParameter("before", before).setMaxResults(batch).getResultList();
            if (ids.isEmpty()) {
                return 0;
            }
            em().createQuery("delete from JobIssue where jobId in (:ids)").setParameter("ids", ids).executeUpdate();
            return em().createQuery("delete from Job where id in (:ids)").setParameter("ids", ids).executeUpdate();
        });
    }

    Job find(UUID id) {
        Job job = em().find(Job.class, id);
        if (job == null) {
            throw ApiException.notFound("job", id);
        }
        return job;
    }

    List<Job> list(String kind, JobState state, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (state != null) {
            where.append(" and state = :state");
            params.and("state", state);
        }
        if (page.after() != null) {
            where.append(" and id < :after");
            params.and("after", page.after());
        }
        var query = em().createQuery("from Job where " + where + " order by id desc", Job.class);
        params.map().forEach(query::setParameter);
        return query.setMaxResults(page.fetchSize()).getResultList();
    }

    List<JobIssue> issues(UUID id, long afterSeq, int fetch) {
        return em().createQuery("from JobIssue where jobId = :id and seq > :after order by seq", JobIssue.class)
                .setParameter("id", id).setParameter("after", afterSeq).setMaxResults(fetch).getResultList();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
