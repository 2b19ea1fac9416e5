package io.crosscheck.security;

import io.crosscheck.common.ApiException;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** Creates, lists, revokes and checks API keys. */
@ApplicationScoped
public class ApiKeyService {

    private final ApiKeyRepository keys;

    ApiKeyService(ApiKeyRepository keys) {
        this.keys = keys;
    }

    /** Creates a key; the answer is the only place its secret ever appears. */
    @Transactional
    public ApiKeyView create(ApiKeyInput input) {
        String secret = Secrets.generate();
        ApiKey key = store(input.name().trim(), input.role(), secret);
        return ApiKeyView.withSecret(key, secret);
    }

    @Transactional
    ApiKey store(String name, Role role, String secret) {
        ApiKey key = new ApiKey();
        key.name = name;
        key.role = role;
        key.secretHash = Secrets.hash(secret);
        key.prefix = Secrets.prefixOf(secret);
        keys.persistAndFlush(key);
        return key;
    }

    public Page<ApiKeyView> list(PageRequest page) {
        return Page.of(new Query().page(keys, page), page, k -> k.id, ApiKeyView::of);
    }

    /** Revokes a key for good; revoking twice is harmless. */
    @Transactional
    public void revoke(UUID id) {
        ApiKey key = keys.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("API key", id));
        if (key.active()) {
            key.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
    }

    /** The active key whose secret this is. The stored hash is compared in constant time. */
    @Transactional
    public Optional<ApiKey> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        String hash = Secrets.hash(secret.trim());
        return keys.findByHash(hash).filter(k -> Secrets.sameHash(k.secretHash, hash)).filter(ApiKey::active);
    }

    boolean exists(String secret) {
        return keys.findByHash(Secrets.hash(secret)).isPresent();
    }

    boolean anyActiveAdmin() {
        return keys.anyActiveAdmin();
    }
}
