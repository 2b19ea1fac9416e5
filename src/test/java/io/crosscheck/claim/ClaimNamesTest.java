package io.crosscheck.claim;

import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Claims, promotions and metrics written with names instead of ids (issue 13). */
@QuarkusTest
class ClaimNamesTest {

    private static final String TEXT = "Le club a confirmé l’arrivée du joueur. Selon L’Équipe, le transfert a coûté "
            + "180 millions d’euros, bonus compris.";

    private static Map<String, Object> claim(Map<String, Object> refs) {
        Map<String, Object> body = new HashMap<>(refs);
        body.put("figure", Map.of("text", "180 millions d’euros", "lang", "fr"));
        body.put("statement", "Le transfert a coûté 180 millions d’euros.");
        body.put("language", "fr");
        return body;
    }

    private static io.restassured.response.ValidatableResponse post(Map<String, Object> body) {
        return given().contentType("application/json; charset=UTF-8").body(body).post("/api/claims").then();
    }

    @Test
    void shouldCreateAClaimWithSubjectAndClaimantByNameOrAliasAndMetricByKey() {
        String name = unique("Club");
        String subject = Fixtures.post("/api/entities", Map.of("name", name, "kind", "ORGANIZATION",
                "aliases", List.of(name + " FC")));
        String claimantName = unique("Journal");
        String claimant = Fixtures.post("/api/entities", Map.of("name", claimantName, "kind", "PUBLICATION",
                "aliases", List.of("le " + claimantName)));
        String key = unique("fee");
        String metric = Fixtures.metric(key, "MONEY", false);
        post(claim(Map.of("subject", name.toUpperCase(), "metric", key, "claimant", "LE " + claimantName)))
                .statusCode(201)
                .body("subject.id", equalTo(subject)).body("metric.id", equalTo(metric))
                .body("claimant.id", equalTo(claimant));
        post(claim(Map.of("subject", name + " fc", "metric", metric, "claimantId", claimant)))
                .statusCode(201).body("subject.id", equalTo(subject)).body("claimant.id", equalTo(claimant));
        // a name that agrees with the id given alongside it is fine
        post(claim(Map.of("subject", name, "subjectId", subject, "metric", key, "metricId", metric)))
                .statusCode(201).body("subject.id", equalTo(subject));
    }

    @Test
    void shouldNameTheFieldOfAnUnknownAmbiguousOrContradictoryReference() {
        String key = unique("fee");
        String metric = Fixtures.metric(key, "MONEY", false);
        String name = unique("Club");
        String subject = Fixtures.entity(name);
        problem(post(claim(Map.of("subject", unique("Nobody"), "metric", key))), 422)
                .body("errors[0].field", equalTo("subject")).body("detail", containsString("no entity"));
        problem(post(claim(Map.of("subject", name, "metric", unique("no-such")))), 422)
                .body("errors[0].field", equalTo("metric"));
        problem(post(claim(Map.of("subject", name, "metric", key, "claimant", unique("Nobody")))), 422)
                .body("errors[0].field", equalTo("claimant"));
        String shared = unique("Acme");
        String first = Fixtures.post("/api/entities", Map.of("name", unique("A"), "kind", "ORGANIZATION",
                "aliases", List.of(shared)));
        String second = Fixtures.post("/api/entities", Map.of("name", unique("B"), "kind", "ORGANIZATION",
                "aliases", List.of(shared)));
        problem(post(claim(Map.of("subject", shared, "metric", key))), 422)
                .body("errors[0].field", equalTo("subject"))
                .body("detail", containsString(first)).body("detail", containsString(second));
        problem(post(claim(Map.of("subject", name, "subjectId", first, "metric", key))), 422)
                .body("errors[0].field", equalTo("subject"));
        problem(post(claim(Map.of("metric", key))), 400).body("errors[0].field", equalTo("subject"));
        problem(post(claim(Map.of("subjectId", subject))), 400).body("errors[0].field", equalTo("metric"));
        // an exact name wins over another entity's alias
        String exact = unique("Exact");
        String named = Fixtures.entity(exact);
        Fixtures.post("/api/entities", Map.of("name", unique("Other"), "kind", "ORGANIZATION", "aliases", List.of(exact)));
        post(claim(Map.of("subject", exact, "metric", metric))).statusCode(201).body("subject.id", equalTo(named));
    }

