package io.crosscheck.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Explains JSON binding failures in client terms: which field, what was expected; never a class name. */
final class JsonProblems {

    private JsonProblems() {
    }

    static ApiException toApiException(JsonProcessingException e) {
        if (e instanceof JsonParseException parse) {
            String where = parse.getLocation() == null ? ""
                    : " at line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr();
            return ApiException.badRequest("The body is not well-formed JSON" + where + ".");
        }
        if (e instanceof JsonMappingException mapping) {
            String field = path(mapping);
            String message = message(mapping);
            if (field.isEmpty()) {
                return ApiException.badRequest("The body does not have the expected shape: " + message + ".");
            }
            return new ApiException(400, "Invalid request", field + ": " + message,
                    List.of(new FieldError(field, message)), null);
        }
        return ApiException.badRequest("The body could not be read as JSON.");
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown property";
        }
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                return "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
            }
            return "must be " + describe(target);
        }
        if (e instanceof MismatchedInputException mismatch) {
            Class<?> target = mismatch.getTargetType();
            return target == null ? "has the wrong type" : "must be " + describe(target);
        }
        return "has an invalid value";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        String name = type.getSimpleName();
        return switch (name) {
            case "UUID" -> "a UUID";
            case "LocalDate" -> "an ISO-8601 date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "an ISO-8601 date-time";
            case "BigDecimal", "Double", "double", "Float", "float" -> "a number";
            case "Integer", "int", "Long", "long" -> "an integer";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a string";
            default -> List.class.isAssignableFrom(type) || type.isArray() ? "an array" : "an object";
        };
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
