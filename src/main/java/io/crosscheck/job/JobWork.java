package io.crosscheck.job;

/**
 * The body of a job. Its return value (null allowed) is the job's result, stored as JSON. Work that
 * holds something outside the database (an upload staged in a file) releases it in {@link #close()},
 * which {@link Jobs} calls exactly once however the job ends, including when it never runs (cancelled
 * while queued, refused by a full pool, or queued when the instance stops).
 */
@FunctionalInterface
public interface JobWork extends AutoCloseable {

    Object run(JobContext context) throws Exception;

    @Override
    default void close() {
    }
}