    @Test
    void shouldPatchAReferenceByName() {
        String key = unique("fee");
        Fixtures.metric(key, "MONEY", false);
        String before = unique("Club");
        Fixtures.entity(before);
        String after = unique("Club");
        String afterId = Fixtures.entity(after);
        String claim = post(claim(Map.of("subject", before, "metric", key))).statusCode(201).extract().path("id");
        given().contentType("application/merge-patch+json").body(Map.of("subject", after))
                .patch("/api/claims/" + claim).then().statusCode(200).body("subject.id", equalTo(afterId));
    }

    @Test
    void shouldPromoteACandidateWithNames() {
        String source = Fixtures.source("https://" + unique("sport") + ".example/", TEXT);
        String name = unique("Club");
        String subject = Fixtures.entity(name);
        String key = unique("fee");
        Fixtures.metric(key, "MONEY", false);
        int start = TEXT.indexOf("180");
        int end = TEXT.indexOf(", bonus");
        given().contentType(ContentType.JSON).body(Map.of("start", start, "end", end, "subject", name, "metric", key,
                        "claimant", name)).post("/api/sources/" + source + "/claims").then().statusCode(201)
                .body("subject.id", equalTo(subject)).body("claimant.id", equalTo(subject))
                .body("metric.key", equalTo(key));
        problem(given().contentType(ContentType.JSON).body(Map.of("start", start, "end", end, "subject", unique("x"),
                "metric", key)).post("/api/sources/" + source + "/claims").then(), 422)
                .body("errors[0].field", equalTo("subject"));
    }

    @Test
    void shouldCreateAMetricWithOneLanguagesLabelAndFallBackOnTheOther() {
        String key = unique("headcount");
        given().contentType(ContentType.JSON).body(Map.of("key", key, "labelEn", "Headcount", "dimension", "COUNT"))
                .post("/api/metrics").then().statusCode(201)
                .body("labelEn", equalTo("Headcount")).body("labelFr", nullValue())
                .body("labels.en", equalTo("Headcount")).body("labels.fr", nullValue());
        String subject = unique("Firm");
        Fixtures.entity(subject);
        String claim = given().contentType(ContentType.JSON).body(Map.of("subject", subject, "metric", key,
                        "figure", Map.of("text", "1,200 employees", "lang", "en"), "statement", "It has 1,200 employees.",
                        "language", "en")).post("/api/claims").then().statusCode(201)
                .body("metric.labelEn", equalTo("Headcount")).body("metric.labelFr", equalTo("Headcount"))
                .extract().path("id");
        given().queryParam("lang", "fr").get("/claims/" + claim).then().statusCode(200)
                .body(containsString("Headcount"));
        String fr = unique("effectif");
        given().contentType("application/json; charset=UTF-8").body(Map.of("key", fr, "labels", Map.of("fr", "Effectif"),
                "dimension", "COUNT")).post("/api/metrics").then().statusCode(201)
                .body("labelFr", equalTo("Effectif")).body("labelEn", nullValue());
        problem(given().contentType(ContentType.JSON).body(Map.of("key", unique("bare"), "dimension", "COUNT"))
                .post("/api/metrics").then(), 400).body("errors[0].field", equalTo("labels"));
        problem(given().contentType(ContentType.JSON).body(Map.of("key", unique("bare"), "labels", Map.of("de", "Zahl"),
                "dimension", "COUNT")).post("/api/metrics").then(), 400).body("errors[0].field", equalTo("labels.de"));
        problem(given().contentType(ContentType.JSON).body(Map.of("key", unique("bare"), "labelEn", "A",
                "labels", Map.of("en", "B"), "dimension", "COUNT")).post("/api/metrics").then(), 400)
                .body("errors[0].field", equalTo("labels.en"));
    }

    @Test
    void shouldKeepTriggerWordsPerLanguage() {
        String key = unique("training");
        given().contentType("application/json; charset=UTF-8").body(Map.of("key", key, "labelEn", "Training cost",
                        "dimension", "MONEY", "triggers", Map.of("fr", List.of("entraînement", " entraînement "),
                                "en", List.of("training run"))))
                .post("/api/metrics").then().statusCode(201)
                .body("triggers.fr", equalTo(List.of("entraînement"))).body("triggers.en", equalTo(List.of("training run")));
        given().contentType("application/merge-patch+json").body("{\"triggers\": {\"en\": [\"training\"], \"fr\": null}}")
                .patch("/api/metrics/" + key).then().statusCode(200)
                .body("triggers.en", equalTo(List.of("training"))).body("triggers.fr", nullValue());
        problem(given().contentType(ContentType.JSON).body(Map.of("key", unique("t"), "labelEn", "T",
                "dimension", "MONEY", "triggers", Map.of("en", List.of(" ")))).post("/api/metrics").then(), 400);
    }
}
