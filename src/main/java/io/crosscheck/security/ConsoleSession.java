package io.crosscheck.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A console sign-in: who (the API key), the CSRF token of its forms, and until when. */
@Entity
@Table(name = "console_session")
class ConsoleSession {

    /** SHA-256 of the cookie's token: a stolen database row does not sign anyone in. */
    @Id
    @Column(name = "token_hash", length = 64)
    String tokenHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "key_id")
    ApiKey key;

    @Column(name = "csrf_token", nullable = false, length = 64)
    String csrfToken;

    @Column(nullable = false)
    Instant createdAt;

    @Column(nullable = false)
    Instant expiresAt;
}
