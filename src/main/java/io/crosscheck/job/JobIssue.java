package io.crosscheck.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** Something a job found wrong with one item (an import line, a feed entry), numbered in the order found. */
@Entity
@Table(name = "job_issue")
@IdClass(JobIssue.Key.class)
public class JobIssue {

    @Id
    public UUID jobId;

    @Id
    public long seq;

    /** Which item: "line 12", an entry URL. */
    @Column(length = 200)
    public String item;

    @Column(length = 200)
    public String field;

    @Column(nullable = false, length = 2000)
    public String message;

    /** The composite primary key. */
    public record Key(UUID jobId, long seq) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
