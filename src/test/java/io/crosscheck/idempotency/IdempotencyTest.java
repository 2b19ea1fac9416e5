package io.crosscheck.idempotency;

import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    private static Map<String, Object> source(String url) {
        return Map.of("url", url, "title", "Un article", "publisher", "Le Quotidien", "language", "fr");
    }

    private static Response post(String key, Object body) {
        return given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/api/sources");
    }

    @Test
    void shouldReplayTheFirstResponseForTheSameKeyAndBody() {
        String key = unique("idem");
        String url = "https://" + unique("idem") + ".example/a";
        Response first = post(key, source(url));
        first.then().statusCode(201);
        Response again = post(key, source(url));
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.header("ETag"), again.header("ETag"));
        given().queryParam("url", url).get("/api/sources").then().body("items", hasSize(1));
    }

    @Test
    void shouldRefuseTheSameKeyWithADifferentBody() {
        String key = unique("idem");
        post(key, source("https://" + unique("a") + ".example/")).then().statusCode(201);
        problem(post(key, source("https://" + unique("b") + ".example/")).then(), 422)
                .body("detail", org.hamcrest.Matchers.containsString("Idempotency-Key"));
    }

    @Test
    void shouldReplayErrorsToo() {
        String key = unique("idem");
        Map<String, Object> bad = Map.of("url", "ftp://x", "language", "French");
        problem(post(key, bad).then(), 400);
        problem(post(key, bad).then(), 400).header("Idempotent-Replayed", "true");
    }

    @Test
    void shouldScopeKeysToTheApiKey() {
        String key = unique("idem");
        String other = Fixtures.key("EDITOR");
        post(key, source("https://" + unique("a") + ".example/")).then().statusCode(201);
        given().header("Authorization", "Bearer " + other).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(source("https://" + unique("b") + ".example/")).post("/api/sources").then().statusCode(201);
    }

    @Test
    void shouldRefuseOverlongKeys() {
        problem(post("k".repeat(201), source("https://" + unique("a") + ".example/")).then(), 400);
    }

    @Test
    void shouldNeverStoreOrReplayTheSecretOfANewKey() {
        String idem = unique("idem");
        Map<String, Object> body = Map.of("name", unique("desk"), "role", "ADMIN");
        Response created = given().header("Idempotency-Key", idem).contentType(ContentType.JSON).body(body).post("/api/keys");
        created.then().statusCode(201).body("key", org.hamcrest.Matchers.startsWith("cck_"));
        String secret = created.path("key");
        given().delete("/api/keys/" + created.path("id")).then().statusCode(204);
        Response replay = given().header("Idempotency-Key", idem).contentType(ContentType.JSON).body(body).post("/api/keys");
        problem(replay.then(), 409).body("detail", org.hamcrest.Matchers.containsString("shown once"))
                .body("key", org.hamcrest.Matchers.nullValue())
                .header("Location", created.header("Location"));
        org.junit.jupiter.api.Assertions.assertFalse(replay.asString().contains(secret));
        given().header("Authorization", "Bearer " + secret).get("/api/claims").then().statusCode(401);
        // nothing stored holds it either
        var stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                io.quarkus.hibernate.orm.panache.Panache.getEntityManager().createNativeQuery(
                        "select count(*) from idempotency_record where body like :secret")
                        .setParameter("secret", "%" + secret + "%").getSingleResult());
        assertEquals(0L, ((Number) stored).longValue());
    }

    @Test
    void shouldIgnoreIdempotencyKeysWithoutAnApiKey() {
        String idem = unique("idem");
        Map<String, Object> one = Map.of("text", "5 millions d'euros", "lang", "fr");
        Map<String, Object> other = Map.of("text", "7 millions d'euros", "lang", "fr");
        Fixtures.anonymous().header("Idempotency-Key", idem).contentType(ContentType.JSON).body(one)
                .post("/api/figures/parse").then().statusCode(200).body("value", equalTo(5000000));
        // another anonymous caller (or the same) reusing the key gets its own answer, never someone else's
        Fixtures.anonymous().header("Idempotency-Key", idem).contentType(ContentType.JSON).body(other)
                .post("/api/figures/parse").then().statusCode(200).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue())
                .body("value", equalTo(7000000));
    }
}
