package io.crosscheck.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The {@code idempotency_record} table. Each method runs in its own transaction, apart from the
 * request's own work, so that a key is claimed before the work starts and visible to every instance.
 */
@ApplicationScoped
public class IdempotencyStore {

    private final EntityManager em;

    IdempotencyStore(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<StoredResponse> find(String owner, String key) {
        List<?> rows = em.createNativeQuery("select request_hash, status, location, etag, body, created_at, expires_at "
                        + "from idempotency_record where owner = :owner and idem_key = :key")
                .setParameter("owner", owner).setParameter("key", key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new StoredResponse((String) r[0], ((Number) r[1]).intValue(), (String) r[2], (String) r[3],
                (String) r[4], instant(r[5]), instant(r[6])));
    }

    /** Claims the key for a new request; fails (unique key) when another request claimed it first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void claim(String owner, String key, String requestHash, Instant now, Instant expiresAt) {
        em.createNativeQuery("insert into idempotency_record (owner, idem_key, request_hash, status, created_at, expires_at) "
                        + "values (:owner, :key, :hash, 0, :now, :expires)")
                .setParameter("owner", owner).setParameter("key", key).setParameter("hash", requestHash)
                .setParameter("now", now).setParameter("expires", expiresAt).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void complete(String owner, String key, int status, String location, String etag, String body) {
        em.createNativeQuery("update idempotency_record set status = :status, location = :location, etag = :etag, "
                        + "body = :body where owner = :owner and idem_key = :key")
                .setParameter("status", status).setParameter("location", location).setParameter("etag", etag)
                .setParameter("body", body).setParameter("owner", owner).setParameter("key", key).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void release(String owner, String key) {
        em.createNativeQuery("delete from idempotency_record where owner = :owner and idem_key = :key")
                .setParameter("owner", owner).setParameter("key", key).executeUpdate();
    }

    /** Forgets every key past its expiry. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int purgeExpired(Instant now) {
        return em.createNativeQuery("delete from idempotency_record where expires_at < :now")
                .setParameter("now", now).executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
