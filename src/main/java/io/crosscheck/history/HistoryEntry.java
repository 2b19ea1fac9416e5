package io.crosscheck.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One recorded change to a resource: who, when, and the field-level diff as JSON. Rows name their
 * resource by type and id, without a foreign key, so they outlive a deleted resource.
 */
@Entity
@Table(name = "history_entry")
public class HistoryEntry {

    @Id
    public UUID id;

    @Column(nullable = false, length = 40)
    public String resourceType;

    @Column(nullable = false)
    public UUID resourceId;

    @Column(nullable = false, length = 10)
    public String action;

    @Column(nullable = false, length = 100)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 1_000_000)
    public String changes;
}
