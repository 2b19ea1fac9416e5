package io.crosscheck.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads enum query parameters. JAX-RS would answer a bad value with 404; a client deserves a 400
 * that lists the values allowed.
 */
public final class Enums {

    private Enums() {
    }

    /** The constant named {@code raw} (any case), null when blank, 400 on the {@code field} otherwise. */
    public static <E extends Enum<E>> E parse(Class<E> type, String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
