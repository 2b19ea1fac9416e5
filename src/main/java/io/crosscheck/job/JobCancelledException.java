package io.crosscheck.job;

/** Thrown by {@link JobContext#checkCancelled()} to end a job someone cancelled. */
public class JobCancelledException extends RuntimeException {

    JobCancelledException() {
        super("The job was cancelled.");
    }
}
