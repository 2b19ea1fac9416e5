package io.crosscheck.security;

import io.crosscheck.common.Problems;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates the API key of a request (Authorization: Bearer, or X-API-Key) and applies
 * {@link AccessRules}: no or bad key → 401 with {@code WWW-Authenticate}, too weak a role → 403.
 * A key that is sent is always checked, even where none is needed, so a typo never goes unnoticed.
 */
public class AccessFilter {

    static final int PRIORITY = jakarta.ws.rs.Priorities.AUTHENTICATION;

    private final ApiKeyService keys;
    private final Instance<SecurityConfig> config;
    private final Caller caller;

    /** The configuration is looked up per request: filters are built before runtime configuration exists. */
    AccessFilter(ApiKeyService keys, Instance<SecurityConfig> config, Caller caller) {
        this.keys = keys;
        this.config = config;
        this.caller = caller;
    }

    @ServerRequestFilter(priority = PRIORITY)
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        Optional<Role> needed = AccessRules.required(request.getMethod(), path, config.get().readsRequireKey());
        String secret = secret(request);
        if (secret != null) {
            Optional<ApiKey> key = keys.authenticate(secret);
            if (key.isEmpty()) {
                return unauthorized(path, "The API key is unknown or revoked.");
            }
            caller.set(key.get());
        }
        if (needed.isEmpty()) {
            return null;
        }
        if (!caller.authenticated()) {
            return unauthorized(path, "This request needs an API key with the " + role(needed.get())
                    + " role, sent as Authorization: Bearer <key>.");
        }
        if (!caller.role().includes(needed.get())) {
            return Problems.response(403, "Forbidden", "This request needs the " + role(needed.get())
                    + " role; the key '" + caller.name() + "' has the " + role(caller.role()) + " role.", path, null, null);
        }
        return null;
    }

    private static String secret(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        String apiKey = request.getHeaderString("X-API-Key");
        return apiKey == null || apiKey.isBlank() ? null : apiKey.trim();
    }

    private static Response unauthorized(String path, String detail) {
        Response problem = Problems.response(401, "Unauthorized", detail, path, null, null);
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"crosscheck\"").build();
    }

    private static String role(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT);
    }
}
