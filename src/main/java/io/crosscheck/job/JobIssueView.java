package io.crosscheck.job;

/** One item issue of a job; {@code seq} numbers them from 1 in the order found. */
public record JobIssueView(long seq, String item, String field, String message) {

    static JobIssueView of(JobIssue issue) {
        return new JobIssueView(issue.seq, issue.item, issue.field, issue.message);
    }
}
