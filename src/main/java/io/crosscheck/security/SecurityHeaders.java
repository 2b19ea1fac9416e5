package io.crosscheck.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Security headers on every response. JSON (API answers, problems, the OpenAPI document) may run
 * nothing and be framed by nobody; HTML pages and widgets set their own policy, since widgets must
 * be framable by newspapers.
 */
@Singleton
public class SecurityHeaders {

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            rc.addHeadersEndHandler(v -> {
                MultiMap headers = rc.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                if (!headers.contains("Referrer-Policy")) {
                    headers.set("Referrer-Policy", "no-referrer");
                }
                String type = headers.get("Content-Type");
                if (type != null && type.contains("json") && !headers.contains("Content-Security-Policy")) {
                    headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
                }
            });
            rc.next();
        }, 2000);
    }
}
