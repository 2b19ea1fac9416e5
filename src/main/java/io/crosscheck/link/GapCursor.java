package io.crosscheck.link;

import io.crosscheck.common.ApiException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * The cursor of the review queue, which is ordered by gap (largest first, links without a gap last)
 * and then by id: the gap and id of the last link seen, base64url-encoded ("0.166667 0190…", or
 * "- 0190…" for a link without a gap). The next page is the links after it in that order.
 */
public record GapCursor(BigDecimal gap, UUID id) {

    public String encode() {
        String raw = (gap == null ? "-" : gap.toPlainString()) + " " + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor; null or blank is the first page; anything that is not one of ours is a 400. */
    public static GapCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            String[] parts = raw.split(" ", -1);
            if (parts.length != 2 || parts[0].length() > 12) {
                throw new IllegalArgumentException();
            }
            BigDecimal gap = parts[0].equals("-") ? null : new BigDecimal(parts[0]);
            if (gap != null && (gap.signum() < 0 || gap.compareTo(BigDecimal.ONE) > 0)) {
                throw new IllegalArgumentException();
            }
            return new GapCursor(gap, UUID.fromString(parts[1]));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("cursor", "is not a cursor returned by this API");
        }
    }
}
