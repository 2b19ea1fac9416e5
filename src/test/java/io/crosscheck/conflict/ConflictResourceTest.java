package io.crosscheck.conflict;

import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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

    private static List<Map<String, Object>> queue(String state) {
        return given().queryParam("state", state).queryParam("limit", 100).get("/api/conflicts").then()
                .statusCode(200).extract().jsonPath().getList("items");
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
        org.junit.jupiter.api.Assertions.assertTrue(all.stream().anyMatch(s -> s.startsWith("SUPPORTS")
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
                .body("author", equalTo("system")).body("rationale", containsString("10 M€ contre 20 M€ : ×2"));
        given().contentType(ContentType.JSON).body(Map.of("rationale", "Deux transferts différents."))
                .post("/api/conflicts/" + id + "/dismiss").then().statusCode(200).body("state", equalTo("DISMISSED"))
                .body("decisionRationale", equalTo("Deux transferts différents."));
        given().post("/api/conflicts/scan").then().statusCode(200);
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

    private static String claim(String subject, String metric, int millions) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subject);
        body.put("metricId", metric);
        body.put("figure", Map.of("kind", "EXACT", "value", millions * 1_000_000, "currency", "EUR",
                "text", millions + " millions d'euros"));
        body.put("statement", "Le transfert a coûté " + millions + " millions d'euros.");
        body.put("language", "fr");
        return Fixtures.post("/api/claims", body);
    }
}
