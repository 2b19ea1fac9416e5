package io.crosscheck.common;

import java.util.List;
import java.util.Map;

/**
 * A failure the client can act on, carrying everything its problem+json body needs.
 * Services throw it; {@link ProblemMappers} turns it into the response.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    public ApiException(int status, String title, String detail, List<FieldError> errors, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "Bad request", detail, null, null);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(400, "Invalid request", field + ": " + message, List.of(new FieldError(field, message)), null);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "Forbidden", detail, null, null);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "Not found", "No " + what + " with id " + id + ".", null, null);
    }

    public static ApiException unprocessable(String field, String message) {
        return new ApiException(422, "Unprocessable content", field + ": " + message,
                List.of(new FieldError(field, message)), null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Conflict", detail, null, null);
    }

    public static ApiException conflict(String detail, Map<String, Object> extensions) {
        return new ApiException(409, "Conflict", detail, null, extensions);
    }

    public static ApiException preconditionFailed(String detail) {
        return new ApiException(412, "Precondition failed", detail, null, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
