package io.crosscheck.embed;

import static io.crosscheck.Fixtures.anonymous;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The widgets speak Spanish with {@code ?lang=es} (or an Accept-Language that asks for it), and a
 * language Crosscheck does not speak is a 400 with a field error rather than a silent English page.
 */
@QuarkusTest
class SpanishWidgetTest {

    @Test
    void shouldShowAClaimCardInSpanish() {
        String id = EmbedFixtures.claim("DeepSeek affirme avoir dépensé 5,6 millions de dollars.",
                "5,6 millions de dollars", "Le coût de DeepSeek", "DeepSeek a dépensé 5,6 millions de dollars");
        String html = anonymous().queryParam("lang", "es").get("/embed/claims/" + id).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        for (String words : new String[] {"Ver la ficha", "Aún no verificado", "Fuentes", "lang=\"es\"",
            "/claims/" + id + "?lang=es"}) {
            Assertions.assertTrue(html.contains(words), words + " in " + html);
        }
        Assertions.assertFalse(html.contains("See the claim") || html.contains("Voir la fiche"), "no other language");
        anonymous().header("Accept-Language", "es-ES, en;q=0.5").get("/embed/claims/" + id).then().statusCode(200)
                .body(containsString("Ver la ficha"));
    }

    @Test
    void shouldShowTheTopicInSpanishWithSpanishMetricLabels() {
        String html = anonymous().queryParam("lang", "es").get("/embed/topics/deepseek-costs").then().statusCode(200)
                .extract().asString();
        for (String words : new String[] {"Coste de entrenamiento", "afirmaciones", "Escala logarítmica"}) {
            Assertions.assertTrue(html.contains(words), words + " in " + html);
        }
    }

    @Test
    void shouldRefuseALanguageItDoesNotSpeak() {
        String id = EmbedFixtures.claim("Une affirmation.", "3 millions d'euros", "Titre", "coûte 3 millions d'euros");
        Fixtures.problem(anonymous().queryParam("lang", "de").get("/embed/claims/" + id).then(), 400)
                .body("errors[0].field", equalTo("lang"))
                .body("errors[0].message", containsString("fr, en, es"));
        Fixtures.problem(anonymous().queryParam("lang", "xx").get("/embed/topics/deepseek-costs").then(), 400)
                .body("errors[0].field", equalTo("lang"));
    }

    @Test
    void shouldLetTheLoaderPassEverySupportedLanguage() {
        anonymous().get("/embed.js").then().statusCode(200).body(containsString("\"fr,en,es\".split(\",\")"));
    }

    @Test
    void shouldCarryTheSpanishLanguageThroughOEmbed() {
        String base = "http://localhost:" + RestAssured.port;
        String id = EmbedFixtures.claim("Une affirmation.", "3 millions d'euros", "Titre", "coûte 3 millions d'euros");
        given().queryParam("url", base + "/claims/" + id + "?lang=es").get("/oembed").then().statusCode(200)
                .body("html", containsString("/embed/claims/" + id + "?lang=es\""));
        Fixtures.problem(given().queryParam("url", base + "/claims/" + id + "?lang=de").get("/oembed").then(), 400)
                .body("errors[0].field", equalTo("url"));
    }
}
