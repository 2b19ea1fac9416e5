package io.crosscheck.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Access control and rate limits ({@code crosscheck.security.*}); documented in docs/operations.md. */
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

    /** A token bucket: {@code burst} requests at once, refilled at {@code per-minute} a minute. */
    interface RateLimit {

        /** Turns rate limiting on or off. */
        @WithDefault("true")
        boolean enabled();

        /** Requests a minute for each API key. */
        @WithDefault("600")
        int perMinute();

        /** Largest burst for each API key. */
        @WithDefault("120")
        int burst();

        /** Requests a minute for each client address without a key. */
        @WithDefault("120")
        int anonymousPerMinute();

        /** Largest burst for each client address without a key. */
        @WithDefault("60")
        int anonymousBurst();
    }
}
