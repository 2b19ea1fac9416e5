package io.crosscheck.common;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Identifiers: time-ordered UUIDs (version 7), so that ordering by id is ordering by creation,
 * which is what cursor paging relies on, and several instances never collide.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis;
    private static long sequence;

    private Ids() {
    }

    /**
     * Ids made by one process are strictly increasing, even within one millisecond (RFC 9562
     * method 1: the 12-bit field after the time is a counter started at a random value), so that the
     * order of ids is the order of creation; histories rely on it.
     */
    public static synchronized UUID newId() {
        long millis = Math.max(System.currentTimeMillis(), lastMillis);
        if (millis == lastMillis && sequence < 0xFFF) {
            sequence++;
        } else {
            if (millis == lastMillis) {
                millis++;
            }
            sequence = RANDOM.nextInt(1 << 11);
        }
        lastMillis = millis;
        long randA = sequence;
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /** Parses an id from a path or query; a malformed one is the client's error (400), never a 500. */
    public static UUID parse(String raw, String field) {
        UUID id = tryParse(raw);
        if (id == null) {
            throw ApiException.invalid(field, "must be a UUID, got '" + abbreviate(raw) + "'");
        }
        return id;
    }

    /** The id if {@code raw} is a canonical UUID, else null (callers may then treat it as a name or key). */
    public static UUID tryParse(String raw) {
        if (raw == null || raw.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A UUID column read by a native query: H2 hands it over as 16 bytes, PostgreSQL as a UUID. */
    public static UUID fromColumn(Object value) {
        if (value instanceof UUID u) {
            return u;
        }
        if (value instanceof byte[] b && b.length == 16) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(b);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }

    static String abbreviate(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "…";
    }
}
