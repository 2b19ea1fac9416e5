package io.crosscheck.embed;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Lets any web page read {@code /oembed}, as its {@code Access-Control-Allow-Origin: *} promises:
 * oEmbed consumers (CMS editors, link previews) run in browsers on sites we cannot list. Quarkus's
 * CORS filter, which keeps the API to {@code CROSSCHECK_CORS_ORIGINS}, refuses foreign origins for
 * every path, so this filter runs before it for {@code /oembed} alone: it answers preflights itself
 * and hands the request on without its {@code Origin}, with the wildcard on every answer. The
 * answer is public and no credentials are allowed with a wildcard, so no cookie or key is exposed.
 */
@Singleton
public class OEmbedCors {

    static final String PATH = "/oembed";

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            if (!PATH.equals(rc.normalizedPath()) || rc.request().getHeader("Origin") == null) {
                rc.next();
                return;
            }
            if (rc.request().method() == HttpMethod.OPTIONS
                    && rc.request().getHeader("Access-Control-Request-Method") != null) {
                rc.response().setStatusCode(204).putHeader("Access-Control-Allow-Origin", "*")
                        .putHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
                        .putHeader("Access-Control-Max-Age", "3600").end();
                return;
            }
            rc.request().headers().remove("Origin");
            // Errors too: a consumer must be able to read why its URL was refused.
            rc.addHeadersEndHandler(v -> rc.response().headers().set("Access-Control-Allow-Origin", "*"));
            rc.next();
        }, 400);
    }
}
