package io.crosscheck.security;

/** A token bucket: holds up to {@code capacity} tokens, refilled continuously at {@code perSecond}. */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long updated;

    TokenBucket(int capacity, int perMinute, long now) {
        this.capacity = Math.max(1, capacity);
        this.perNano = Math.max(1, perMinute) / 60e9;
        this.tokens = this.capacity;
        this.updated = now;
    }

    /** Takes a token, returning 0; or, when empty, the whole seconds to wait before one is there. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano / 1e9);
    }

    synchronized boolean full(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - updated) * perNano);
        updated = now;
    }
}
