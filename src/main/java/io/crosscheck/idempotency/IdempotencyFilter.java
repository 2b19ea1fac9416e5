package io.crosscheck.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.common.BodySizeLimit;
import io.crosscheck.common.Problem;
import io.crosscheck.common.Problems;
import io.crosscheck.security.Caller;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Idempotency-Key} on POST under /api: the first request with a key (per API key) claims it
 * and its response is stored; the same key with the same method, path and body replays that
 * response (status, body, Location, ETag, plus {@code Idempotent-Replayed: true}); with a different
 * body it is a 422; while the first is still running, a 409. Requests without an API key ignore the
 * header: they can only compute, which is safe to repeat, and anonymous callers have no owner to
 * keep their keys apart. A {@link SecretAnswer} is stored without its body, and its replay is a 409
 * saying the secret was shown once.
 */
public class IdempotencyFilter {

    static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
    private static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyStore store;
    private final Instance<IdempotencyConfig> config;
    private final Caller caller;
    private final ObjectMapper mapper;
    private final BodySizeLimit limits;

    IdempotencyFilter(IdempotencyStore store, Instance<IdempotencyConfig> config, Caller caller, ObjectMapper mapper,
            BodySizeLimit limits) {
        this.store = store;
        this.config = config;
        this.caller = caller;
        this.mapper = mapper;
        this.limits = limits;
    }

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHENTICATION + 20)
    public Response before(ContainerRequestContext request, ResourceInfo resource) throws IOException {
        String key = request.getHeaderString(HEADER);
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (key == null || !request.getMethod().equals("POST") || !path.startsWith("/api/") || !caller.authenticated()) {
            return null;
        }
        // Streamed uploads (imports) are not held in memory to be hashed; an import repeated is idempotent anyway.
        if (limits.isStreamed(request.getMethod(), path)) {
            return null;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return Problems.response(400, "Invalid request", HEADER + " must be 1 to " + MAX_KEY_LENGTH + " characters.",
                    path, null, null);
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String owner = caller.keyId().toString();
        String hash = hash(path, body);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        IdempotencyConfig settings = config.get();
        if (ThreadLocalRandom.current().nextInt(100) == 0) {
            store.purgeExpired(now);
        }
        var stored = store.find(owner, key);
        if (stored.isPresent()) {
            StoredResponse first = stored.get();
            boolean expired = first.expiresAt().isBefore(now);
            boolean abandoned = first.inProgress() && first.createdAt().plus(settings.abandonedAfter()).isBefore(now);
            if (!expired && !abandoned) {
                return answer(first, hash, path, secret(resource));
            }
            store.release(owner, key);
        }
        try {
            store.claim(owner, key, hash, now, now.plus(settings.ttl()));
        } catch (PersistenceException e) {
            return Problems.response(409, "Conflict", "A request with this " + HEADER + " is being processed; retry later.",
                    path, null, null);
        }
        request.setProperty(CLAIMED, new String[] {owner, key});
        return null;
    }

    @ServerResponseFilter
    public void after(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (!(request.getProperty(CLAIMED) instanceof String[] claimed)) {
            return;
        }
        if (response.getStatus() >= 500) {
            store.release(claimed[0], claimed[1]);
            return;
        }
        String body;
        try {
            body = response.hasEntity() && !secret(resource) ? mapper.writeValueAsString(response.getEntity()) : null;
        } catch (JsonProcessingException e) {
            store.release(claimed[0], claimed[1]);
            return;
        }
        store.complete(claimed[0], claimed[1], response.getStatus(), response.getHeaderString("Location"),
                response.getHeaderString("ETag"), body);
    }

    private static Response answer(StoredResponse first, String hash, String path, boolean secret) {
        if (!first.requestHash().equals(hash)) {
            return Problems.response(422, "Unprocessable content", "This " + HEADER
                    + " was used before with a different request; use a new key for a new request.", path, null, null);
        }
        if (first.inProgress()) {
            return Problems.response(409, "Conflict", "The first request with this " + HEADER
                    + " is still being processed; retry later.", path, null, null);
        }
        if (secret && first.status() < 400) {
            Response shownOnce = Problems.response(409, "Conflict", "The first request with this " + HEADER
                    + " succeeded; its answer held a secret, which is shown once and never stored. If it was lost, "
                    + "revoke what was created (see Location) and make a new one.", path, null, null);
            return first.location() == null ? shownOnce
                    : Response.fromResponse(shownOnce).header("Location", first.location()).build();
        }
        Response.ResponseBuilder replay = Response.status(first.status()).header("Idempotent-Replayed", "true");
        if (first.body() != null) {
            replay.entity(first.body()).type(first.status() >= 400 ? Problem.MEDIA_TYPE : MediaType.APPLICATION_JSON);
        }
        if (first.location() != null) {
            replay.header("Location", first.location());
        }
        if (first.etag() != null) {
            replay.header("ETag", first.etag());
        }
        return replay.build();
    }

    private static boolean secret(ResourceInfo resource) {
        return resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(SecretAnswer.class);
    }

    private static String hash(String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("POST " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
