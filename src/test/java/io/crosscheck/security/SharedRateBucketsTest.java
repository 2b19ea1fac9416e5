package io.crosscheck.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Token buckets in the database: refill, exhaustion, concurrent takes, clean-up (times are given, not read). */
@QuarkusTest
class SharedRateBucketsTest {

    @Inject
    SharedRateBuckets buckets;

    @Inject
    EntityManager em;

    private long rows(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from rate_bucket where bucket_key = ?1").setParameter(1, key).getSingleResult())
                .longValue());
    }

    @Test
    void shouldGiveTheBurstThenRefillAtTheConfiguredRate() {
        String key = "test:" + Fixtures.unique("burst");
        long t = 1_000_000_000_000L;
        for (int i = 0; i < 3; i++) {
            assertEquals(0, buckets.take(key, 3, 60, t), "token " + i);
        }
        assertEquals(1, buckets.take(key, 3, 60, t), "empty: one token a second at 60 a minute");
        assertEquals(1, buckets.take(key, 3, 60, t + 500), "half a token is not a token");
        assertEquals(0, buckets.take(key, 3, 60, t + 1000), "one second later, one token");
        assertTrue(buckets.take(key, 3, 60, t + 1000) > 0);
        assertEquals(0, buckets.take(key, 3, 60, t - 60_000 + 2000 + 60_000), "a clock behind refills nothing extra");
    }

    @Test
    void shouldNeverOverdrawABucketUnderConcurrentTakes() throws Exception {
        String key = "test:" + Fixtures.unique("race");
        long t = 2_000_000_000_000L;
        int threads = 4;
        int each = 15;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int n = 0; n < threads; n++) {
                results.add(pool.submit(() -> {
                    start.await();
                    int taken = 0;
                    for (int i = 0; i < each; i++) {
                        if (buckets.take(key, 20, 1, t) == 0) {
                            taken++;
                        }
                    }
                    return taken;
                }));
            }
            int taken = 0;
            for (Future<Integer> f : results) {
                taken += f.get();
            }
            assertEquals(20, taken, "exactly the burst, from 60 concurrent takes at one instant");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldDeleteBucketsOnceTheyAreFullAgain() {
        String key = "test:" + Fixtures.unique("cleanup");
        long t = 3_000_000_000_000L;
        buckets.take(key, 10, 60, t);
        buckets.take(key, 10, 60, t);
        assertEquals(1, rows(key));
        buckets.deleteFull(t + 1000);
        assertEquals(1, rows(key), "two tokens short: full again two seconds after the last take");
        buckets.deleteFull(t + 2000);
        assertEquals(0, rows(key));
        assertEquals(0, buckets.take(key, 10, 60, t + 2000), "a missing row is a full bucket");
    }
}
