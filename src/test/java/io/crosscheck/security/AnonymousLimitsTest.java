package io.crosscheck.security;

import static io.crosscheck.Fixtures.anonymous;
import static io.crosscheck.Fixtures.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a client address without a key may spend: failed authentications (unknown keys, failed
 * console sign-ins) come out of its bucket, and figure computations out of a smaller one of their
 * own. Each test speaks from its own address (X-Forwarded-For, trusted in this profile), so the
 * buckets of one test never touch another's.
 */
@QuarkusTest
@TestProfile(AnonymousLimitsTest.Tight.class)
class AnonymousLimitsTest {

    /** Ten requests at once for an address, two computations; one token a minute refills nothing during a test. */
    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("crosscheck.security.rate-limit.anonymous-burst", "10",
                    "crosscheck.security.rate-limit.anonymous-per-minute", "1",
                    "crosscheck.security.rate-limit.compute-burst", "2",
                    "crosscheck.security.rate-limit.compute-per-minute", "1",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "crosscheck.demo.enabled", "false");
        }
    }

    private static RequestSpecification from(String address) {
        return anonymous().header("X-Forwarded-For", address);
    }

    @Test
    void shouldChargeUnknownKeysToTheClientAddressUntilItIsRefused() {
        for (int i = 0; i < 10; i++) {
            problem(from("203.0.113.1").header("Authorization", "Bearer cck_guess" + i).get("/api/claims").then(), 401);
        }
        problem(from("203.0.113.1").header("Authorization", "Bearer cck_guess10").get("/api/claims").then(), 429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .header("WWW-Authenticate", org.hamcrest.Matchers.nullValue())
                .body("retryAfter", org.hamcrest.Matchers.greaterThan(0));
        problem(from("203.0.113.1").get("/api/claims").then(), 429);
        // a real key has its own bucket, and another address is untouched
        from("203.0.113.1").header("Authorization", "Bearer " + Fixtures.ADMIN_KEY).get("/api/claims").then().statusCode(200);
        problem(from("203.0.113.2").header("Authorization", "Bearer cck_guess").get("/api/claims").then(), 401);
    }

    @Test
    void shouldChargeFailedSignInsToTheClientAddress() {
        for (int i = 0; i < 10; i++) {
            from("203.0.113.3").redirects().follow(false).contentType(ContentType.URLENC).formParam("key", "cck_guess" + i)
                    .post("/signin").then().statusCode(303).header("Location", containsString("failed=true"));
        }
        problem(from("203.0.113.3").redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("key", "cck_guess").post("/signin").then(), 429);
    }

    @Test
    void shouldGiveComputationsWithoutAKeyASmallerBucket() {
        Map<String, Object> figure = Map.of("text", "5 millions d'euros", "lang", "fr");
        for (int i = 0; i < 2; i++) {
            from("203.0.113.4").contentType(ContentType.JSON).body(figure).post("/api/figures/parse").then().statusCode(200);
        }
        problem(from("203.0.113.4").contentType(ContentType.JSON).body(figure).post("/api/figures/extract").then(), 429)
                .body("detail", containsString("figure computations"));
        from("203.0.113.4").get("/api/claims").then().statusCode(200);
        String reader = Fixtures.key("READER");
        for (int i = 0; i < 5; i++) {
            from("203.0.113.4").header("Authorization", "Bearer " + reader).contentType(ContentType.JSON).body(figure)
                    .post("/api/figures/parse").then().statusCode(200).body("value", equalTo(5000000));
        }
    }
}
