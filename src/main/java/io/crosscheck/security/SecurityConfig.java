package io.crosscheck.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Access control, rate limits and transport security ({@code crosscheck.security.*}); documented in docs/operations.md. */
@ConfigMapping(prefix = "crosscheck.security")
public interface SecurityConfig {

    /**
     * The secret of the first admin key (from {@code CROSSCHECK_ADMIN_KEY}). When absent and no admin
     * key exists, one is generated at first start and printed once in the log.
     */
    Optional<String> adminKey();

    /** When true, reads under /api need a key with at least the reader role; by default they are public. */
    @WithDefault("false")
    boolean readsRequireKey();

    /** Rate limits: a token bucket per API key, or per client address for requests without a key. */
    RateLimit rateLimit();

    /** POSTs that only compute ({@link ComputeOnly}): figure parsing and extraction. */
    Compute compute();

    /**
     * The service is reached over HTTPS only, typically behind a proxy that terminates TLS: session
     * cookies are always {@code Secure} and every answer carries {@code Strict-Transport-Security},
     * whatever scheme the request arrived with.
     */
    @WithDefault("false")
    boolean httpsOnly();

    /** {@code max-age} of {@code Strict-Transport-Security} when {@link #httpsOnly()} is on. */
    @WithDefault("P365D")
    Duration hstsMaxAge();

    /** A token bucket: {@code burst} requests at once, refilled at {@code per-minute} a minute. */
    interface RateLimit {

        /** Turns rate limiting on or off. */
        @WithDefault("true")
        boolean enabled();

        /** Where buckets live: in this process, or in the database, shared by every instance on it (ADR 0007). */
        @WithDefault("memory")
        Store store();

        /** Where buckets live. */
        enum Store { MEMORY, DATABASE }

        /** Requests a minute for each API key. */
        @WithDefault("600")
        int perMinute();

        /** Largest burst for each API key. */
        @WithDefault("120")
        int burst();

        /** Requests a minute for each client address without a key (failed authentications count too). */
        @WithDefault("120")
        int anonymousPerMinute();

        /** Largest burst for each client address without a key. */
        @WithDefault("60")
        int anonymousBurst();

        /** Compute POSTs a minute for each client address without a key, on top of the limit above. */
        @WithDefault("20")
        int computePerMinute();

        /** Largest burst of compute POSTs for each client address without a key. */
        @WithDefault("10")
        int computeBurst();
    }

    /** Limits of compute POSTs. */
    interface Compute {

        /** When true, compute POSTs need an API key (any role) even when reads are public. */
        @WithDefault("false")
        boolean requiresKey();

        /** Longest text, in characters, that a caller without a key may send to {@code /api/figures/extract}. */
        @WithDefault("100000")
        int anonymousMaxChars();
    }
}
