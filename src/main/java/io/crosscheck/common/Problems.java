package io.crosscheck.common;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/** Builds problem+json responses; also used by filters that answer before a resource runs. */
public final class Problems {

    private Problems() {
    }

    public static Response response(int status, String title, String detail, UriInfo uri,
            List<FieldError> errors, Map<String, Object> extensions) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        return response(status, title, detail, instance, errors, extensions);
    }

    public static Response response(int status, String title, String detail, String instance,
            List<FieldError> errors, Map<String, Object> extensions) {
        Problem body = new Problem(type(status), title, status, detail, instance, errors, extensions);
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
        if (extensions != null && extensions.get("retryAfter") instanceof Number seconds) {
            response.header("Retry-After", seconds.longValue());
        }
        return response.build();
    }

    /**
     * Ends a response with a problem from a Vert.x handler, which answers before JAX-RS (and its
     * exception mappers) runs: body limits, path checks, failed authentications.
     */
    public static void send(HttpServerResponse response, int status, String title, String detail, String instance,
            Map<String, Object> extensions) {
        JsonObject body = new JsonObject().put("type", type(status)).put("title", title).put("status", status)
                .put("detail", detail).put("instance", instance);
        if (extensions != null) {
            extensions.forEach(body::put);
        }
        response.setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body.encode());
    }

    /** A stable, non-dereferenceable identifier of the problem kind (listed in docs/api.md). */
    public static String type(int status) {
        return "urn:crosscheck:problem:" + switch (status) {
            case 400 -> "invalid-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 428 -> "precondition-required";
            case 429 -> "too-many-requests";
            case 501 -> "not-implemented";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "http-" + status;
        };
    }

    public static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return status == 422 ? "Unprocessable content" : "HTTP " + status;
    }

    static String defaultDetail(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the media type asked for; ask for application/json.";
            case 415 -> "Send the body as application/json (or application/merge-patch+json for PATCH).";
            default -> Problems.reason(status) + ".";
        };
    }
}
