package io.crosscheck.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void shouldAllowABurstThenOneRequestPerRefillInterval() {
        TokenBucket bucket = new TokenBucket(3, 60, 0);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, bucket.take(0));
        }
        assertEquals(1, bucket.take(0), "wait one second for the next token at 60 a minute");
        assertEquals(0, bucket.take(SECOND));
        assertTrue(bucket.take(SECOND) > 0);
    }

    @Test
    void shouldNeverHoldMoreThanItsCapacity() {
        TokenBucket bucket = new TokenBucket(2, 600, 0);
        assertTrue(bucket.full(3600 * SECOND));
        assertEquals(0, bucket.take(3600 * SECOND));
        assertEquals(0, bucket.take(3600 * SECOND));
        assertTrue(bucket.take(3600 * SECOND) > 0);
    }

    @Test
    void shouldRankRoles() {
        assertTrue(Role.ADMIN.includes(Role.EDITOR));
        assertTrue(Role.EDITOR.includes(Role.READER));
        assertTrue(!Role.READER.includes(Role.EDITOR));
    }
}
