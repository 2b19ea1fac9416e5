package io.crosscheck.history;

import static io.crosscheck.Fixtures.as;
import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimHistoryTest {

    private static final String TEXT = "Le club affirme que le transfert a coûté 180 millions d’euros.";

    static String newClaim(String key) {
        String subject = Fixtures.entity(unique("Club"));
        String metric = Fixtures.metric(unique("fee"), "MONEY", false);
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subject);
        body.put("metricId", metric);
        body.put("figure", Map.of("kind", "EXACT", "value", 180000000, "currency", "EUR", "text", "180 millions d’euros"));
        body.put("statement", "Le transfert a coûté 180 millions d'euros.");
        body.put("language", "fr");
        return as(key).contentType(ContentType.JSON).body(body).post("/api/claims")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldRecordWhoChangedWhatOldestFirstAppearancesAndVerdictsIncluded() {
        String editor = given().contentType(ContentType.JSON).body(Map.of("name", "desk-anna", "role", "EDITOR"))
                .post("/api/keys").then().statusCode(201).extract().path("key");
        String id = newClaim(editor);
        String source = Fixtures.source("https://" + unique("news") + ".example/a", TEXT);

        as(editor).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("verdict", "SUPPORTED", "verdictRationale", "Confirmed by the annual report"))
                .patch("/api/claims/" + id).then().statusCode(200);
        as(editor).contentType(ContentType.JSON)
                .body(Map.of("sourceId", source, "quote", "le transfert a coûté 180 millions d’euros"))
                .post("/api/claims/" + id + "/appearances").then().statusCode(200);

        given().get("/api/claims/" + id + "/history").then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.action", contains("CREATE", "UPDATE", "UPDATE"))
                .body("items.actor", contains("desk-anna", "desk-anna", "desk-anna"))
                .body("items[0].changes.field", hasItems("statement", "figure.value", "metricId"))
                .body("items[1].changes.field", contains("verdict", "verdictRationale"))
                .body("items[1].changes[0].from", equalTo("UNREVIEWED"))
                .body("items[1].changes[0].to", equalTo("SUPPORTED"))
                .body("items[2].changes.field", hasItem("appearances[0].quote"))
                .body("items[2].at", notNullValue());
    }

    @Test
    void shouldKeepTheHistoryOfADeletedClaimReadable() {
        String id = newClaim(Fixtures.ADMIN_KEY);
        given().delete("/api/claims/" + id).then().statusCode(204);
        given().get("/api/claims/" + id).then().statusCode(404);
        given().get("/api/claims/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("CREATE", "DELETE"))
                .body("items[1].changes.find { it.field == 'statement' }.to", equalTo(null))
                .body("items[1].actor", equalTo("admin"));
    }

    @Test
    void shouldPageTheHistoryAndRefuseUnknownClaims() {
        String id = newClaim(Fixtures.ADMIN_KEY);
        for (int i = 0; i < 3; i++) {
            given().contentType("application/merge-patch+json").body(Map.of("scope", "version " + i))
                    .patch("/api/claims/" + id).then().statusCode(200);
        }
        String next = given().get("/api/claims/" + id + "/history?limit=2").then().statusCode(200)
                .body("items.action", contains("CREATE", "UPDATE")).extract().path("next");
        given().queryParam("cursor", next).queryParam("limit", 2).get("/api/claims/" + id + "/history").then()
                .body("items.changes.to.flatten()", contains("version 1", "version 2"));
        problem(given().get("/api/claims/00000000-0000-7000-8000-000000000000/history").then(), 404);
    }

    @Test
    void shouldRecordTheDemoLoaderAsSystem() {
        String id = given().queryParam("q", "1,6 milliard").get("/api/claims").then().extract().path("items[0].id");
        given().get("/api/claims/" + id + "/history").then().statusCode(200)
                .body("items[0].actor", equalTo("system")).body("items[0].action", equalTo("CREATE"));
    }

    @Test
    void shouldRecordNothingWhenAChangeChangesNothing() {
        String id = newClaim(Fixtures.ADMIN_KEY);
        given().contentType("application/merge-patch+json").body(Map.of()).patch("/api/claims/" + id).then().statusCode(200);
        given().get("/api/claims/" + id + "/history").then().body("items", hasSize(1));
    }
}
