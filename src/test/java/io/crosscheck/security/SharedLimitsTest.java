package io.crosscheck.security;

import static io.crosscheck.Fixtures.anonymous;
import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rate limits with {@code store=database}: the same 429s as in memory, with the buckets as rows of
 * rate_bucket (so every instance on the database shares them), failed authentications included.
 */
@QuarkusTest
@TestProfile(SharedLimitsTest.Shared.class)
class SharedLimitsTest {

    /** Buckets in the database; three requests per key and two per address, one token a minute after. */
    public static class Shared implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("crosscheck.security.rate-limit.store", "database",
                    "crosscheck.security.rate-limit.burst", "3",
                    "crosscheck.security.rate-limit.per-minute", "1",
                    "crosscheck.security.rate-limit.anonymous-burst", "2",
                    "crosscheck.security.rate-limit.anonymous-per-minute", "1",
                    "crosscheck.demo.enabled", "false");
        }
    }

    @Inject
    EntityManager em;

    @Test
    void shouldLimitAKeyFromItsRowInTheDatabase() {
        var created = given().contentType(ContentType.JSON).body(Map.of("name", unique("k"), "role", "READER"))
                .post("/api/keys").then().statusCode(201).extract();
        String id = created.path("id");
        String secret = created.path("key");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer " + secret).get("/api/claims").then().statusCode(200);
        }
        problem(given().header("Authorization", "Bearer " + secret).get("/api/claims").then(), 429)
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("(5[0-9]|60)"));
        String bucket = "key:" + id;
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from rate_bucket where bucket_key = ?1").setParameter(1, bucket).getSingleResult())
                .longValue());
        assertEquals(1, rows, "the key's bucket is a row shared by every instance");
    }

    @Test
    void shouldChargeUnknownKeysToTheSharedAddressBucket() {
        for (int i = 0; i < 2; i++) {
            problem(anonymous().header("Authorization", "Bearer not-a-key-" + i + "-0123456789").get("/api/claims")
                    .then(), 401);
        }
        problem(anonymous().header("Authorization", "Bearer not-a-key-x-0123456789").get("/api/claims").then(), 429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        problem(anonymous().get("/api/claims").then(), 429);
    }
}
