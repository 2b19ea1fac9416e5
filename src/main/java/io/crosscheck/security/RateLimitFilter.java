package io.crosscheck.security;

import io.crosscheck.common.Problems;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Per-key (or, without a key, per client address) token buckets over /api, answering 429 with
 * {@code Retry-After}. Anonymous {@link ComputeOnly} requests also take from a smaller bucket of
 * their own, and failed authentications are charged to the client address
 * ({@link FailedAuthentications}). Every policy takes through {@link #take}. The buckets live in
 * this process ({@code rate-limit.store=memory}, the default: with N instances the effective limit is
 * N times the configured one), or in the database, shared by every instance
 * ({@code store=database}, {@link SharedRateBuckets}).
 */
@Singleton
public class RateLimitFilter {

    /** Idle, full buckets are dropped past this many, so the map cannot grow without bound. */
    private static final int MAX_BUCKETS = 10_000;
    static final int PRIORITY = jakarta.ws.rs.Priorities.AUTHENTICATION + 10;

    private final Instance<SecurityConfig> settings;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final Caller caller;
    private final SharedRateBuckets shared;

    /** The configuration is looked up per request: filters are built before runtime configuration exists. */
    RateLimitFilter(Instance<SecurityConfig> settings, Caller caller, SharedRateBuckets shared) {
        this.settings = settings;
        this.caller = caller;
        this.shared = shared;
    }

    @ServerRequestFilter(priority = PRIORITY)
    public Response limit(ContainerRequestContext request, HttpServerRequest http, ResourceInfo resource) {
        SecurityConfig.RateLimit config = settings.get().rateLimit();
        // The path as routed (decoded and normalised), so no spelling of a path skips the limit.
        String path = request.getUriInfo().getPath();
        if (!config.enabled() || !ApiKeyMechanism.underApi(path.startsWith("/") ? path : "/" + path)) {
            return null;
        }
        long wait;
        String spent;
        if (caller.authenticated()) {
            wait = take("key:" + caller.keyId(), config.burst(), config.perMinute());
            spent = "The rate limit for this API key";
        } else {
            wait = take("ip:" + address(http), config.anonymousBurst(), config.anonymousPerMinute());
            spent = "The rate limit for this client address";
            if (wait == 0 && computes(resource)) {
                wait = take("compute:" + address(http), config.computeBurst(), config.computePerMinute());
                spent = "The limit on figure computations without an API key, for this client address,";
            }
        }
        return wait == 0 ? null : tooMany(spent + " is spent; retry after " + wait + " s.", wait,
                request.getUriInfo().getRequestUri().getRawPath());
    }

    /**
     * Charges a failed authentication (an unknown or revoked key, a failed console sign-in) to the
     * client address's bucket: 0 when there was a token, else the seconds to wait.
     */
    public long failedAuthentication(String address) {
        SecurityConfig.RateLimit config = settings.get().rateLimit();
        return config.enabled() ? take("ip:" + address, config.anonymousBurst(), config.anonymousPerMinute()) : 0;
    }

    /** Whether buckets live in the database (a take then blocks on it: not for the event loop). */
    public boolean shared() {
        return settings.get().rateLimit().store() == SecurityConfig.RateLimit.Store.DATABASE;
    }

    /** A 429 problem with {@code Retry-After}. */
    public static Response tooMany(String detail, long wait, String instance) {
        Response problem = Problems.response(429, "Too many requests", detail, instance, null, Map.of("retryAfter", wait));
        return Response.fromResponse(problem).header("Retry-After", Long.toString(wait)).build();
    }

    /** Takes a token from the bucket {@code bucketKey}: 0 when there was one, else the whole seconds to wait. */
    private long take(String bucketKey, int burst, int perMinute) {
        if (settings.get().rateLimit().store() == SecurityConfig.RateLimit.Store.DATABASE) {
            return shared.take(bucketKey, burst, perMinute);
        }
        long now = System.nanoTime();
        if (buckets.size() > MAX_BUCKETS) {
            buckets.values().removeIf(b -> b.full(now));
        }
        return buckets.computeIfAbsent(bucketKey, k -> new TokenBucket(burst, perMinute, now)).take(now);
    }

    private static boolean computes(ResourceInfo resource) {
        return resource.getResourceMethod() != null && (resource.getResourceMethod().isAnnotationPresent(ComputeOnly.class)
                || resource.getResourceClass().isAnnotationPresent(ComputeOnly.class));
    }

    public static String address(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
