package io.crosscheck.entity;

import io.crosscheck.common.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An entity as the API shows it. */
public record EntityView(UUID id, String name, EntityKind kind, List<String> aliases, String wikidataId,
        String description, long version, Instant createdAt, Instant updatedAt) implements Versioned {

    static EntityView of(NamedEntity e) {
        return new EntityView(e.id, e.name, e.kind, List.copyOf(e.aliases), e.wikidataId, e.description,
                e.version, e.createdAt, e.updatedAt);
    }
}
