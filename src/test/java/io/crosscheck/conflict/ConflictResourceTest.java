package io.crosscheck.conflict;

import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConflictResourceTest {

    /** Every link of a state, page by page (other tests share the database; at most 500 pages). */
    private static List<Map<String, Object>> queue(String state) {
        Fixtures.awaitDetection();
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 500; pages++) {
            var spec = given().queryParam("state", state).queryParam("limit", 100);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.get("/api/conflicts").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("next");
            if (cursor == null) {
                break;
            }
        }
        return all;
    }

    private static String figures(Map<String, Object> link) {
        JsonPath j = JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(link).toString());
        return j.getString("type") + " " + j.getString("from.figure") + " / " + j.getString("to.figure");
    }

    @Test
    void shouldProposeTheDossierConflictsOnLoad() {
        List<String> all = new java.util.ArrayList<>();
        for (String state : List.of("PROPOSED", "CONFIRMED", "DISMISSED")) {
            queue(state).forEach(l -> all.add(figures(l)));
        }
        org.junit.jupiter.api.Assertions.assertTrue(all.stream().anyMatch(s -> s.startsWith("CONTRADICTS")
                && s.contains("5 millions de dollars") && s.contains("5,6 millions de dollars")), all.toString());
        org.junit.jupiter.api.Assertions.assertTrue(all.stream().anyMatch(s -> s.startsWith("DUPLICATES")
                && s.contains("6 millions $") && s.contains("5,6 millions de dollars")), all.toString());
        // Issue 11: "5 millions" and "6 millions" are two different round figures, so they now contradict
        // (the old interval rule had them overlap at 5.5 M and proposed SUPPORTS).
        org.junit.jupiter.api.Assertions.assertTrue(all.stream().anyMatch(s -> s.startsWith("CONTRADICTS")
                && s.contains("6 millions $") && s.contains("5 millions de dollars")), all.toString());
        org.junit.jupiter.api.Assertions.assertFalse(all.stream().anyMatch(s -> s.startsWith("SUPPORTS")
                && s.contains("6 millions $") && s.contains("5 millions de dollars")), all.toString());
        org.junit.jupiter.api.Assertions.assertTrue(all.stream().anyMatch(s -> s.startsWith("CONTEXT")
                && s.contains("1,6 milliard $") && s.contains("6 millions $")), all.toString());
        org.junit.jupiter.api.Assertions.assertFalse(all.stream().anyMatch(s -> s.contains("H800")), all.toString());
    }

    @Test
    void shouldNotProposeADismissedConflictAgain() {
        String subject = Fixtures.entity(unique("Club"));
        String metric = Fixtures.metric(unique("fee"), "MONEY", false);
        String a = claim(subject, metric, 10);
        String b = claim(subject, metric, 20);
        List<Map<String, Object>> mine = given().queryParam("claim", a).get("/api/links").then().extract()
                .jsonPath().getList("items");
        org.junit.jupiter.api.Assertions.assertEquals(1, mine.size());
        String id = (String) mine.get(0).get("id");
        given().get("/api/links/" + id).then().body("type", equalTo("CONTRADICTS")).body("origin", equalTo("DETECTED"))
                .body("author", equalTo("system")).body("rationale", containsString("10 M€ contre 20 M€ : écart de 50 % (×2)"))
                .body("gap", equalTo(0.5f)).body("judgement", equalTo("DIFFER"));
        given().contentType(ContentType.JSON).body(Map.of("rationale", "Deux transferts différents."))
                .post("/api/conflicts/" + id + "/dismiss").then().statusCode(200).body("state", equalTo("DISMISSED"))
                .body("decisionRationale", equalTo("Deux transferts différents."));
        scan();
        given().queryParam("claim", a).get("/api/links").then().body("items", hasSize(1))
                .body("items[0].state", equalTo("DISMISSED"));
        given().queryParam("state", "PROPOSED").queryParam("limit", 100).get("/api/conflicts").then()
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void shouldWithdrawAProposalWhenTheFigureChanges() {
        String subject = Fixtures.entity(unique("Club"));
        String metric = Fixtures.metric(unique("fee"), "MONEY", false);
        String a = claim(subject, metric, 10);
        String b = claim(subject, metric, 20);
        Map<String, Object> figure = new HashMap<>(Map.of("kind", "EXACT", "value", 20000000, "currency", "EUR",
                "text", "20 millions d'euros"));
        figure.put("low", null);
        figure.put("high", null);
        given().contentType(ContentType.JSON).body(Map.of("figure", figure)).patch("/api/claims/" + a).then().statusCode(200);
        Fixtures.awaitDetection();
        given().queryParam("claim", b).get("/api/links").then().body("items", hasSize(1))
                .body("items[0].type", equalTo("SUPPORTS"));
    }

    @Test
    void shouldConfirmAndRefuseBadStates() {
        String subject = Fixtures.entity(unique("Club"));
        String metric = Fixtures.metric(unique("fee"), "MONEY", false);
        String a = claim(subject, metric, 10);
        claim(subject, metric, 30);
        String id = given().queryParam("claim", a).get("/api/links").then().extract().path("items[0].id");
        given().contentType(ContentType.JSON).post("/api/conflicts/" + id + "/confirm").then().statusCode(200).body("state", equalTo("CONFIRMED"));
        given().queryParam("state", "CONFIRMED").queryParam("limit", 100).get("/api/conflicts").then()
                .body("items.id", hasItem(id));
        problem(given().queryParam("state", "LATER").get("/api/conflicts").then(), 400);
        problem(given().contentType(ContentType.JSON).post("/api/conflicts/0190a6d2-0000-7000-8000-000000000000/confirm").then(), 404);
    }

    @Test
    void shouldSortTheReviewQueueByGapLargestFirstWithAStableCursor() {
        String subject = Fixtures.entity(unique("Club"));
        String metric = Fixtures.metric(unique("fee"), "MONEY", false);
        String a = claim(subject, metric, 10);
        String b = claim(subject, metric, 12);
        String c = claim(subject, metric, 30);
        String small = linkBetween(a, b);
        String large = linkBetween(b, c);
        given().get("/api/links/" + small).then().body("gap", equalTo(0.166667f)).body("judgement", equalTo("DIFFER"));
        given().get("/api/links/" + large).then().body("gap", equalTo(0.6f));
        List<String> ids = new java.util.ArrayList<>();
        List<Float> gaps = new java.util.ArrayList<>();
        String cursor = null;
        // Pages of 7 until the queue ends (other tests add links to the shared database; 2,000 pages bound the loop).
        for (int pages = 0; pages < 2000; pages++) {
            var spec = given().queryParam("limit", 7);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.get("/api/conflicts").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            gaps.addAll(page.getList("items.gap", Float.class));
            cursor = page.getString("next");
            if (cursor == null) {
                break;
            }
        }
        org.junit.jupiter.api.Assertions.assertNull(cursor, "the queue ends");
        org.junit.jupiter.api.Assertions.assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "no link twice");
        for (int i = 1; i < gaps.size(); i++) {
            Float before = gaps.get(i - 1);
            Float after = gaps.get(i);
            org.junit.jupiter.api.Assertions.assertTrue(after == null || (before != null && before >= after),
                    "largest gap first, links without a gap last: " + gaps);
        }
        org.junit.jupiter.api.Assertions.assertTrue(ids.indexOf(large) >= 0 && ids.indexOf(large) < ids.indexOf(small),
                "0.6 before 0.17");
        problem(given().queryParam("cursor", "not-a-cursor").get("/api/conflicts").then(), 400)
                .body("errors[0].field", equalTo("cursor"));
        problem(given().queryParam("judgement", "MAYBE").get("/api/conflicts").then(), 400);
    }

    @Test
    void shouldFlagALargeRoundingForReview() {
        String subject = Fixtures.entity(unique("Club"));
        String metric = Fixtures.metric(unique("fee"), "MONEY", false);
        String a = claim(subject, metric, "2000000000", "2 milliards d'euros");
        claim(subject, metric, "2400000000", "2,4 milliards d'euros");
        String id = linkBetween(a, null);
        given().get("/api/links/" + id).then().body("type", equalTo("CONTRADICTS"))
                .body("judgement", equalTo("ROUNDING_REVIEW")).body("judgementReason", equalTo("LARGE_ROUNDING"))
                .body("gap", equalTo(0.166667f));
        given().queryParam("judgement", "ROUNDING_REVIEW").queryParam("limit", 100).get("/api/conflicts").then()
                .statusCode(200).body("items.id", hasItem(id)).body("items.judgement", everyItem(equalTo("ROUNDING_REVIEW")));
    }

    @Test
    void shouldRetireAProposalWhenTheSamePairIsLinkedByHandAndNotProposeItAgain() {
        String subject = Fixtures.entity(unique("Club"));
        String metric = Fixtures.metric(unique("fee"), "MONEY", false);
        String a = claim(subject, metric, 20);
        String b = claim(subject, metric, 20);
        String proposed = linkBetween(a, b);
        given().get("/api/links/" + proposed).then().body("type", equalTo("SUPPORTS")).body("state", equalTo("PROPOSED"));
        // A reviewer knows better: the two 20 M are different transfers that cannot both be the fee.
        String manual = Fixtures.post("/api/links", Map.of("from", a, "to", b, "type", "CONTRADICTS",
                "rationale", "Deux montants pour un seul transfert."));
        given().get("/api/links/" + proposed).then().statusCode(404);
        given().queryParam("claim", a).get("/api/links").then().body("items", hasSize(1))
                .body("items[0].id", equalTo(manual)).body("items[0].origin", equalTo("MANUAL"));
        scan();
        given().queryParam("claim", a).get("/api/links").then().body("items", hasSize(1))
                .body("items[0].id", equalTo(manual));
    }

    @Test
    void shouldNotProposeAnythingElseForAConfirmedPair() {
        String subject = Fixtures.entity(unique("Club"));
        String metric = Fixtures.metric(unique("fee"), "MONEY", false);
        String a = claim(subject, metric, 10);
        String b = claim(subject, metric, 20);
        String id = linkBetween(a, b);
        given().contentType(ContentType.JSON).post("/api/conflicts/" + id + "/confirm").then().statusCode(200);
        scan();
        given().queryParam("claim", a).get("/api/links").then().body("items", hasSize(1))
                .body("items[0].id", equalTo(id)).body("items[0].state", equalTo("CONFIRMED"));
    }

    @Test
    void shouldSetVerdictsWhenConfirmingAContradictionAndShowTheDispute() {
        String subject = Fixtures.entity(unique("Club"));
        String metric = Fixtures.metric(unique("fee"), "MONEY", false);
        String a = claim(subject, metric, 10);
        String b = claim(subject, metric, 30);
        String id = linkBetween(a, b);
        JsonPath link = given().get("/api/links/" + id).then().extract().jsonPath();
        String from = link.getString("from.id");
        String to = link.getString("to.id");
        problem(given().contentType(ContentType.JSON).body(Map.of("fromVerdict", "SUPPORTED"))
                .post("/api/conflicts/" + id + "/dismiss").then(), 422);
        problem(given().contentType(ContentType.JSON).body(Map.of("fromVerdict", "MAYBE"))
                .post("/api/conflicts/" + id + "/confirm").then(), 400);
        given().contentType(ContentType.JSON).body(Map.of("rationale", "Le club confirme 10 M€.",
                "fromVerdict", "SUPPORTED", "toVerdict", "DISPUTED")).post("/api/conflicts/" + id + "/confirm").then()
                .statusCode(200).body("state", equalTo("CONFIRMED")).body("from.verdict", equalTo("SUPPORTED"))
                .body("to.verdict", equalTo("DISPUTED"));
        given().get("/api/claims/" + from).then().body("verdict", equalTo("SUPPORTED"))
                .body("verdictRationale", equalTo("Le club confirme 10 M€."))
                .body("disputedBy", hasSize(1)).body("disputedBy[0].id", equalTo(to))
                .body("disputedBy[0].link", equalTo(id));
        given().get("/api/claims/" + to).then().body("verdict", equalTo("DISPUTED")).body("disputedBy[0].id", equalTo(from));
        given().get("/api/claims/" + from + "/history").then().statusCode(200);
        // A claim found FALSE disputes nothing any more.
        String etag = given().get("/api/claims/" + to).then().extract().header("ETag");
        given().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of("verdict", "FALSE"))
                .patch("/api/claims/" + to).then().statusCode(200);
        given().get("/api/claims/" + from).then().body("disputedBy", hasSize(0));
    }

    /** The one link of {@code a} (with {@code b} when given). */
    private static String linkBetween(String a, String b) {
        List<Map<String, Object>> mine = given().queryParam("claim", a).queryParam("limit", 100).get("/api/links").then()
                .statusCode(200).extract().jsonPath().getList("items");
        List<String> ids = mine.stream().filter(l -> b == null || b.equals(((Map<?, ?>) l.get("from")).get("id"))
                || b.equals(((Map<?, ?>) l.get("to")).get("id"))).map(l -> (String) l.get("id")).toList();
        org.junit.jupiter.api.Assertions.assertEquals(1, ids.size(), mine.toString());
        return ids.get(0);
    }

    private static String claim(String subject, String metric, int millions) {
        return claim(subject, metric, String.valueOf(millions * 1_000_000L), millions + " millions d'euros");
    }

    private static String claim(String subject, String metric, String value, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subject);
        body.put("metricId", metric);
        body.put("figure", Map.of("kind", "EXACT", "value", new java.math.BigDecimal(value), "currency", "EUR",
                "text", text));
        body.put("statement", "Le transfert a coûté " + text + ".");
        body.put("language", "fr");
        String id = Fixtures.post("/api/claims", body);
        Fixtures.awaitDetection();
        return id;
    }

    @Test
    void shouldJudgeQueuedGroupsAfterTheWriteAndShowTheBacklog() {
        Fixtures.awaitDetection();
        given().get("/api/conflicts/queue-status").then().statusCode(200).body("pendingGroups", equalTo(0))
                .body("oldestAgeSeconds", org.hamcrest.Matchers.nullValue());
        String subject = Fixtures.entity(unique("Club"));
        String metric = Fixtures.metric(unique("fee"), "MONEY", false);
        String a = Fixtures.transferFee(subject, metric, 10);
        String b = Fixtures.transferFee(subject, metric, 20);
        // The writes answered before detection ran: the group waits, once for both claims.
        given().queryParam("claim", a).get("/api/links").then().body("items", hasSize(0));
        given().get("/api/conflicts/queue-status").then().statusCode(200).body("pendingGroups", equalTo(1))
                .body("rows", equalTo(1)).body("oldestEnqueuedAt", org.hamcrest.Matchers.notNullValue())
                .body("oldestAgeSeconds", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
        Fixtures.awaitDetection();
        given().get("/api/conflicts/queue-status").then().body("pendingGroups", equalTo(0)).body("rows", equalTo(0));
        String id = linkBetween(a, b);
        given().get("/api/links/" + id).then().body("type", equalTo("CONTRADICTS"));
        // Moving b to another subject queues both groups; the proposal it left is withdrawn.
        String elsewhere = Fixtures.entity(unique("Club"));
        given().contentType("application/merge-patch+json").body(Map.of("subjectId", elsewhere))
                .patch("/api/claims/" + b).then().statusCode(200);
        given().get("/api/conflicts/queue-status").then().body("pendingGroups", equalTo(2));
        Fixtures.awaitDetection();
        given().queryParam("claim", a).get("/api/links").then().body("items", hasSize(0));
        given().get("/api/links/" + id).then().statusCode(404);
    }

    /**
     * The scheduled worker leaves a group alone until it has settled (the test profile sets the settle to
     * ten minutes), so a burst of writes is judged once; draining does not wait.
     */
    @Test
    void shouldLeaveAGroupToSettleBeforeTheScheduledWorkerJudgesIt() {
        Fixtures.awaitDetection();
        DetectionWorker worker = io.quarkus.arc.Arc.container().instance(DetectionWorker.class).get();
        String subject = Fixtures.entity(unique("Club"));
        String metric = Fixtures.metric(unique("fee"), "MONEY", false);
        String a = Fixtures.transferFee(subject, metric, 10);
        org.junit.jupiter.api.Assertions.assertEquals(0, worker.runOnce(), "a group queued just now is not leased");
        String b = Fixtures.transferFee(subject, metric, 20);
        org.junit.jupiter.api.Assertions.assertEquals(0, worker.runOnce());
        given().get("/api/conflicts/queue-status").then().body("pendingGroups", equalTo(1)).body("rows", equalTo(1))
                .body("leased", equalTo(0));
        given().queryParam("claim", a).get("/api/links").then().body("items", hasSize(0));
        Fixtures.awaitDetection();
        given().get("/api/conflicts/queue-status").then().body("pendingGroups", equalTo(0));
        given().get("/api/links/" + linkBetween(a, b)).then().body("type", equalTo("CONTRADICTS"));
    }

    @Test
    void shouldRescanAsAJobWithProgressInGroups() {
        String subject = Fixtures.entity(unique("Club"));
        String metric = Fixtures.metric(unique("fee"), "MONEY", false);
        String a = claim(subject, metric, 10);
        claim(subject, metric, 20);
        JsonPath job = scan();
        org.junit.jupiter.api.Assertions.assertEquals("conflict-scan", job.getString("kind"));
        org.junit.jupiter.api.Assertions.assertEquals(job.getLong("total"), job.getLong("processed"), job.prettify());
        org.junit.jupiter.api.Assertions.assertEquals(job.getLong("total"), job.getLong("result.groups"), job.prettify());
        org.junit.jupiter.api.Assertions.assertTrue(job.getLong("result.claims") >= 2, job.prettify());
        linkBetween(a, null);
        problem(Fixtures.as(Fixtures.key("READER")).post("/api/conflicts/scan").then(), 403);
    }

    /** Runs the re-scan job to its end. */
    private static JsonPath scan() {
        String location = given().post("/api/conflicts/scan").then().statusCode(202).extract().header("Location");
        JsonPath job = Fixtures.awaitJob(location);
        org.junit.jupiter.api.Assertions.assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        return job;
    }
}
