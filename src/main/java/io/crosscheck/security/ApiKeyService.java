package io.crosscheck.security;

import io.crosscheck.common.ApiException;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Query;
import io.crosscheck.link.LinkAuthor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Creates, lists, revokes and checks API keys. */
@ApplicationScoped
public class ApiKeyService {

    /**
     * Names the application records as actors itself (history, link decisions, idempotency owners):
     * no key may take one, or its changes could not be told from the application's.
     */
    static final Set<String> RESERVED = Set.copyOf(List.of(Caller.SYSTEM, LinkAuthor.SYSTEM, "anonymous"));

    private final ApiKeyRepository keys;

    ApiKeyService(ApiKeyRepository keys) {
        this.keys = keys;
    }

    /**
     * Creates a key; the answer is the only place its secret ever appears. Names are unique (ignoring
     * case and Unicode compatibility forms), revoked keys included, and reserved names are refused:
     * both 409.
     */
    @Transactional
    public ApiKeyView create(ApiKeyInput input) {
        String name = Normalizer.normalize(input.name().strip(), Normalizer.Form.NFKC);
        if (RESERVED.contains(nameKey(name))) {
            throw ApiException.conflict("The name '" + name + "' is reserved: the application records it as the "
                    + "author of its own changes.");
        }
        if (keys.nameTaken(nameKey(name))) {
            throw ApiException.conflict("A key named '" + name + "' exists already (perhaps revoked): each key's name "
                    + "tells who made a change, so names are never reused. Choose another name.");
        }
        String secret = Secrets.generate();
        ApiKey key = store(name, input.role(), secret);
        return ApiKeyView.withSecret(key, secret);
    }

    /** The first of {@code base}, {@code base-2}, {@code base-3}… that no key has. */
    String freeName(String base) {
        String name = base;
        for (int n = 2; keys.nameTaken(nameKey(name)); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** The form of a name compared for uniqueness. */
    static String nameKey(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    @Transactional
    ApiKey store(String name, Role role, String secret) {
        ApiKey key = new ApiKey();
        key.name = name;
        key.nameKey = nameKey(name);
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
