package io.crosscheck.feed;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Stored feeds. */
@ApplicationScoped
public class FeedRepository implements PanacheRepositoryBase<Feed, UUID> {

    public Optional<Feed> findByCanonicalUrl(String canonicalUrl) {
        return find("canonicalUrl", canonicalUrl).firstResultOptional();
    }
}
