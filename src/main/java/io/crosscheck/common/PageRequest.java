package io.crosscheck.common;

import java.util.UUID;

/** A validated {@code limit} and decoded {@code cursor}: the rows wanted are those with an id after {@code after}. */
public record PageRequest(int limit, UUID after) {

    /** Validates the raw query parameters against the configured default and cap. */
    public static PageRequest of(String limit, String cursor, ApiConfig config) {
        int size = config.defaultPageSize();
        if (limit != null && !limit.isBlank()) {
            try {
                size = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                throw ApiException.invalid("limit", "must be an integer between 1 and " + config.maxPageSize());
            }
            if (size < 1 || size > config.maxPageSize()) {
                throw ApiException.invalid("limit", "must be between 1 and " + config.maxPageSize());
            }
        }
        UUID after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor.trim());
        return new PageRequest(size, after);
    }

    /** How many rows to fetch: one more than shown, to know whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }
}
