package io.crosscheck.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * A key as listed: never its secret. {@code key} holds the secret only in the answer to the
 * request that created it.
 */
public record ApiKeyView(UUID id, String name, Role role, String prefix, Instant createdAt, Instant revokedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String key) {

    static ApiKeyView of(ApiKey k) {
        return new ApiKeyView(k.id, k.name, k.role, k.prefix, k.createdAt, k.revokedAt, null);
    }

    static ApiKeyView withSecret(ApiKey k, String secret) {
        return new ApiKeyView(k.id, k.name, k.role, k.prefix, k.createdAt, k.revokedAt, secret);
    }
}
