package io.crosscheck.embed;

import static io.restassured.RestAssured.given;

import io.crosscheck.Fixtures;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Claims for widget tests, created through the public API. */
final class EmbedFixtures {

    private EmbedFixtures() {
    }

    /** A claim with one appearance in a fresh source; returns the claim id. */
    static String claim(String statement, String figureText, String sourceTitle, String quote) {
        String subject = Fixtures.entity(Fixtures.unique("Lab"));
        String claimant = Fixtures.entity(Fixtures.unique("Claimant"));
        String metric = Fixtures.metric(Fixtures.unique("cost"), "MONEY", false);
        String sourceUrl = "https://news.example.org/" + Fixtures.unique("a");
        Map<String, Object> src = new HashMap<>(Map.of("url", sourceUrl, "title", sourceTitle, "publisher",
                "Le Quotidien", "language", "fr"));
        String source = Fixtures.post("/api/sources", src);
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subject);
        body.put("metricId", metric);
        body.put("claimantId", claimant);
        body.put("figure", Map.of("text", figureText, "lang", "fr"));
        body.put("statement", statement);
        body.put("language", "fr");
        body.put("appearances", List.of(Map.of("sourceId", source, "quote", quote, "attribution", "selon <i>X</i>")));
        return Fixtures.post("/api/claims", body);
    }

    static void patchStatement(String id, String statement) {
        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"statement\": \"" + statement + "\"}")
                .patch("/api/claims/" + id).then().log().ifValidationFails().statusCode(200);
    }

    static String link(String from, String to, String type) {
        return given().contentType(ContentType.JSON).body(Map.of("from", from, "to", to, "type", type))
                .post("/api/links").then().statusCode(201).extract().path("id");
    }
}
