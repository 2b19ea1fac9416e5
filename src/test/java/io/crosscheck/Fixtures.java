package io.crosscheck;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;

/** Creates what a test needs through the public API, with unique names so tests never collide. */
public final class Fixtures {

    /** The admin key of the test profile ({@code %test.crosscheck.security.admin-key}). */
    public static final String ADMIN_KEY = "test-admin-key-0123456789abcdef";

    private Fixtures() {
    }

    /** A request without any API key (the suite sends the admin key by default). */
    public static io.restassured.specification.RequestSpecification anonymous() {
        return given().header(AuthenticatedRequests.ANONYMOUS, "true");
    }

    /** A request sent with the given key instead of the admin key. */
    public static io.restassured.specification.RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key);
    }

    /** Creates an API key with the role and returns its secret. */
    public static String key(String role) {
        return given().contentType(ContentType.JSON).body(Map.of("name", unique(role), "role", role))
                .post("/api/keys").then().statusCode(201).extract().path("key");
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String entity(String name) {
        return post("/api/entities", Map.of("name", name, "kind", "ORGANIZATION"));
    }

    public static String metric(String key, String dimension, boolean multiValued) {
        return post("/api/metrics", Map.of("key", key, "labelFr", key, "labelEn", key, "dimension", dimension,
                "multiValued", multiValued));
    }

    public static String source(String url, String text) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("url", url, "title", "Un article", "publisher",
                "Le Quotidien", "language", "fr"));
        if (text != null) {
            body.put("text", text);
        }
        return post("/api/sources", body);
    }

    /** A claim that a transfer cost so many million euros (EXACT, EUR, in French), written as is; its id. */
    public static String transferFee(String subject, String metric, int millions) {
        return post("/api/claims", Map.of("subjectId", subject, "metricId", metric, "figure",
                Map.of("kind", "EXACT", "value", millions * 1_000_000L, "currency", "EUR", "text",
                        millions + " millions d'euros"),
                "statement", "Le transfert a coûté " + millions + " millions d'euros.", "language", "fr"));
    }

    public static String post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().path("id");
    }

    /**
     * Polls a job's status resource until the job ends and returns its last answer. The deadline only
     * keeps a broken job from hanging the suite; it is not a performance assertion.
     */
    public static io.restassured.path.json.JsonPath awaitJob(String location) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        while (true) {
            io.restassured.path.json.JsonPath job = given().get(location).then().statusCode(200).extract().jsonPath();
            if (java.util.Set.of("SUCCEEDED", "FAILED", "CANCELLED").contains(job.getString("state"))) {
                return job;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job " + location + " did not end: " + job.prettify());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * Runs conflict detection on what the queue holds, now, with the worker's own code (the test profile
     * turns the scheduled worker off): call it after writes whose proposals a test looks at.
     */
    public static void awaitDetection() {
        io.quarkus.arc.Arc.container().instance(io.crosscheck.conflict.DetectionWorker.class).get().drain();
    }

    /**
     * Dismisses what detection proposed among these claims. The review queue is shared by every test of
     * the run and ordered by gap: test data with wide gaps would fill its first page, where the console's
     * queue test looks for its own pair. Comparisons ignore dismissed links.
     */
    public static void dismissProposals(java.util.Collection<String> claims) {
        java.util.Set<String> proposed = new java.util.LinkedHashSet<>(); // a link is listed under both its claims
        for (String claim : claims) {
            proposed.addAll(given().queryParam("claim", claim).queryParam("state", "PROPOSED").queryParam("limit", 100)
                    .get("/api/links").then().statusCode(200).extract().<java.util.List<String>>path("items.id"));
        }
        for (String link : proposed) {
            given().contentType(ContentType.JSON).body(Map.of("rationale", "Test data, not for review."))
                    .post("/api/conflicts/" + link + "/dismiss").then().statusCode(200);
        }
    }

    /** Asserts the response is an RFC 9457 problem with the given status. */
    public static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(status))
                .body("type", org.hamcrest.Matchers.startsWith("urn:crosscheck:problem:"))
                .body("title", org.hamcrest.Matchers.notNullValue())
                .body("detail", org.hamcrest.Matchers.notNullValue());
    }
}
