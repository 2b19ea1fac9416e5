package io.crosscheck.security;

import static io.crosscheck.Fixtures.anonymous;
import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rate limits and idempotency expiry, with limits small enough to reach in a test. */
@QuarkusTest
@TestProfile(TightLimitsTest.Tight.class)
class TightLimitsTest {

    /** Three requests at once, then one a second; idempotency keys live two seconds. */
    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("crosscheck.security.rate-limit.burst", "3",
                    // One token a minute: no refill can happen during the test, however slow the machine.
                    "crosscheck.security.rate-limit.per-minute", "1",
                    "crosscheck.security.rate-limit.anonymous-burst", "2",
                    "crosscheck.security.rate-limit.anonymous-per-minute", "1",
                    "crosscheck.security.reads-require-key", "true",
                    "crosscheck.idempotency.ttl", "PT2S",
                    "crosscheck.demo.enabled", "false");
        }
    }

    @Test
    void shouldAnswer429WithRetryAfterOncePerKeyBudgetIsSpent() {
        String key = given().contentType(ContentType.JSON).body(Map.of("name", unique("k"), "role", "READER"))
                .post("/api/keys").then().statusCode(201).extract().path("key");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer " + key).get("/api/claims").then().statusCode(200);
        }
        problem(given().header("Authorization", "Bearer " + key).get("/api/claims").then(), 429)
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("(5[0-9]|60)"))
                .body("type", equalTo("urn:crosscheck:problem:too-many-requests"));
    }

    @Test
    void shouldRequireAReaderKeyWhenReadsAreClosed() {
        problem(anonymous().get("/api/entities").then(), 401);
        anonymous().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void shouldForgetIdempotencyKeysAfterTheirLifetime() throws InterruptedException {
        String idem = unique("idem");
        Map<String, Object> a = Map.of("name", unique("A"), "kind", "ORGANIZATION");
        Map<String, Object> b = Map.of("name", unique("B"), "kind", "ORGANIZATION");
        String admin = given().contentType(ContentType.JSON).body(Map.of("name", unique("e"), "role", "EDITOR"))
                .post("/api/keys").then().statusCode(201).extract().path("key");
        given().header("Authorization", "Bearer " + admin).header("Idempotency-Key", idem).contentType(ContentType.JSON)
                .body(a).post("/api/entities").then().statusCode(201);
        Thread.sleep(2500);
        given().header("Authorization", "Bearer " + admin).header("Idempotency-Key", idem).contentType(ContentType.JSON)
                .body(b).post("/api/entities").then().statusCode(201).header("Idempotent-Replayed", not(equalTo("true")));
    }
}
