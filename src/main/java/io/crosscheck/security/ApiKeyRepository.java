package io.crosscheck.security;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Queries over {@link ApiKey}. */
@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    Optional<ApiKey> findByHash(String hash) {
        return find("secretHash", hash).firstResultOptional();
    }

    boolean nameTaken(String nameKey) {
        return count("nameKey", nameKey) > 0;
    }

    boolean anyActiveAdmin() {
        return count("role = ?1 and revokedAt is null", Role.ADMIN) > 0;
    }
}
