package io.crosscheck.compare;

import io.crosscheck.common.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.UUID;

/**
 * Which axes of a comparison to answer: at most {@code limit}, those after {@code after} in axis order
 * (subject name, metric key, then the axis's smallest claim id; null: from the first).
 */
public record AxisPage(int limit, After after) {

    /** The last axis of a page: where the next one starts. */
    public record After(String subjectName, String metricKey, UUID firstId) {
    }

    /** The first page, of {@code limit} axes. */
    public static AxisPage first(int limit) {
        return new AxisPage(Math.max(1, limit), null);
    }

    /**
     * Validates the raw {@code axisLimit} (1 to {@code max}, default {@code max}) and {@code axisCursor}
     * query parameters; anything else is a 400 on the parameter.
     */
    public static AxisPage of(String limit, String cursor, int max) {
        int size = Math.max(1, max);
        if (limit != null && !limit.isBlank()) {
            try {
                size = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                throw ApiException.invalid("axisLimit", "must be an integer between 1 and " + max);
            }
            if (size < 1 || size > max) {
                throw ApiException.invalid("axisLimit", "must be between 1 and " + max);
            }
        }
        return new AxisPage(size, cursor == null || cursor.isBlank() ? null : decode(cursor.trim()));
    }

    /** The opaque cursor of a page's last axis: its subject name, metric key and smallest claim id. */
    static String encode(After last) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(last.subjectName());
            out.writeUTF(last.metricKey());
            out.writeLong(last.firstId().getMostSignificantBits());
            out.writeLong(last.firstId().getLeastSignificantBits());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static After decode(String cursor) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
            String name = in.readUTF();
            String key = in.readUTF();
            UUID id = new UUID(in.readLong(), in.readLong());
            if (in.available() != 0) {
                throw new IOException("trailing bytes");
            }
            return new After(name, key, id);
        } catch (IllegalArgumentException | IOException e) {
            throw ApiException.invalid("axisCursor", "is not an axis cursor returned by this API");
        }
    }
}
