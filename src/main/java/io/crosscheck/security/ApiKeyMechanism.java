package io.crosscheck.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads who is calling, on every request before any route runs (Quarkus's proactive
 * authentication): the API key in {@code Authorization: Bearer <key>} or {@code X-API-Key}, or,
 * outside {@code /api}, the console's session cookie. A key that is sent is always checked, even
 * where none is needed, so a typo never goes unnoticed: an unknown or revoked key is a 401
 * ({@link FailedAuthentications}). A stale session cookie only means "not signed in". What the
 * caller may do is decided afterwards, on the resource method that matched ({@code @RolesAllowed}).
 */
@ApplicationScoped
public class ApiKeyMechanism implements HttpAuthenticationMechanism {

    /** The {@code WWW-Authenticate} challenge of every 401. */
    public static final String CHALLENGE = "Bearer realm=\"crosscheck\"";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String secret = secret(context.request());
        if (secret != null) {
            return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new KeyRequest(secret), context));
        }
        Cookie session = context.request().getCookie(ConsoleSessions.COOKIE);
        // Cookies never authenticate the API: a browser sends them on its own, headers it does not.
        if (session != null && !underApi(context.normalizedPath())) {
            return identities.authenticate(new SessionRequest(session.getValue()))
                    .onFailure(AuthenticationFailedException.class).recoverWithNull();
        }
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(KeyRequest.class, SessionRequest.class);
    }

    /** The key sent with a request, or null; a blank Bearer value is sent (and refused), a blank X-API-Key is not. */
    static String secret(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        String apiKey = request.getHeader("X-API-Key");
        return apiKey == null || apiKey.isBlank() ? null : apiKey.trim();
    }

    static boolean underApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    /** An API key's secret to check. */
    static final class KeyRequest extends BaseAuthenticationRequest {
        final String secret;

        KeyRequest(String secret) {
            this.secret = secret;
        }
    }

    /** A console session cookie's token to check. */
    static final class SessionRequest extends BaseAuthenticationRequest {
        final String token;

        SessionRequest(String token) {
            this.token = token;
        }
    }
}
