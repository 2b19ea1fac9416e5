package io.crosscheck.common;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What every stored resource has: a time-ordered id, an optimistic-lock version (the source of its
 * ETag) and creation and update times.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    public UUID id;

    @Version
    public long version;

    public Instant createdAt;

    public Instant updatedAt;

    @PrePersist
    void beforeInsert() {
        if (id == null) {
            id = Ids.newId();
        }
        createdAt = now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = now();
    }

    /** Microseconds are what both H2 and PostgreSQL keep; truncating here keeps views and rows equal. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
