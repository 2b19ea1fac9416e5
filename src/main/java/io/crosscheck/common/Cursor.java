package io.crosscheck.common;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;

/**
 * Opaque paging cursors: the id of the last item seen, base64url-encoded; for lists in relevance
 * order, its rank and id.
 */
public final class Cursor {

    private Cursor() {
    }

    public static String encode(UUID lastId) {
        ByteBuffer buffer = ByteBuffer.allocate(16);
        buffer.putLong(lastId.getMostSignificantBits()).putLong(lastId.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    /** A cursor for lists ordered by a number (an epoch day, an offset in a text). */
    public static String encode(long last) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(ByteBuffer.allocate(8).putLong(last).array());
    }

    /** Decodes a cursor made by {@link #encode(long)}; anything else is a 400 on the {@code cursor} parameter. */
    public static long decodeNumber(String cursor) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            if (bytes.length != 8) {
                throw new IllegalArgumentException();
            }
            return ByteBuffer.wrap(bytes).getLong();
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("cursor", "is not a cursor returned by this API");
        }
    }

    /** Decodes a cursor; anything that is not one of ours is a 400 on the {@code cursor} parameter. */
    public static UUID decode(String cursor) {
        ByteBuffer buffer = bytes(cursor, 16);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    /** A position in a list ordered by a rank (descending), then by id. */
    public record Ranked(float rank, UUID id) {
    }

    public static String encode(Ranked last) {
        ByteBuffer buffer = ByteBuffer.allocate(20);
        buffer.putFloat(last.rank()).putLong(last.id().getMostSignificantBits())
                .putLong(last.id().getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    /** Decodes a cursor of a ranked list; a cursor of an id-ordered list (or anything else) is a 400. */
    public static Ranked decodeRanked(String cursor) {
        ByteBuffer buffer = bytes(cursor, 20);
        float rank = buffer.getFloat();
        if (!Float.isFinite(rank)) {
            throw invalid();
        }
        return new Ranked(rank, new UUID(buffer.getLong(), buffer.getLong()));
    }

    private static ByteBuffer bytes(String cursor, int length) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            if (bytes.length != length) {
                throw invalid();
            }
            return ByteBuffer.wrap(bytes);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid("cursor", "is not a cursor returned by this API");
    }
}
