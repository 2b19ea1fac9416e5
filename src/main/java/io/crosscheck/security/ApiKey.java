package io.crosscheck.security;

import io.crosscheck.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A named API key with a role. Only the SHA-256 of its secret is stored; the secret is shown once. */
@Entity
@Table(name = "api_key")
public class ApiKey extends BaseEntity {

    @Column(nullable = false, length = 100)
    public String name;

    /** The name as compared for uniqueness: NFKC-normalised and lower-cased ({@link ApiKeyService#nameKey}). */
    @Column(name = "name_key", nullable = false, length = 100)
    public String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Role role;

    @Column(nullable = false, length = 64)
    public String secretHash;

    /** The first characters of the secret, so a holder can tell which key is which in a list. */
    @Column(name = "key_prefix", nullable = false, length = 16)
    public String prefix;

    public Instant revokedAt;

    public boolean active() {
        return revokedAt == null;
    }
}
