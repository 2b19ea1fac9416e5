package io.crosscheck.extraction;

import static io.crosscheck.Fixtures.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FigureResourceTest {

    @Test
    void shouldParseAFrenchRangeSharingScaleAndCurrency() {
        given().contentType(ContentType.JSON).body(Map.of("text", "entre 60 et 80 millions de dollars", "lang", "fr"))
                .post("/api/figures/parse").then().statusCode(200)
                .body("kind", equalTo("RANGE")).body("dimension", equalTo("MONEY"))
                .body("low", equalTo(60000000)).body("high", equalTo(80000000)).body("value", nullValue())
                .body("currency", equalTo("USD"))
                .body("rendered.en", containsString("80"));
    }

    @Test
    void shouldParseAChangeAsASignedChangeAndASubUnitInItsMainUnit() {
        given().contentType(ContentType.JSON).body(Map.of("text", "une baisse de 12 %", "lang", "fr"))
                .post("/api/figures/parse").then().statusCode(200)
                .body("nature", equalTo("CHANGE")).body("dimension", equalTo("PERCENT"))
                .body("value", equalTo(-12)).body("flags", hasSize(0));
        given().contentType(ContentType.JSON).body(Map.of("text", "12 dollars et 30 cents", "lang", "fr"))
                .post("/api/figures/parse").then().statusCode(200)
                .body("nature", equalTo("LEVEL")).body("dimension", equalTo("MONEY")).body("currency", equalTo("USD"))
                .body("value", equalTo(12.3f));
        given().contentType(ContentType.JSON).body(Map.of("text", "610 millions de francs", "lang", "fr"))
                .post("/api/figures/parse").then().statusCode(200)
                .body("currency", equalTo("FRF")).body("flags", equalTo(List.of("AMBIGUOUS_CURRENCY")));
    }

    @Test
    void shouldExtractTheNatureOfEachFigure() {
        String text = "Revenue reached $4.2 billion, up 17% from a year earlier.";
        given().contentType(ContentType.JSON).body(Map.of("text", text, "lang", "en"))
                .post("/api/figures/extract").then().statusCode(200)
                .body("figures.text", equalTo(List.of("$4.2 billion", "up 17%")))
                .body("figures.nature", equalTo(List.of("LEVEL", "CHANGE")));
    }

    @Test
    void shouldExplainWhyAModelNameIsNotAFigure() {
        problem(given().contentType(ContentType.JSON).body(Map.of("text", "H800", "lang", "en"))
                .post("/api/figures/parse").then(), 422)
                .body("errors[0].field", equalTo("text"))
                .body("detail", containsString("H800"));
    }

    @Test
    void shouldRefuseALanguageTheEngineHasNoPackForRatherThanReadItAsEnglish() {
        for (String path : List.of("/api/figures/parse", "/api/figures/extract")) {
            problem(given().contentType(ContentType.JSON).body(Map.of("text", "1.600 Mitarbeiter", "lang", "de"))
                    .post(path).then(), 400)
                    .body("errors[0].field", equalTo("lang"))
                    .body("errors[0].message", containsString("no figure language pack for 'de'"))
                    .body("errors[0].message", containsString("fr, en, es"));
        }
        problem(given().contentType(ContentType.JSON).body(Map.of("text", "5 M$", "lang", "not a tag"))
                .post("/api/figures/parse").then(), 400).body("errors[0].field", equalTo("lang"));
    }

    @Test
    void shouldParseSpanishWithItsSeparatorsAndRegionalTags() {
        given().contentType(ContentType.JSON).body(Map.of("text", "2.300 millones de dólares", "lang", "es-MX"))
                .post("/api/figures/parse").then().statusCode(200)
                .body("kind", equalTo("EXACT")).body("dimension", equalTo("MONEY"))
                .body("value", equalTo(2300000000L)).body("currency", equalTo("USD"));
    }

    @Test
    void shouldReadEachParagraphInItsOwnLanguageWhenNoneIsGiven() {
        String text = io.crosscheck.figure.MixedLanguageTexts.THREE_LANGUAGES;
        JsonPath json = given().contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/figures/extract").then().statusCode(200).extract().jsonPath();
        Assertions.assertEquals(List.of("2,5 milliards d'euros", "plusieurs milliers d'emplois", "$124.3 billion",
                "rose 1.600 points", "1.600 millones de euros", "unos 2.000 hospitales"), json.getList("figures.text"));
        Assertions.assertEquals(1.6, json.getDouble("figures[3].value"), "English paragraph: 1.600 is 1.6");
        Assertions.assertEquals(1600000000L, json.getLong("figures[4].value"), "Spanish paragraph: 1.600 is 1600");
        // Given one language, the whole text is read with it: the Spanish "1.600 millones" is then not Spanish.
        JsonPath english = given().contentType(ContentType.JSON).body(Map.of("text", text, "lang", "en"))
                .post("/api/figures/extract").then().statusCode(200).body("lang", equalTo("en")).extract().jsonPath();
        Assertions.assertFalse(english.getList("figures.text").contains("1.600 millones de euros"));
    }

    @Test
    void shouldExtractFiguresWhoseSpansMatchTheText() {
        String text = "Contrairement aux affirmations initiales de 6 millions $, des rapports révèlent 1,6 milliard $ "
                + "en infrastructure et 50 000 GPU NVIDIA, pas des H800.";
        JsonPath json = given().contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/figures/extract").then().statusCode(200)
                .body("lang", equalTo("fr")).extract().jsonPath();
        List<Map<String, Object>> figures = json.getList("figures");
        Assertions.assertEquals(3, figures.size(), figures.toString());
        for (Map<String, Object> f : figures) {
            Assertions.assertEquals(f.get("text"), text.substring((Integer) f.get("start"), (Integer) f.get("end")));
        }
        Assertions.assertEquals(1600000000, ((Number) figures.get(1).get("value")).longValue());
        Assertions.assertEquals("USD", figures.get(1).get("currency"));
    }

    @Test
    void shouldExtractNothingFromTextWithoutFigures() {
        given().contentType(ContentType.JSON).body(Map.of("text", "DeepSeek a publié R1 le 20 janvier 2025.", "lang", "fr"))
                .post("/api/figures/extract").then().statusCode(200).body("figures", hasSize(0));
    }

    @Test
    void shouldCapTheTextAnonymousCallersMaySend() {
        String text = "5 millions d'euros. ".repeat(5_001); // 100,020 characters, over the default 100,000
        problem(io.crosscheck.Fixtures.anonymous().contentType(ContentType.JSON).body(Map.of("text", text, "lang", "fr"))
                .post("/api/figures/extract").then(), 400)
                .body("errors[0].field", equalTo("text")).body("errors[0].message", containsString("without an API key"));
        given().header("Authorization", "Bearer " + io.crosscheck.Fixtures.key("READER")).contentType(ContentType.JSON)
                .body(Map.of("text", text, "lang", "fr")).post("/api/figures/extract").then().statusCode(200)
                .body("figures", hasSize(5_001));
    }

    @Test
    void shouldParseOneFigureNotAText() {
        problem(given().contentType(ContentType.JSON).body(Map.of("text", "5 millions " + "x".repeat(1_000), "lang", "fr"))
                .post("/api/figures/parse").then(), 400)
                .body("errors[0].field", equalTo("text")).body("detail", containsString("/api/figures/extract"));
    }
}
