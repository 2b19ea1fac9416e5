package io.crosscheck.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The console in Spanish: every word from the Spanish bundle (no English left over), the metric
 * labels in Spanish, and the language switch offering FR, EN and ES while keeping the page's filters.
 */
@QuarkusTest
class SpanishConsoleTest {

    @Test
    void shouldShowTheTopicPageInSpanish() {
        String html = given().queryParam("lang", "es").get("/topics/deepseek-costs").then().statusCode(200)
                .extract().asString();
        for (String words : new String[] {"<html lang=\"es\"", "Afirmaciones", "Expedientes", "Conflictos por revisar",
            "Coste de entrenamiento", "Gasto en infraestructura", "Vista general: métricas lado a lado",
            "hreflang=\"es\" lang=\"es\" aria-current=\"true\">ES</a>"}) {
            Assertions.assertTrue(html.contains(words), words);
        }
        for (String english : new String[] {">Claims<", ">Topics<", "Training cost", "Overview: metrics side by side",
            "Conflicts to review"}) {
            Assertions.assertFalse(html.contains(english), "English left on a Spanish page: " + english);
        }
    }

    @Test
    void shouldListClaimsInSpanishAndKeepTheFiltersInTheLanguageSwitch() {
        String html = given().queryParam("lang", "es").queryParam("metric", "training-cost").get("/claims").then()
                .statusCode(200).extract().asString();
        Assertions.assertTrue(html.contains("Coste de entrenamiento"), "metric label in Spanish");
        Assertions.assertTrue(html.contains("Buscar"), "search button in Spanish");
        Assertions.assertTrue(html.contains("/claims?lang=fr&amp;metric=training-cost")
                && html.contains("/claims?lang=en&amp;metric=training-cost"), "switch keeps the filter");
        given().header("Accept-Language", "es-AR, en;q=0.5").get("/claims").then().statusCode(200)
                .body(containsString("<html lang=\"es\""));
        // A console page is read by a person: an unknown ?lang= falls back instead of failing.
        given().queryParam("lang", "de").header("Accept-Language", "es").get("/claims").then().statusCode(200)
                .body(containsString("<html lang=\"es\""));
    }

    @Test
    void shouldShowTheReviewQueueTabsInSpanish() {
        given().queryParam("lang", "es").get("/conflicts").then().statusCode(200)
                .body(containsString("Por revisar")).body(containsString("Confirmados"))
                .body(containsString("Descartados"));
    }

    @Test
    void shouldShowAClaimWithItsVerdictLinksAndRationaleInSpanish() {
        String subject = Fixtures.entity(Fixtures.unique("Club"));
        String metric = Fixtures.post("/api/metrics", Map.of("key", Fixtures.unique("fichaje"), "labels",
                Map.of("fr", "Transfert", "es", "Fichaje"), "dimension", "MONEY"));
        String a = ConsolePagesTest.claim(subject, metric, 10);
        ConsolePagesTest.claim(subject, metric, 40);
        Fixtures.awaitDetection();
        String page = given().queryParam("lang", "es").get("/claims/" + a).then().statusCode(200).extract().asString();
        for (String words : new String[] {"Fichaje", "Citas", ">Sin verificar</span>", ">contradice</span>",
            ">propuesto</span>", "frente a", "mismo sujeto, misma métrica", ">Intervalo<"}) {
            Assertions.assertTrue(page.contains(words), words);
        }
        for (String other : new String[] {">UNREVIEWED<", ">CONTRADICTS<", ">PROPOSED<", "même sujet", "same subject",
            ">Transfert<"}) {
            Assertions.assertFalse(page.contains(other), "not on a Spanish page: " + other);
        }
        String link = given().queryParam("claim", a).get("/api/links").then().extract().path("items[0].id");
        given().queryParam("lang", "es").get("/links/" + link).then().statusCode(200)
                .body(containsString("Intervalo:")).body(containsString("frente a"));
    }

    @Test
    void shouldOfferEverySupportedLanguageForAFigureInItsOwnName() {
        String session = ConsoleSessionsForTests.signIn(Fixtures.ADMIN_KEY);
        String form = Fixtures.anonymous().cookie("crosscheck_session", session).queryParam("lang", "es")
                .get("/claims/new").then().statusCode(200).extract().asString();
        Assertions.assertTrue(form.contains("Nueva afirmación") && form.contains("Idioma de la cifra"), "form in Spanish");
        for (String option : new String[] {"<option value=\"fr\" lang=\"fr\">français</option>",
            "<option value=\"en\" lang=\"en\">English</option>", "<option value=\"es\" selected lang=\"es\">español</option>"}) { // preselected: the page's language
            Assertions.assertTrue(form.contains(option), option);
        }
    }
}
