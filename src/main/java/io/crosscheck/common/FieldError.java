package io.crosscheck.common;

/** One field-level validation failure inside a problem+json body; {@code field} is a JSON path like {@code figure.low}. */
public record FieldError(String field, String message) {
}
