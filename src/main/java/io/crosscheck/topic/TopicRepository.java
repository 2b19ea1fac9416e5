package io.crosscheck.topic;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Stored topics. */
@ApplicationScoped
public class TopicRepository implements PanacheRepositoryBase<Topic, UUID> {

    public Optional<Topic> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
