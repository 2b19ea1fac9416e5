package io.crosscheck.console;

import static io.crosscheck.Fixtures.anonymous;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsolePagesTest {

    @Test
    void shouldDrawOneMarkPerClaimOnTheTopicChartWithASecurityPolicy() {
        String html = given().queryParam("lang", "en").get("/topics/deepseek-costs").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("script-src")))
                .body(containsString("Training cost")).body(not(containsString("<script"))).extract().asString();
        String axes = html.substring(html.indexOf("<section class=\"axis\">"));
        Assertions.assertEquals(8, count(axes, "<g class=\"mark"), "one mark per claim of the topic, one chart per axis");
        Assertions.assertEquals(2, count(axes, "<g class=\"mark vague\""), "the two vague figures are marked vague");
        Assertions.assertTrue(html.contains("class=\"contradiction\""), "the $5M / $5.6M contradiction is drawn");
        String story = html.substring(html.indexOf("<section class=\"story\">"), html.indexOf("<section class=\"axis\">"));
        Assertions.assertTrue(story.contains("Training cost") && story.contains("Infrastructure spend"),
                "the training run and the buildout are in one view");
        Assertions.assertTrue(story.contains("<g class=\"context\">") && story.contains(">×266<"),
                "with the ×266 CONTEXT link between them");
        Assertions.assertTrue(story.contains(">$5M<") && story.contains(">$1B<"), "ticks written like the figures: " + story);
    }

    @Test
    void shouldSpeakFrenchFromAcceptLanguageAndEscapeClaimText() {
        String subject = Fixtures.entity(Fixtures.unique("Club"));
        String metric = Fixtures.metric(Fixtures.unique("fee"), "MONEY", false);
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subject);
        body.put("metricId", metric);
        body.put("figure", Map.of("kind", "EXACT", "value", 1000, "currency", "EUR", "text", "<b>1000 €</b>"));
        body.put("statement", "<script>alert(1)</script>");
        body.put("language", "fr");
        String id = Fixtures.post("/api/claims", body);
        given().header("Accept-Language", "fr-CH, en;q=0.5").get("/claims/" + id).then().statusCode(200)
                .body(containsString("Citations")).body(not(containsString("<script>alert")))
                .body(containsString("&lt;script&gt;"));
        given().queryParam("q", "alert").queryParam("lang", "en").get("/claims").then().statusCode(200)
                .body(containsString("Claims")).body(containsString("/claims/" + id));
    }

    @Test
    void shouldIsolateBidirectionalTextOfClaims() {
        String subject = Fixtures.entity("\u202eevil" + Fixtures.unique(""));
        String metric = Fixtures.metric(Fixtures.unique("fee"), "MONEY", false);
        String figure = "\u202e1000 €";
        String word = Fixtures.unique("bidi").replace("-", "");
        String id = Fixtures.post("/api/claims", Map.of("subjectId", subject, "metricId", metric, "language", "ar",
                "statement", "\u0627\u0644\u0634\u0631\u0643\u0629 \u202e 1000 € " + word,
                "figure", Map.of("kind", "EXACT", "value", 1000, "currency", "EUR", "text", figure)));
        String page = given().get("/claims/" + id).then().statusCode(200).extract().asString();
        Assertions.assertTrue(page.contains("<h1><bdi>" + figure + "</bdi>"), "figure isolated");
        Assertions.assertTrue(page.contains("<p class=\"statement\" dir=\"auto\" lang=\"ar\">"), "statement isolated");
        Assertions.assertTrue(page.contains("<dd><bdi>\u202eevil"), "subject isolated");
        String list = given().queryParam("q", word).get("/claims").then().statusCode(200).extract().asString();
        Assertions.assertTrue(list.contains("<bdi>" + figure + "</bdi>"), "figure isolated in the list");
    }

    @Test
    void shouldConfirmFromTheQueueAndRedirect() {
        String subject = Fixtures.entity(Fixtures.unique("Club"));
        String metric = Fixtures.metric(Fixtures.unique("fee"), "MONEY", false);
        String a = claim(subject, metric, 10);
        claim(subject, metric, 40);
        Fixtures.awaitDetection();
        String link = given().queryParam("claim", a).get("/api/links").then().extract().path("items[0].id");
        String session = ConsoleSessionsForTests.signIn(Fixtures.ADMIN_KEY);
        anonymous().cookie("crosscheck_session", session).get("/conflicts").then().statusCode(200)
                .body(containsString("/conflicts/" + link + "/confirm")).body(containsString("name=\"fromVerdict\""))
                .body(containsString("DIFFER"));
        anonymous().redirects().follow(false).contentType(ContentType.URLENC).cookie("crosscheck_session", session)
                .formParam("csrf", ConsoleSessionsForTests.csrf(session)).formParam("rationale", "ok")
                .formParam("fromVerdict", "SUPPORTED").formParam("toVerdict", "")
                .formParam("lang", "en").post("/conflicts/" + link + "/confirm").then().statusCode(303)
                .header("Location", containsString("/conflicts?state=PROPOSED&done=confirmed&lang=en"));
        String from = given().get("/api/links/" + link).then().body("state", equalTo("CONFIRMED"))
                .body("from.verdict", equalTo("SUPPORTED")).body("to.verdict", equalTo("UNREVIEWED"))
                .extract().path("from.id");
        // A SUPPORTED claim that a confirmed claim contradicts reads "disputed" on its page.
        given().queryParam("lang", "en").get("/claims/" + from).then().statusCode(200)
                .body(containsString("SUPPORTED")).body(containsString("Disputed by"))
                .body(containsString("v-DISPUTED\">disputed"));
    }

    @Test
    void shouldKeepTwoHundredClaimsReadable() {
        String subject = Fixtures.entity(Fixtures.unique("Club"));
        String metric = Fixtures.metric(Fixtures.unique("fee"), "MONEY", false);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            ids.add(claim(subject, metric, i));
        }
        String slug = Fixtures.unique("many");
        Fixtures.post("/api/topics", Map.of("slug", slug, "title", "200", "claimIds", ids));
        String html = given().get("/topics/" + slug).then().statusCode(200).extract().asString();
        // The page draws the topic's first 100 claims (comparisons are paged, issue 12), one row each.
        Assertions.assertEquals(100, count(html, "class=\"mark\""));
        // One row per claim: no two labels share a baseline.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<text x=\"292\" y=\"(\\d+)\"").matcher(html);
        java.util.Set<String> ys = new java.util.HashSet<>();
        int n = 0;
        while (m.find()) {
            ys.add(m.group(1));
            n++;
        }
        Assertions.assertEquals(100, n);
        Assertions.assertEquals(100, ys.size());
    }

    static String claim(String subject, String metric, int millions) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subject);
        body.put("metricId", metric);
        body.put("figure", Map.of("kind", "EXACT", "value", millions * 1_000_000, "currency", "EUR",
                "text", millions + " millions d'euros"));
        body.put("statement", "Le transfert a coûté " + millions + " millions d'euros.");
        body.put("language", "fr");
        return Fixtures.post("/api/claims", body);
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
