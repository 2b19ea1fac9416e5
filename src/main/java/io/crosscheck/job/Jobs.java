package io.crosscheck.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.security.Caller;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs long work in the background and keeps its state in the {@code job} table: submitting answers at
 * once with a job to poll (HTTP 202 and {@code Location: /api/jobs/{id}}). A job runs on the instance
 * that accepted it, on a small bounded pool, as the caller who submitted it (history records that name).
 * Every instance refreshes the heartbeat of its own jobs and fails the jobs of instances that stopped.
 */
@ApplicationScoped
public class Jobs {

    private static final Logger LOG = Logger.getLogger(Jobs.class);

    /** Identifies this process among the instances sharing the database. */
    private final String instanceId = Ids.newId().toString();
    private final JobStore store;
    private final ObjectMapper json;
    private final ThreadPoolExecutor pool;

    Jobs(JobStore store, ObjectMapper json, JobConfig config) {
        this.store = store;
        this.json = json;
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(config.workers(), config.workers(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(config.queueSize()), r -> {
                    Thread t = new Thread(r, "crosscheck-job-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Queues {@code work} as a job of {@code kind} ("import", "fetch", …) and returns it, still QUEUED.
     * Answers 503 when this instance's queue is full.
     */
    public JobView submit(String kind, String target, JobWork work) {
        if (pool.getQueue().remainingCapacity() == 0) {
            work.close();
            throw busy();
        }
        Job job;
        try {
            job = store.create(kind, target, Caller.currentActor(), instanceId);
        } catch (RuntimeException e) {
            work.close();
            throw e;
        }
        try {
            pool.execute(new Task(job.id, job.createdBy, work));
        } catch (RejectedExecutionException e) {
            store.finish(job.id, JobState.FAILED, null, "This instance had no room for the job.");
            work.close();
            throw busy();
        }
        return view(job);
    }

    /** A queued job; kept as a type so that the tasks a stopping pool never ran can still be closed. */
    private final class Task implements Runnable {
        final UUID id;
        final String actor;
        final JobWork work;

        Task(UUID id, String actor, JobWork work) {
            this.id = id;
            this.actor = actor;
            this.work = work;
        }

        @Override
        public void run() {
            try {
                Jobs.this.run(id, actor, work);
            } finally {
                work.close();
            }
        }
    }

    public JobView get(UUID id) {
        return view(store.find(id));
    }

    public Page<JobView> list(String kind, JobState state, PageRequest page) {
        return Page.of(store.list(kind, state, page), page, j -> j.id, this::view);
    }

    /** A page of a job's item issues, in the order found; the cursor is the last {@code seq} shown. */
    public Page<JobIssueView> issues(UUID id, PageRequest page, String cursor) {
        store.find(id);
        long after = 0;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = Long.parseLong(cursor.trim());
            } catch (NumberFormatException e) {
                throw ApiException.invalid("cursor", "must be the next value of a previous page");
            }
        }
        List<JobIssue> rows = store.issues(id, after, page.fetchSize());
        boolean more = rows.size() > page.limit();
        List<JobIssue> shown = more ? rows.subList(0, page.limit()) : rows;
        return new Page<>(shown.stream().map(JobIssueView::of).toList(),
                more ? Long.toString(shown.get(shown.size() - 1).seq) : null);
    }

    public JobView cancel(UUID id) {
        return view(store.cancel(id));
    }

    private void run(UUID id, String actor, JobWork work) {
        if (!store.start(id)) {
            return;
        }
        JobContext context = new JobContext(id, store);
        ManagedContext requests = Arc.container().requestContext();
        requests.activate();
        try {
            Object result = Caller.actingFor(actor, () -> work.run(context));
            context.flush();
            store.finish(id, JobState.SUCCEEDED, result == null ? null : json.writeValueAsString(result), null);
        } catch (JobCancelledException e) {
            context.flush();
            store.finish(id, JobState.CANCELLED, null, e.getMessage());
        } catch (ApiException e) {
            context.flush();
            store.finish(id, JobState.FAILED, null, e.getMessage());
        } catch (Exception | Error e) {
            UUID incident = UUID.randomUUID();
            LOG.errorf(e, "Job %s failed (incident %s)", id, incident);
            store.finish(id, JobState.FAILED, null, "The job failed unexpectedly (incident " + incident + ").");
        } finally {
            requests.terminate();
        }
    }

    @Scheduled(identity = "job-heartbeat", every = "{crosscheck.jobs.heartbeat}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        store.heartbeat(instanceId);
        int stale = store.failStale();
        if (stale > 0) {
            LOG.warnf("Failed %d job(s) whose instance stopped before they ended", stale);
        }
        store.prune(500);
    }

    void stop(@Observes ShutdownEvent event) {
        for (Runnable never : pool.shutdownNow()) {
            if (never instanceof Task task) {
                task.work.close();
            }
        }
    }

    private JobView view(Job job) {
        return new JobView(job.id, job.kind, job.state, job.target, job.createdBy, job.createdAt, job.startedAt,
                job.finishedAt, job.processed, job.total, job.issueCount, job.cancelRequested, result(job.result),
                job.error);
    }

    private JsonNode result(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a job result is not JSON", e);
        }
    }

    private static ApiException busy() {
        return new ApiException(503, "Service unavailable",
                "Too many jobs are waiting on this instance; retry in a minute.", null, Map.of("retryAfter", 60));
    }
}
