package io.crosscheck.security;

import io.crosscheck.common.Problems;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Per-key (or, without a key, per client address) token buckets over /api, answering 429 with
 * {@code Retry-After}. The buckets live in this process: with N instances the effective limit is
 * N times the configured one (docs/operations.md says how to do better).
 */
@Singleton
public class RateLimitFilter {

    /** Idle, full buckets are dropped past this many, so the map cannot grow without bound. */
    private static final int MAX_BUCKETS = 10_000;

    private final Instance<SecurityConfig> settings;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final Caller caller;

    /** The configuration is looked up per request: filters are built before runtime configuration exists. */
    RateLimitFilter(Instance<SecurityConfig> settings, Caller caller) {
        this.settings = settings;
        this.caller = caller;
    }

    @ServerRequestFilter(priority = AccessFilter.PRIORITY + 10)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        SecurityConfig.RateLimit config = settings.get().rateLimit();
        if (!config.enabled() || !path.startsWith("/api")) {
            return null;
        }
        long now = System.nanoTime();
        TokenBucket bucket = caller.authenticated()
                ? bucket("key:" + caller.keyId(), config.burst(), config.perMinute(), now)
                : bucket("ip:" + address(http), config.anonymousBurst(), config.anonymousPerMinute(), now);
        long wait = bucket.take(now);
        if (wait == 0) {
            return null;
        }
        Response problem = Problems.response(429, "Too many requests",
                "The rate limit for this " + (caller.authenticated() ? "API key" : "client address")
                        + " is spent; retry after " + wait + " s.", path, null, Map.of("retryAfter", wait));
        return Response.fromResponse(problem).header("Retry-After", Long.toString(wait)).build();
    }

    private TokenBucket bucket(String id, int burst, int perMinute, long now) {
        if (buckets.size() > MAX_BUCKETS) {
            buckets.values().removeIf(b -> b.full(now));
        }
        return buckets.computeIfAbsent(id, k -> new TokenBucket(burst, perMinute, now));
    }

    private static String address(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
