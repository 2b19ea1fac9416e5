package io.crosscheck.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Refuses bodies larger than {@code crosscheck.api.max-body-bytes} with a 413 problem before any
 * of it is read. Bodies sent without a Content-Length are capped by the HTTP server's own limit.
 */
@Singleton
public class BodySizeLimit {

    private final long maxBytes;

    BodySizeLimit(ApiConfig config) {
        this.maxBytes = config.maxBodyBytes();
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String length = rc.request().getHeader("Content-Length");
            if (length != null && tooLarge(length)) {
                rc.response().putHeader("Connection", "close");
                Problems.send(rc.response(), 413, "Payload too large",
                        "The body is larger than the limit of " + maxBytes + " bytes.", rc.request().path(), null);
                return;
            }
            rc.next();
        }, 1000);
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
