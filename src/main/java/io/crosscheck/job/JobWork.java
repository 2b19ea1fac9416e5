package io.crosscheck.job;

/** The body of a job. Its return value (null allowed) is the job's result, stored as JSON. */
@FunctionalInterface
public interface JobWork {

    Object run(JobContext context) throws Exception;
}
