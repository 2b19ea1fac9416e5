package io.crosscheck.security;

import io.crosscheck.common.Problems;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Answers a request whose key is unknown or revoked. Authentication runs before any route, so its
 * failure never reaches JAX-RS's exception mappers: this router failure handler writes the 401
 * problem (with the challenge {@link ApiKeyMechanism} set), after charging the attempt to the client
 * address's rate-limit bucket, so guessing keys is as limited as any anonymous request (429 when spent).
 */
@Singleton
public class FailedAuthentications {

    private final RateLimitFilter limits;

    FailedAuthentications(RateLimitFilter limits) {
        this.limits = limits;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (!(context.failure() instanceof AuthenticationFailedException failure) || context.response().ended()) {
            context.next();
            return;
        }
        String instance = context.request().path();
        String address = RateLimitFilter.address(context.request());
        if (limits.shared()) {
            // Shared buckets are rows in the database: take off the event loop, answer when done.
            context.vertx().executeBlocking(() -> limits.failedAuthentication(address))
                    .onComplete(r -> answer(context, failure, instance, r.succeeded() ? r.result() : 0));
            return;
        }
        answer(context, failure, instance, limits.failedAuthentication(address));
    }

    private static void answer(RoutingContext context, AuthenticationFailedException failure, String instance,
            long wait) {
        if (wait > 0) {
            context.response().headers().remove("WWW-Authenticate");
            context.response().putHeader("Retry-After", Long.toString(wait));
            Problems.send(context.response(), 429, "Too many requests", "Too many requests or failed authentications "
                    + "from this client address; retry after " + wait + " s.", instance, Map.of("retryAfter", wait));
            return;
        }
        String detail = failure.getMessage() != null ? failure.getMessage() : KeyIdentityProviders.UNKNOWN_KEY;
        context.response().putHeader("WWW-Authenticate", ApiKeyMechanism.CHALLENGE);
        Problems.send(context.response(), 401, "Unauthorized", detail, instance, null);
    }
}
