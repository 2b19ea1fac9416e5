package io.crosscheck.claim;

import static io.crosscheck.Fixtures.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimResourceTest {

    private static final String TEXT = "Selon le club, le transfert a coûté 180 millions d’euros, bonus compris.";

    private String subject;
    private String money;
    private String category;
    private String source;

    @BeforeEach
    void setUp() {
        subject = Fixtures.entity(unique("PSG"));
        money = Fixtures.metric(unique("transfer-fee"), "MONEY", false);
        category = Fixtures.metric(unique("chip"), "CATEGORY", true);
        source = Fixtures.source("https://" + unique("sport") + ".example/transfert", TEXT);
    }

    private Map<String, Object> claim(Map<String, Object> figure, List<Map<String, Object>> appearances) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subject);
        body.put("metricId", money);
        body.put("figure", figure);
        body.put("statement", "Le transfert a coûté 180 millions d'euros.");
        body.put("language", "fr");
        body.put("appearances", appearances);
        return body;
    }

    private static Map<String, Object> euros() {
        return Map.of("kind", "EXACT", "value", 180000000, "currency", "EUR", "text", "180 millions d’euros");
    }

    private Map<String, Object> quoted(String quote) {
        return Map.of("sourceId", source, "quote", quote, "attribution", "Selon le club");
    }

    @Test
    void shouldServeTheDossierWithAtLeastTwelveClaims() {
        given().queryParam("limit", 100).get("/api/claims").then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(12))
                .body("items.figure.text", hasItems("5,6 millions de dollars", "5 millions de dollars", "6 millions $",
                        "1,6 milliard $", "50 000 GPU NVIDIA", "H800", "20 fois moins", "13 milliards $"));
    }

    @Test
    void shouldFilterDossierClaimsBySubjectNameMetricKeyClaimantTopicAndText() {
        given().queryParam("subject", "deepseek").queryParam("metric", "training-cost").get("/api/claims")
                .then().statusCode(200).body("items", hasSize(3))
                .body("items.figure.currency", everyItem(equalTo("USD")));
        given().queryParam("claimant", "SemiAnalysis").get("/api/claims")
                .then().body("items.metric.key", hasItems("infrastructure-spend", "gpu-count"));
        given().queryParam("topic", "deepseek-costs").queryParam("limit", 100).get("/api/claims")
                .then().body("items.figure.text", hasItem("1,6 milliard $")).body("items.figure.text", not(hasItem("H800")));
        given().queryParam("q", "MILLIARD").get("/api/claims").then().body("items.figure.text", hasItem("1,6 milliard $"));
        given().queryParam("verdict", "disputed").get("/api/claims").then().body("items.figure.text", hasItem("5 millions de dollars"));
        given().queryParam("subject", "nobody-at-all").get("/api/claims").then().statusCode(200).body("items", hasSize(0));
        given().queryParam("q", "100%_\\").get("/api/claims").then().statusCode(200);
    }

    @Test
    void shouldFilterClaimsBySourceUrl() {
        given().queryParam("source", "https://i.redd.it/ek65oz361see1.png").get("/api/claims").then().statusCode(200)
                .body("items.figure.text", hasItems("5 millions de dollars", "des centaines de millions de dollars"));
    }

    @Test
    void shouldRefuseUnknownVerdictFilterWithTheAllowedValues() {
        problem(given().queryParam("verdict", "MAYBE").get("/api/claims").then(), 400)
                .body("errors[0].field", equalTo("verdict"));
    }

    @Test
    void shouldCreateClaimAndLocateItsQuoteInTheSourceText() {
        String quote = "le transfert a coûté 180 millions d’euros";
        given().contentType(ContentType.JSON).body(claim(euros(), List.of(quoted(quote)))).post("/api/claims")
                .then().statusCode(201)
                // Issue 11: a structured point figure gets the interval its wording gives ("180 millions" is
                // rounded to the ten million: 175-185 M), as a parsed one does; it was the bare value before.
                .body("figure.low", equalTo(175000000)).body("figure.high", equalTo(185000000))
                .body("figure.dimension", equalTo("MONEY"))
                .body("verdict", equalTo("UNREVIEWED"))
                .body("appearances[0].start", equalTo(TEXT.indexOf(quote)))
                .body("appearances[0].end", equalTo(TEXT.indexOf(quote) + quote.length()))
                .body("appearances[0].firstAppearance", equalTo(true));
    }

    @Test
    void shouldRefuseQuoteThatIsNotInTheSourceText() {
        problem(given().contentType(ContentType.JSON).body(claim(euros(), List.of(quoted("200 millions d'euros"))))
                .post("/api/claims").then(), 422).body("errors[0].field", equalTo("appearances[0].quote"));
    }

    @Test
    void shouldRefuseOffsetsThatDoNotHoldTheQuote() {
        Map<String, Object> appearance = new HashMap<>(quoted("le transfert"));
        appearance.put("start", 0);
        appearance.put("end", 12);
        problem(given().contentType(ContentType.JSON).body(claim(euros(), List.of(appearance))).post("/api/claims").then(), 422)
                .body("errors[0].field", equalTo("appearances[0].start"));
    }

    @Test
    void shouldRefuseFiguresThatDoNotFitTheMetric() {
        problem(given().contentType(ContentType.JSON)
                .body(claim(Map.of("kind", "EXACT", "value", 5, "text", "5"), List.of())).post("/api/claims").then(), 422)
                .body("errors[0].field", equalTo("figure.currency"));
        problem(given().contentType(ContentType.JSON)
                .body(claim(Map.of("kind", "CATEGORY", "category", "H800", "text", "H800"), List.of())).post("/api/claims").then(), 422)
                .body("errors[0].field", equalTo("figure.kind"));
        problem(given().contentType(ContentType.JSON)
                .body(claim(Map.of("kind", "RANGE", "low", 80, "high", 60, "currency", "USD", "text", "60-80"), List.of()))
                .post("/api/claims").then(), 422).body("errors[0].field", equalTo("figure"));
        problem(given().contentType(ContentType.JSON)
                .body(claim(Map.of("kind", "EXACT", "value", 5, "currency", "XYZ", "text", "5"), List.of())).post("/api/claims").then(), 422)
                .body("errors[0].field", equalTo("figure.currency"));
    }

    @Test
    void shouldStoreCategoryAndOpenIntervals() {
        Map<String, Object> chip = claim(Map.of("kind", "CATEGORY", "category", "H800", "text", "H800"), List.of());
        chip.put("metricId", category);
        given().contentType(ContentType.JSON).body(chip).post("/api/claims").then().statusCode(201)
                .body("figure.category", equalTo("H800")).body("figure.low", nullValue());
        given().contentType(ContentType.JSON)
                .body(claim(Map.of("kind", "AT_LEAST", "low", 200, "currency", "USD", "text", "200+"), List.of()))
                .post("/api/claims").then().statusCode(201)
                .body("figure.low", equalTo(200)).body("figure.high", nullValue()).body("figure.value", nullValue());
    }

    @Test
    void shouldStoreWhetherAFigureIsALevelOrAChangeAndHowItWasRead() {
        String growth = Fixtures.metric(unique("growth"), "PERCENT", false);
        Map<String, Object> change = claim(Map.of("text", "une baisse de 12 %", "lang", "fr"), List.of());
        change.put("metricId", growth);
        String id = Fixtures.post("/api/claims", change);
        given().get("/api/claims/" + id).then().statusCode(200)
                .body("figure.nature", equalTo("CHANGE")).body("figure.value", equalTo(-12))
                .body("figure.flags", hasSize(0));
        // Structured input takes the nature its text reads as, unless it says otherwise.
        Map<String, Object> structured = claim(Map.of("kind", "EXACT", "value", -12, "text", "une baisse de 12 %"),
                List.of());
        structured.put("metricId", growth);
        given().contentType(ContentType.JSON).body(structured).post("/api/claims").then().statusCode(201)
                .body("figure.nature", equalTo("CHANGE"));
        Map<String, Object> level = claim(Map.of("kind", "EXACT", "value", 12, "text", "12 %", "nature", "LEVEL"),
                List.of());
        level.put("metricId", growth);
        given().contentType(ContentType.JSON).body(level).post("/api/claims").then().statusCode(201)
                .body("figure.nature", equalTo("LEVEL"));
        Map<String, Object> francs = claim(Map.of("text", "610 millions de francs", "lang", "fr"), List.of());
        given().contentType(ContentType.JSON).body(francs).post("/api/claims").then().statusCode(201)
                .body("figure.currency", equalTo("FRF")).body("figure.flags", equalTo(List.of("AMBIGUOUS_CURRENCY")))
                .body("figure.nature", equalTo("LEVEL"));
    }

    @Test
    void shouldRefuseUnknownReferencesAsUnprocessable() {
        Map<String, Object> body = claim(euros(), List.of());
        body.put("subjectId", "00000000-0000-7000-8000-000000000000");
        problem(given().contentType(ContentType.JSON).body(body).post("/api/claims").then(), 422)
                .body("errors[0].field", equalTo("subjectId"));
        body.put("subjectId", "not-a-uuid");
        problem(given().contentType(ContentType.JSON).body(body).post("/api/claims").then(), 400)
                .body("errors[0].field", equalTo("subjectId"));
    }

    @Test
    void shouldChangeVerdictByMergePatchAndHonourIfMatch() {
        String id = Fixtures.post("/api/claims", claim(euros(), List.of(quoted("180 millions d’euros"))));
        // REST Assured would encode an unknown +json type as ISO-8859-1; JSON is UTF-8 (RFC 8259).
        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"verdict\": \"SUPPORTED\", \"verdictRationale\": \"Communiqué du club\"}")
                .patch("/api/claims/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("verdict", equalTo("SUPPORTED"))
                .body("appearances", hasSize(1))
                .body("figure.text", equalTo("180 millions d’euros"));
        problem(given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"verdict\": \"FALSE\"}").patch("/api/claims/" + id).then(), 412);
        given().get("/api/claims/" + id).then().body("verdict", equalTo("SUPPORTED"));
    }

    @Test
    void shouldAddAndRemoveAppearancesMovingTheETag() {
        String id = Fixtures.post("/api/claims", claim(euros(), List.of()));
        String appearance = given().contentType(ContentType.JSON).body(quoted("bonus compris"))
                .post("/api/claims/" + id + "/appearances").then().statusCode(200).header("ETag", "\"1\"")
                .body("appearances", hasSize(1)).extract().path("appearances[0].id");
        given().delete("/api/claims/" + id + "/appearances/" + appearance).then().statusCode(200)
                .header("ETag", "\"2\"").body("appearances", hasSize(0));
        problem(given().delete("/api/claims/" + id + "/appearances/" + appearance).then(), 404);
    }

    @Test
    void shouldRefuseTheSameQuoteTwiceAndTwoFirstAppearances() {
        problem(given().contentType(ContentType.JSON)
                .body(claim(euros(), List.of(quoted("bonus compris"), quoted("bonus compris")))).post("/api/claims").then(), 422);
        Map<String, Object> a = new HashMap<>(quoted("bonus compris"));
        a.put("firstAppearance", true);
        Map<String, Object> b = new HashMap<>(quoted("Selon le club"));
        b.put("firstAppearance", true);
        problem(given().contentType(ContentType.JSON).body(claim(euros(), List.of(a, b))).post("/api/claims").then(), 422);
    }

    @Test
    void shouldRefuseAsOfDateTogetherWithPeriodAndReversedPeriods() {
        Map<String, Object> body = claim(euros(), List.of());
        body.put("asOf", "2025-01-27");
        body.put("periodStart", "2025-01-01");
        problem(given().contentType(ContentType.JSON).body(body).post("/api/claims").then(), 422);
        body.remove("asOf");
        body.put("periodEnd", "2024-12-31");
        problem(given().contentType(ContentType.JSON).body(body).post("/api/claims").then(), 422)
                .body("errors[0].field", equalTo("periodEnd"));
        body.put("periodStart", "2025-31-01");
        problem(given().contentType(ContentType.JSON).body(body).post("/api/claims").then(), 400)
                .body("errors[0].field", equalTo("periodStart"));
    }

    @Test
    void shouldDeleteClaimAndForgetIt() {
        String id = Fixtures.post("/api/claims", claim(euros(), List.of(quoted("bonus compris"))));
        problem(given().header("If-Match", "\"7\"").delete("/api/claims/" + id).then(), 412);
        given().delete("/api/claims/" + id).then().statusCode(204);
        problem(given().get("/api/claims/" + id).then(), 404);
    }

    @Test
    void shouldRenderTheFigureForEverySupportedLanguageAndKeepTheOldFields() {
        String subject = Fixtures.entity(unique("Lab"));
        String metric = Fixtures.metric(unique("spend"), "MONEY", false);
        var json = given().contentType("application/json; charset=UTF-8").body(Map.of("subjectId", subject,
                        "metricId", metric, "statement", "1,6 milliard de dollars investis.", "language", "fr",
                        "figure", Map.of("text", "1,6 milliard de dollars", "lang", "fr")))
                .post("/api/claims").then().statusCode(201)
                .body("figure.rendered.byLanguage.keySet()", hasItems("fr", "en", "es"))
                .body("figure.rendered.byLanguage.fr.full", equalTo("1,6 milliard de dollars"))
                .body("figure.rendered.byLanguage.en.full", equalTo("$1.6 billion"))
                .body("figure.rendered.byLanguage.es.full", not(emptyOrNullString()))
                .body("figure.rendered.byLanguage.es.short", not(emptyOrNullString()))
                .extract().jsonPath();
        // The API 1.x fields repeat two of the languages, so old clients read what they read before.
        assertEquals(json.getString("figure.rendered.byLanguage.fr.full"), json.getString("figure.rendered.fr"));
        assertEquals(json.getString("figure.rendered.byLanguage.en.full"), json.getString("figure.rendered.en"));
        assertEquals(json.getString("figure.rendered.byLanguage.fr.short"), json.getString("figure.rendered.shortFr"));
        assertEquals(json.getString("figure.rendered.byLanguage.en.short"), json.getString("figure.rendered.shortEn"));
        // The metric is named in every language too (a key-only fixture: the same label everywhere).
        assertEquals(Map.of("fr", json.getString("metric.key"), "en", json.getString("metric.key"), "es",
                json.getString("metric.key")), json.getMap("metric.labels"));
    }
}
