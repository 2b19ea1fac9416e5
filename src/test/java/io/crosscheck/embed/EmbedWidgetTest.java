package io.crosscheck.embed;

import static io.crosscheck.Fixtures.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmbedWidgetTest {

    @Test
    void shouldRenderAClaimCardWithFigureVerdictSourcesAndALinkBack() {
        String id = EmbedFixtures.claim("DeepSeek affirme avoir dépensé 5,6 millions de dollars.",
                "5,6 millions de dollars", "Le coût de DeepSeek", "DeepSeek a dépensé 5,6 millions de dollars");
        String html = anonymous().queryParam("lang", "en").get("/embed/claims/" + id).then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", containsString("public"))
                .header("Cache-Control", containsString("stale-while-revalidate="))
                .header("ETag", startsWith("\""))
                .header("X-Frame-Options", nullValue())
                .header("Set-Cookie", nullValue())
                .header("Content-Security-Policy", containsString("frame-ancestors *"))
                .header("Content-Security-Policy", containsString("script-src 'sha256-"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .extract().asString();
        Assertions.assertTrue(html.contains("5,6 millions de dollars"), "figure as written");
        Assertions.assertTrue(html.contains("$5.6 million"), "figure normalised for an English reader");
        Assertions.assertTrue(html.contains("Not yet reviewed"), "verdict badge in reader wording");
        Assertions.assertTrue(html.contains("target=\"_blank\" rel=\"noopener noreferrer\""), "sources open safely");
        Assertions.assertTrue(html.contains("/claims/" + id + "?lang=en"), "link back to the claim page");
        Assertions.assertFalse(html.contains("<link") || html.contains(" src="), "loads nothing");
        anonymous().queryParam("lang", "fr").get("/embed/claims/" + id).then().body(containsString("Voir la fiche"));
        anonymous().header("Accept-Language", "en-GB").get("/embed/claims/" + id).then().body(containsString("Sources"))
                .body(containsString("See the claim"));
        anonymous().queryParam("theme", "dark").get("/embed/claims/" + id).then().body(containsString("class=\"dark\""));
    }

    @Test
    void shouldAnswerNotModifiedForTheCurrentETagAndANewOneAfterAChange() {
        String id = EmbedFixtures.claim("Une affirmation.", "3 millions d'euros", "Titre", "coûte 3 millions d'euros");
        String etag = anonymous().get("/embed/claims/" + id).then().statusCode(200).extract().header("ETag");
        anonymous().header("If-None-Match", etag).get("/embed/claims/" + id).then().statusCode(304)
                .header("ETag", equalTo(etag)).header("Cache-Control", containsString("max-age="));
        anonymous().header("If-None-Match", "W/" + etag).get("/embed/claims/" + id).then().statusCode(304);
        EmbedFixtures.patchStatement(id, "Une affirmation corrigée.");
        Response after = anonymous().header("If-None-Match", etag).get("/embed/claims/" + id);
        Assertions.assertEquals(200, after.statusCode(), "a change makes the old ETag stale at once on this instance");
        Assertions.assertNotEquals(etag, after.header("ETag"));
        Assertions.assertTrue(after.asString().contains("Une affirmation corrigée."));
    }

    @Test
    void shouldChangeTheETagWhenALinkIsAdded() {
        String a = EmbedFixtures.claim("A.", "3 millions d'euros", "Titre A", "coûte 3 millions d'euros");
        String b = EmbedFixtures.claim("B.", "9 millions d'euros", "Titre B", "coûte 9 millions d'euros");
        String before = anonymous().queryParam("lang", "en").get("/embed/claims/" + a).then().extract().header("ETag");
        EmbedFixtures.link(b, a, "SUPERSEDES");
        Response after = anonymous().queryParam("lang", "en").get("/embed/claims/" + a);
        Assertions.assertNotEquals(before, after.header("ETag"));
        Assertions.assertTrue(after.asString().contains("Superseded by"), after.asString());
    }

    @Test
    void shouldAnswerUnknownClaimsAndTopicsWithASmallHtmlPage() {
        for (String path : new String[] {"/embed/claims/0190a0a0-0000-7000-8000-000000000000", "/embed/claims/nope",
                "/embed/topics/no-such-topic", "/embed/topics/BAD SLUG"}) {
            anonymous().queryParam("lang", "en").get(path).then().statusCode(404).contentType(containsString("text/html"))
                    .header("Content-Security-Policy", containsString("frame-ancestors"))
                    .body(containsString("does not exist"));
        }
        anonymous().get("/embed/comparisons").then().statusCode(400).contentType(containsString("text/html"));
    }

    @Test
    void shouldDrawTheTopicChartAndAComparison() {
        String html = anonymous().queryParam("lang", "en").get("/embed/topics/deepseek-costs").then().statusCode(200)
                .header("ETag", startsWith("\"t"))
                .header("ETag", org.hamcrest.Matchers.endsWith("." + WidgetAssets.VERSION + "\""))
                .extract().asString();
        Assertions.assertTrue(html.contains("<svg class=\"wchart\""), "chart");
        Assertions.assertTrue(html.contains("Log scale"), "legend");
        Assertions.assertTrue(html.contains("/topics/deepseek-costs?lang=en"), "link to the dossier");
        anonymous().queryParam("subject", "DeepSeek").queryParam("metric", "training-cost").get("/embed/comparisons")
                .then().statusCode(200).body(containsString("<svg class=\"wchart\""));
    }

    @Test
    void shouldServeTheLoaderAndHideTheBenchmarkEndpoint() {
        anonymous().get("/embed.js").then().statusCode(200).contentType(containsString("javascript"))
                .body(containsString("event.source".substring(0, 0) + "e.source"))
                .header("Cache-Control", containsString("max-age="));
        anonymous().get("/embed/_constant?bytes=100").then().statusCode(404);
    }

    @Test
    void shouldIgnoreForwardedHeadersUnlessTheProxyConfigSaysSo() {
        String id = EmbedFixtures.claim("S.", "3 millions d'euros", "T", "Q 3 millions d'euros");
        anonymous().header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                .header("Forwarded", "host=evil.example;proto=https").get("/embed/claims/" + id).then()
                .statusCode(200).body(not(containsString("evil.example")))
                .body(containsString("http://localhost:" + io.restassured.RestAssured.port + "/claims/" + id));
    }

    @Test
    void shouldKeepConsolePagesUnframeable() {
        anonymous().get("/claims").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }
}
