package io.crosscheck.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Security headers on every response. JSON (API answers, problems, the OpenAPI document) may run
 * nothing and be framed by nobody; HTML pages and widgets set their own policy, since widgets must
 * be framable by newspapers; anything else under {@code /q/} (Swagger UI) may not be framed.
 * Answers to an authenticated request (an API key, a console session) and answers that set a cookie
 * are never stored by caches ({@code Cache-Control: no-store}). With
 * {@code crosscheck.security.https-only}, every answer carries {@code Strict-Transport-Security}.
 */
@Singleton
public class SecurityHeaders {

    private final String hsts;

    SecurityHeaders(SecurityConfig config) {
        this.hsts = config.httpsOnly() ? "max-age=" + config.hstsMaxAge().toSeconds() : null;
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            rc.addHeadersEndHandler(v -> headers(rc));
            rc.next();
        }, 2000);
    }

    private void headers(RoutingContext rc) {
        MultiMap headers = rc.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        if (!headers.contains("Referrer-Policy")) {
            headers.set("Referrer-Policy", "no-referrer");
        }
        String type = headers.get("Content-Type");
        if (type != null && type.contains("json") && !headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        String path = rc.normalizedPath();
        if (path != null && path.startsWith("/q/") && !headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", "frame-ancestors 'none'");
            headers.set("X-Frame-Options", "DENY");
        }
        if (authenticated(rc) || headers.contains("Set-Cookie")) {
            headers.set("Cache-Control", "no-store");
            headers.remove("Expires");
        }
        if (hsts != null) {
            headers.set("Strict-Transport-Security", hsts);
        }
    }

    private static boolean authenticated(RoutingContext rc) {
        return rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous();
    }
}
