package io.crosscheck.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Idempotent POSTs ({@code crosscheck.idempotency.*}); documented in docs/operations.md. */
@ConfigMapping(prefix = "crosscheck.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its first response are kept; after that the same key starts afresh. */
    @WithDefault("PT24H")
    Duration ttl();

    /**
     * How long a request may stay "in progress" before its key is considered abandoned (the
     * instance died mid-request) and may be used again.
     */
    @WithDefault("PT1M")
    Duration abandonedAfter();
}
