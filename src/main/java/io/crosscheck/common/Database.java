package io.crosscheck.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which database the application was built for ({@code quarkus.datasource.db-kind}: H2 or PostgreSQL),
 * for the few queries that differ: full-text search, the change counter, shared rate limits.
 */
@ApplicationScoped
public class Database {

    private final boolean postgresql;

    Database(@ConfigProperty(name = "quarkus.datasource.db-kind") String kind) {
        this.postgresql = kind.toLowerCase(Locale.ROOT).startsWith("postgres");
    }

    public boolean postgresql() {
        return postgresql;
    }
}
