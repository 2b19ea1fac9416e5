package io.crosscheck.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become {@code application/problem+json} responses. Clients see
 * the status, a title, a detail written for them and field errors; never a class name or a trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return Problems.response(e.status(), e.title(), e.getMessage(), uri, e.errors(), e.extensions());
    }

    /**
     * A body that passed its limit while being read; the rest is not worth reading, so the connection
     * closes once the answer is out (HTTP/1; on HTTP/2 only the stream ends).
     */
    @ServerExceptionMapper
    public Response tooLarge(BodyTooLargeException e, UriInfo uri, io.vertx.ext.web.RoutingContext rc) {
        rc.addEndHandler(done -> {
            if (rc.request().version() != io.vertx.core.http.HttpVersion.HTTP_2) {
                rc.request().connection().close();
            }
        });
        return Response.fromResponse(Problems.response(413, "Payload too large", e.getMessage(), uri, null, null))
                .header("Connection", "close").build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid; see errors.";
        return Problems.response(400, "Invalid request", detail, uri, errors, null);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return api(JsonProblems.toApiException(e), uri);
    }

    /** Declared apart: the built-in mapper for this subtype would otherwise answer with an empty body. */
    @ServerExceptionMapper
    public Response mismatch(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return Problems.response(status, Problems.reason(status), Problems.defaultDetail(status), uri, null, null);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentEdit(RuntimeException e, UriInfo uri) {
        return Problems.response(409, "Conflict",
                "Someone else changed this resource at the same time; fetch it again and retry.", uri, null, null);
    }

    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return Problems.response(409, "Conflict",
                "The request conflicts with data stored meanwhile (a unique or reference rule); fetch and retry.",
                uri, null, null);
    }

    /** A value the database refuses (a NUL character in a query parameter, on PostgreSQL): the client's doing. */
    @ServerExceptionMapper
    public Response data(org.hibernate.exception.DataException e, UriInfo uri) {
        LOG.debugf(e, "Value refused by the database");
        return Problems.response(400, "Invalid request",
                "A value in the request cannot be stored or searched for (for example, it holds a NUL character).",
                uri, null, null);
    }

    /**
     * A streamed download whose client left mid-way (ClientStreams): its work is stopped; no answer can
     * reach anyone, so this is logged quietly, not as an incident.
     */
    @ServerExceptionMapper
    public Response clientGone(ClientStreams.ClientGoneException e, UriInfo uri) {
        LOG.debugf("Streaming %s stopped: the client closed the connection", uri.getPath());
        return Response.status(Response.Status.BAD_REQUEST).build();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return Problems.response(500, "Internal error",
                "Something went wrong on our side; the incident id helps us find it.", uri, null,
                Map.of("incident", incident));
    }

    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.getName() == null || node.getName().startsWith("<")) {
                        continue;
                    }
                    if (node.getIndex() != null && !field.isEmpty()) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
                default -> {
                    // method and parameter nodes name Java code, which means nothing to a client
                }
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
