package io.crosscheck.link;

import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LinkResourceTest {

    private String subject;
    private String metric;

    @BeforeEach
    void setUp() {
        subject = Fixtures.entity(unique("Club"));
        metric = Fixtures.metric(unique("fee"), "MONEY", true);
    }

    private String claim(int millions) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subject);
        body.put("metricId", metric);
        body.put("figure", Map.of("kind", "EXACT", "value", millions * 1_000_000, "currency", "EUR",
                "text", millions + " millions d'euros"));
        body.put("statement", "Le transfert a coûté " + millions + " millions d'euros.");
        body.put("language", "fr");
        return Fixtures.post("/api/claims", body);
    }

    private io.restassured.response.ValidatableResponse link(String from, String to, String type) {
        return given().contentType(ContentType.JSON).body(Map.of("from", from, "to", to, "type", type,
                "rationale", "vu")).post("/api/links").then();
    }

    @Test
    void shouldStoreSymmetricLinksOnceWhateverTheDirection() {
        String a = claim(10);
        String b = claim(20);
        String id = link(b, a, "CONTRADICTS").statusCode(201).body("origin", equalTo("MANUAL"))
                .body("state", equalTo("CONFIRMED")).extract().path("id");
        problem(link(a, b, "CONTRADICTS"), 409).body("existingId", equalTo(id));
        link(a, b, "REFINES").statusCode(201);
        link(b, a, "REFINES").statusCode(201);
        given().get("/api/claims/" + a + "/links").then().statusCode(200).body("items", hasSize(3));
        given().queryParam("type", "contradicts").queryParam("claim", b).get("/api/links").then()
                .body("items", hasSize(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void shouldRefuseSelfLinksUnknownClaimsAndBadTypes() {
        String a = claim(10);
        problem(link(a, a, "SUPPORTS"), 422).body("errors[0].field", equalTo("to"));
        problem(link(a, "0190a6d2-0000-7000-8000-000000000000", "SUPPORTS"), 422);
        problem(link(a, claim(11), "OPPOSES"), 400);
        problem(given().queryParam("state", "maybe").get("/api/links").then(), 400);
        problem(given().get("/api/claims/0190a6d2-0000-7000-8000-000000000000/links").then(), 404);
    }

    @Test
    void shouldRefuseSupersedesCyclesAndShowSupersededBy() {
        String a = claim(10);
        String b = claim(11);
        String c = claim(12);
        link(b, a, "SUPERSEDES").statusCode(201);
        link(c, b, "SUPERSEDES").statusCode(201);
        problem(link(a, c, "SUPERSEDES"), 422).body("detail", org.hamcrest.Matchers.containsString("cycle"));
        problem(link(a, b, "SUPERSEDES"), 422);
        given().get("/api/claims/" + a).then().body("supersededBy", equalTo(b));
        given().get("/api/claims/" + c).then().body("supersededBy", nullValue());
    }

    @Test
    void shouldDeleteLinksWithTheirClaim() {
        String a = claim(10);
        String b = claim(20);
        String id = link(a, b, "CONTEXT").statusCode(201).extract().path("id");
        given().delete("/api/claims/" + a).then().statusCode(204);
        problem(given().get("/api/links/" + id).then(), 404);
        given().get("/api/claims/" + b + "/links").then().body("items", hasSize(0));
    }

    @Test
    void shouldDeleteALinkHonouringIfMatch() {
        String id = link(claim(10), claim(20), "SUPPORTS").statusCode(201).extract().path("id");
        problem(given().header("If-Match", "\"99\"").delete("/api/links/" + id).then(), 412);
        given().delete("/api/links/" + id).then().statusCode(204);
        given().queryParam("origin", "MANUAL").queryParam("limit", 100).get("/api/links").then()
                .body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
    }

    @Test
    void shouldRecordWhoMadeDecidedAndRemovedALink() {
        String id = link(claim(10), claim(20), "CONTEXT").statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("rationale", "même club, autre saison"))
                .post("/api/conflicts/" + id + "/dismiss").then().statusCode(200);
        given().delete("/api/links/" + id).then().statusCode(204);
        given().get("/api/links/" + id + "/history").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("CREATE", "UPDATE", "DELETE"))
                .body("items.actor", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("admin")))
                .body("items[1].changes.field", hasItem("state"));
        problem(given().get("/api/links/00000000-0000-7000-8000-000000000000/history").then(), 404);
    }

    @Test
    void shouldRecordDetectedProposalsUnderTheEditorWhoseChangeCausedThem() {
        String subjectId = Fixtures.entity(unique("Club"));
        String single = Fixtures.metric(unique("fee"), "MONEY", false);
        Map<String, Object> body = new HashMap<>(Map.of("subjectId", subjectId, "metricId", single, "statement", "s",
                "language", "fr"));
        body.put("figure", Map.of("kind", "EXACT", "value", 10_000_000, "currency", "EUR", "text", "10 M€"));
        String a = Fixtures.post("/api/claims", body);
        body.put("figure", Map.of("kind", "EXACT", "value", 40_000_000, "currency", "EUR", "text", "40 M€"));
        Fixtures.post("/api/claims", body);
        Fixtures.awaitDetection();
        String proposal = given().queryParam("claim", a).get("/api/links").then().extract().path("items[0].id");
        given().get("/api/links/" + proposal + "/history").then().statusCode(200)
                .body("items[0].action", org.hamcrest.Matchers.equalTo("CREATE"))
                .body("items[0].actor", org.hamcrest.Matchers.equalTo("admin"));
    }
}
