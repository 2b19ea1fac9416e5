package io.crosscheck.source;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Stored sources. */
@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, UUID> {

    public Optional<Source> findByCanonicalUrl(String canonicalUrl) {
        return find("canonicalUrl", canonicalUrl).firstResultOptional();
    }
}
