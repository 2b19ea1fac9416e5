package io.crosscheck.extraction;

import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceExtractionResourceTest {

    private static final String TEXT = "Le club a confirmé l’arrivée du joueur. Selon L’Équipe, le transfert a coûté "
            + "180 millions d’euros, bonus compris. Il portera le numéro 10.";

    @Test
    void shouldListCandidatesOfADossierSourceWithTheirSentences() {
        String id = given().queryParam("publisher", "Tom's Hardware").get("/api/sources").then().extract().path("items[0].id");
        List<Map<?, ?>> candidates = allCandidates(id, 100);
        Assertions.assertTrue(candidates.stream().anyMatch(c -> "1,6 milliard $".equals(((Map<?, ?>) c.get("figure")).get("text"))));
        String text = given().get("/api/sources/" + id).then().extract().path("text");
        for (Map<?, ?> c : candidates) {
            Map<?, ?> figure = (Map<?, ?>) c.get("figure");
            int start = (Integer) figure.get("start");
            int end = (Integer) figure.get("end");
            Assertions.assertEquals(figure.get("text"), text.substring(start, end));
            Assertions.assertEquals(c.get("sentence"), text.substring((Integer) c.get("sentenceStart"), (Integer) c.get("sentenceEnd")));
            Assertions.assertTrue((Integer) c.get("sentenceStart") <= start && end <= (Integer) c.get("sentenceEnd"));
        }
    }

    /** Every candidate of a source, page after page. */
    private static List<Map<?, ?>> allCandidates(String source, int limit) {
        List<Map<?, ?>> all = new java.util.ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 1_000; pages++) {
            var request = given().queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.post("/api/sources/" + source + "/extract").then().statusCode(200)
                    .body("lang", equalTo("fr")).extract().jsonPath();
            List<Map<?, ?>> candidates = page.getList("candidates");
            Assertions.assertTrue(candidates.size() <= limit);
            all.addAll(candidates);
            cursor = page.getString("next");
            if (cursor == null) {
                return all;
            }
        }
        throw new AssertionError("no last page");
    }

    @Test
    void shouldPageCandidatesInTextOrderWithoutLosingOrRepeatingAny() {
        String text = "Le budget est de 1 million d’euros. ".repeat(45);
        String source = Fixtures.source("https://" + unique("long") + ".example/", text);
        List<Map<?, ?>> byTwenty = allCandidates(source, 20);
        Assertions.assertEquals(45, byTwenty.size());
        Assertions.assertEquals(byTwenty, allCandidates(source, 7));
        Assertions.assertEquals(byTwenty, allCandidates(source, 100));
        problem(given().queryParam("cursor", "nope").post("/api/sources/" + source + "/extract").then(), 400)
                .body("errors[0].field", equalTo("cursor"));
        problem(given().queryParam("limit", 101).post("/api/sources/" + source + "/extract").then(), 400);
    }

    @Test
    void shouldReadTheCurrentVersionOfTheTextNeverACachedOldOne() {
        String source = Fixtures.source("https://" + unique("edit") + ".example/", "Le club a payé 5 millions d’euros.");
        given().post("/api/sources/" + source + "/extract").then().statusCode(200)
                .body("candidates.figure.text", contains("5 millions d’euros"));
        String etag = given().get("/api/sources/" + source).then().extract().header("ETag");
        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag)
                .body(Map.of("text", "Le club a payé 7 millions d’euros, puis 2 millions d’euros.")).patch("/api/sources/" + source)
                .then().statusCode(200);
        given().post("/api/sources/" + source + "/extract").then().statusCode(200)
                .body("candidates.figure.text", contains("7 millions d’euros", "2 millions d’euros"));
    }

    @Test
    void shouldPromoteACandidateIntoAClaimWithItsQuoteAndOffsets() {
        String source = Fixtures.source("https://" + unique("sport") + ".example/", TEXT);
        String subject = Fixtures.entity(unique("Club"));
        String metric = Fixtures.metric(unique("fee"), "MONEY", false);
        Map<?, ?> figure = given().post("/api/sources/" + source + "/extract").then().statusCode(200)
                .extract().jsonPath().getMap("candidates[0].figure");
        Assertions.assertEquals("180 millions d’euros", figure.get("text"));
        given().contentType(ContentType.JSON).body(Map.of("start", figure.get("start"), "end", figure.get("end"),
                        "subjectId", subject, "metricId", metric, "attribution", "Selon L’Équipe"))
                .post("/api/sources/" + source + "/claims").then().statusCode(201)
                .header("Location", containsString("/api/claims/"))
                .body("figure.currency", equalTo("EUR")).body("figure.value", equalTo(180000000))
                .body("statement", equalTo("Selon L’Équipe, le transfert a coûté 180 millions d’euros, bonus compris."))
                .body("appearances[0].quote", equalTo("Selon L’Équipe, le transfert a coûté 180 millions d’euros, bonus compris."))
                .body("appearances[0].start", equalTo(TEXT.indexOf("Selon")))
                .body("language", equalTo("fr"));
    }

    @Test
    void shouldRefusePromotionsThatDoNotFit() {
        String source = Fixtures.source("https://" + unique("sport") + ".example/", TEXT);
        String subject = Fixtures.entity(unique("Club"));
        String count = Fixtures.metric(unique("players"), "COUNT", false);
        int start = TEXT.indexOf("180");
        int end = TEXT.indexOf(", bonus");
        problem(given().contentType(ContentType.JSON).body(Map.of("start", start, "end", end, "subjectId", subject,
                "metricId", count)).post("/api/sources/" + source + "/claims").then(), 422)
                .body("errors[0].field", equalTo("metricId"));
        problem(given().contentType(ContentType.JSON).body(Map.of("start", 0, "end", 3, "subjectId", subject,
                "metricId", count)).post("/api/sources/" + source + "/claims").then(), 422)
                .body("errors[0].field", equalTo("start"));
    }

    @Test
    void shouldReadEachParagraphOfAMultilingualSourceInItsOwnLanguage() {
        String text = io.crosscheck.figure.MixedLanguageTexts.THREE_LANGUAGES;
        String source = Fixtures.post("/api/sources", Map.of("url", "https://" + unique("mul") + ".example/",
                "title", "Revue de presse", "publisher", "Le Quotidien", "language", "mul", "text", text));
        var page = given().post("/api/sources/" + source + "/extract").then().statusCode(200).extract().jsonPath();
        Assertions.assertEquals(List.of("2,5 milliards d'euros", "plusieurs milliers d'emplois", "$124.3 billion",
                "rose 1.600 points", "1.600 millones de euros", "unos 2.000 hospitales"),
                page.getList("candidates.figure.text"));
        Assertions.assertEquals(1.6, page.getDouble("candidates[3].figure.value"), "English paragraph");
        Assertions.assertEquals(1600000000L, page.getLong("candidates[4].figure.value"), "Spanish paragraph");
        Assertions.assertTrue(List.of("fr", "en", "es").contains(page.getString("lang")), page.getString("lang"));
    }

    @Test
    void shouldRefuseToReadASourceInALanguageTheEngineHasNoPackFor() {
        String source = Fixtures.post("/api/sources", Map.of("url", "https://" + unique("de") + ".example/",
                "title", "Bericht", "publisher", "Die Zeitung", "language", "de-DE",
                "text", "Das Unternehmen beschäftigt 1.600 Mitarbeiter."));
        problem(given().post("/api/sources/" + source + "/extract").then(), 422)
                .body("errors[0].field", equalTo("language"))
                .body("errors[0].message", containsString("no figure language pack for 'de'"));
    }

    @Test
    void shouldRefuseExtractionFromASourceWithoutText() {
        String source = Fixtures.source("https://" + unique("bare") + ".example/", null);
        problem(given().post("/api/sources/" + source + "/extract").then(), 422);
    }

    @Test
    void shouldRepairMojibakeOnIngestAndSaySo() {
        String id = Fixtures.source("https://" + unique("moji") + ".example/",
                "L\u00e2\u20ac\u2122entreprise a d\u00c3\u00a9pens\u00c3\u00a9 5 millions d\u00e2\u20ac\u2122euros.");
        given().get("/api/sources/" + id).then().statusCode(200)
                .body("text", equalTo("L’entreprise a dépensé 5 millions d’euros."))
                .body("textFlags", hasItem("MOJIBAKE_REPAIRED"));
    }

    @Test
    void shouldAcceptClaimFiguresAsText() {
        String subject = Fixtures.entity(unique("Nvidia"));
        String money = Fixtures.metric(unique("loss"), "MONEY", false);
        Map<String, Object> claim = new java.util.HashMap<>(Map.of("subjectId", subject, "metricId", money,
                "statement", "Nvidia a perdu 1,6 milliard de dollars.", "language", "fr",
                "figure", Map.of("text", "1,6 milliard $", "lang", "fr")));
        given().contentType(ContentType.JSON).body(claim).post("/api/claims").then().statusCode(201)
                .body("figure.kind", equalTo("EXACT")).body("figure.low", equalTo(1550000000))
                .body("figure.high", equalTo(1650000000)).body("figure.text", equalTo("1,6 milliard $"))
                .body("figure.rendered.en", containsString("1.6"));
        claim.put("figure", Map.of("text", "5 millions", "lang", "fr"));
        problem(given().contentType(ContentType.JSON).body(claim).post("/api/claims").then(), 422)
                .body("errors[0].field", equalTo("figure.text")).body("detail", containsString("currency"));
        claim.put("figure", Map.of("text", "H800", "lang", "fr"));
        problem(given().contentType(ContentType.JSON).body(claim).post("/api/claims").then(), 422)
                .body("errors[0].field", equalTo("figure.text"));
        claim.put("figure", Map.of("text", "1,6 milliard $", "value", 3));
        problem(given().contentType(ContentType.JSON).body(claim).post("/api/claims").then(), 422)
                .body("errors[0].field", equalTo("figure.kind"));
    }
}
