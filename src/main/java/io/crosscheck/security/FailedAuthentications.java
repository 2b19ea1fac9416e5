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
        long wait = limits.failedAuthentication(RateLimitFilter.address(context.request()));
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
