package io.crosscheck.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Console sign-in: a person proves they hold an API key once, and gets a session cookie whose
 * token is stored only as a hash. Sessions live in the database, so every instance knows them,
 * and end when they expire, when the person signs out, or when the key is revoked.
 */
@ApplicationScoped
public class ConsoleSessions {

    /** The session cookie's name. */
    public static final String COOKIE = "crosscheck_session";
    /** How long a session lasts. */
    public static final Duration LIFETIME = Duration.ofHours(8);

    private final EntityManager em;
    private final ApiKeyService keys;

    ConsoleSessions(EntityManager em, ApiKeyService keys) {
        this.em = em;
        this.keys = keys;
    }

    /** A signed-in person: the key's name and role, and the CSRF token their forms must carry. */
    public record SignedIn(String name, Role role, String csrf) {

        /** Whether the key may change data (editor or admin). */
        public boolean canWrite() {
            return role.includes(Role.EDITOR);
        }

        /** Whether {@code token} is this session's CSRF token (compared in constant time). */
        public boolean csrfMatches(String token) {
            return token != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                    token.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Opens a session for the holder of {@code secret}; returns the cookie's token, or empty for a bad key. */
    @Transactional
    public Optional<String> open(String secret) {
        return keys.authenticate(secret).map(key -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            em.createQuery("delete from ConsoleSession s where s.expiresAt < :now").setParameter("now", now)
                    .executeUpdate();
            String token = Secrets.generate();
            ConsoleSession session = new ConsoleSession();
            session.tokenHash = Secrets.hash(token);
            session.key = key;
            session.csrfToken = Secrets.generate();
            session.createdAt = now;
            session.expiresAt = now.plus(LIFETIME);
            em.persist(session);
            return token;
        });
    }

    /** A live session: the key signed in with, and the CSRF token of its forms. */
    record Live(ApiKey key, String csrf) {
    }

    /**
     * The session behind a cookie's token, if it is live. {@link ApiKeyMechanism} calls it, so the
     * request then acts as the session's key (history and link decisions name them).
     */
    @Transactional
    Optional<Live> resume(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        ConsoleSession session = em.find(ConsoleSession.class, Secrets.hash(token.trim()));
        if (session == null || session.expiresAt.isBefore(Instant.now()) || !session.key.active()) {
            return Optional.empty();
        }
        return Optional.of(new Live(session.key, session.csrfToken));
    }

    /** Ends the session of this token, if any. */
    @Transactional
    public void close(String token) {
        if (token != null && token.length() <= 200) {
            em.createQuery("delete from ConsoleSession s where s.tokenHash = :hash")
                    .setParameter("hash", Secrets.hash(token.trim())).executeUpdate();
        }
    }
}
