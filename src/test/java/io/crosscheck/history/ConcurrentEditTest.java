package io.crosscheck.history;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Eight editors append to one claim at once, each read → PATCH with If-Match, retrying on 412/409. */
@QuarkusTest
class ConcurrentEditTest {

    private static final int EDITORS = 8;

    @Test
    void shouldLoseNoUpdateWhenEightEditorsRaceOnOneClaim() throws Exception {
        String id = ClaimHistoryTest.newClaim(Fixtures.ADMIN_KEY);
        long startVersion = Long.parseLong(given().get("/api/claims/" + id).then().extract().path("version").toString());
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> retries = new ArrayList<>();
        for (int editor = 0; editor < EDITORS; editor++) {
            String mark = "[edit-" + editor + "]";
            retries.add(pool.submit(() -> {
                start.await();
                for (int attempt = 0; attempt < 200; attempt++) {
                    Response current = given().get("/api/claims/" + id);
                    String rationale = current.path("verdictRationale");
                    Response patched = given().contentType("application/merge-patch+json")
                            .header("If-Match", current.header("ETag"))
                            .body(Map.of("verdictRationale", (rationale == null ? "" : rationale) + mark))
                            .patch("/api/claims/" + id);
                    if (patched.statusCode() == 200) {
                        return attempt;
                    }
                    assertTrue(patched.statusCode() == 409 || patched.statusCode() == 412,
                            "a lost race is 412 or 409, got " + patched.statusCode());
                }
                throw new AssertionError("editor " + mark + " never got through");
            }));
        }
        start.countDown();
        int totalRetries = 0;
        for (Future<Integer> r : retries) {
            totalRetries += r.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Response last = given().get("/api/claims/" + id);
        String rationale = last.path("verdictRationale");
        for (int editor = 0; editor < EDITORS; editor++) {
            assertTrue(rationale.contains("[edit-" + editor + "]"), rationale);
        }
        assertEquals(EDITORS * "[edit-0]".length(), rationale.length(), rationale);
        assertEquals(startVersion + EDITORS, Long.parseLong(last.path("version").toString()));
        List<String> actions = given().get("/api/claims/" + id + "/history?limit=100").then().extract().path("items.action");
        assertEquals(1 + EDITORS, actions.size());
        System.out.printf("8 concurrent editors: all edits kept after %d retries%n", totalRetries);
    }
}
