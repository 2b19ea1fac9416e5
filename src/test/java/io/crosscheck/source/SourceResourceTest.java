package io.crosscheck.source;

import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceResourceTest {

    private static Map<String, Object> body(String url) {
        return Map.of("url", url, "title", "Nvidia perd 600 milliards", "publisher", "Le Monde", "language", "fr");
    }

    @Test
    void shouldCreateSourceWithLocationETagAndCanonicalUrl() {
        String host = unique("news");
        given().contentType(ContentType.JSON).body(body("HTTPS://" + host.toUpperCase() + ".example/a?utm_source=x&id=3#top"))
                .post("/api/sources")
                .then().statusCode(201)
                .header("Location", containsString("/api/sources/"))
                .header("ETag", "\"0\"")
                .body("canonicalUrl", equalTo("https://" + host + ".example/a?id=3"))
                .body("language", equalTo("fr"))
                .body("textSha256", nullValue());
    }

    @Test
    void shouldRefuseSecondSourceWithSameCanonicalUrlNamingTheFirst() {
        String url = "https://" + unique("dup") + ".example/article";
        String id = Fixtures.post("/api/sources", body(url));
        problem(given().contentType(ContentType.JSON).body(body(url + "?utm_campaign=z#x")).post("/api/sources").then(), 409)
                .body("existingId", equalTo(id));
    }

    @Test
    void shouldListEveryInvalidFieldOfASource() {
        problem(given().contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://nope", "title", "", "publisher", "p", "language", "French"))
                .post("/api/sources").then(), 400)
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("language"));
        problem(given().contentType(ContentType.JSON).body(body("javascript:alert(1)")).post("/api/sources").then(), 400)
                .body("errors[0].field", equalTo("url"));
    }

    @Test
    void shouldKeepTextWithItsDigest() {
        String id = Fixtures.source("https://" + unique("t") + ".example/", "Nvidia a perdu 600 milliards $.");
        given().get("/api/sources/" + id).then().statusCode(200)
                .body("text", equalTo("Nvidia a perdu 600 milliards $."))
                .body("textLength", equalTo(31))
                .body("textSha256", equalTo(Source.sha256("Nvidia a perdu 600 milliards $.")));
    }

    @Test
    void shouldRejectStaleIfMatchAndAcceptCurrentOne() {
        String id = Fixtures.post("/api/sources", body("https://" + unique("m") + ".example/"));
        Map<String, Object> changed = new java.util.HashMap<>(body("https://" + unique("m") + ".example/"));
        changed.put("author", "Jeanne Dupont");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).put("/api/sources/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("author", equalTo("Jeanne Dupont"));
        problem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .put("/api/sources/" + id).then(), 412);
    }

    @Test
    void shouldApplyMergePatchAndRemoveNulledFields() {
        String id = Fixtures.post("/api/sources", Map.of("url", "https://" + unique("p") + ".example/", "title", "T",
                "publisher", "P", "language", "fr", "author", "A"));
        given().contentType("application/merge-patch+json").body("{\"author\": null, \"title\": \"Nouveau titre\"}")
                .patch("/api/sources/" + id)
                .then().statusCode(200)
                .body("author", nullValue()).body("title", equalTo("Nouveau titre")).body("publisher", equalTo("P"));
        problem(given().contentType("application/merge-patch+json").body("{\"secret\": 1}")
                .patch("/api/sources/" + id).then(), 400).body("errors[0].field", equalTo("secret"));
        problem(given().contentType("application/merge-patch+json").body("{\"title\": \"\"}")
                .patch("/api/sources/" + id).then(), 400).body("errors[0].field", equalTo("title"));
    }

    @Test
    void shouldPageThroughSourcesWithoutRepeats() {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = given().queryParam("limit", 2).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/sources").then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.id");
            org.junit.jupiter.api.Assertions.assertTrue(ids.size() <= 2);
            ids.forEach(id -> org.junit.jupiter.api.Assertions.assertTrue(seen.add(id), "repeated " + id));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 1000);
        org.junit.jupiter.api.Assertions.assertTrue(seen.size() >= 4, "the dossier has four sources");
    }

    @Test
    void shouldFindSourceByAnyFormOfItsUrl() {
        given().queryParam("url", "https://www.tomshardware.com/tech-industry/artificial-intelligence/deepseek-might-not-be-as-disruptive-as-claimed-firm-reportedly-has-50-000-nvidia-gpus-and-spent-usd1-6-billion-on-buildouts?utm_medium=social")
                .get("/api/sources").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].publisher", equalTo("Tom's Hardware"))
                .body("items[0].text", nullValue()).body("items[0].textLength", notNullValue());
    }

    @Test
    void shouldNotDeleteACitedSourceButDeleteAnUncitedOne() {
        String cited = given().queryParam("publisher", "Tom's Hardware").get("/api/sources")
                .then().extract().path("items[0].id");
        problem(given().delete("/api/sources/" + cited).then(), 409);
        String id = Fixtures.post("/api/sources", body("https://" + unique("d") + ".example/"));
        given().delete("/api/sources/" + id).then().statusCode(204);
        problem(given().get("/api/sources/" + id).then(), 404);
    }

    @Test
    void shouldNotGetSourceWithMalformedId() {
        problem(given().get("/api/sources/not-a-uuid").then(), 400).body("errors[0].field", equalTo("id"));
    }
}
