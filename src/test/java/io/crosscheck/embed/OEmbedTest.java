package io.crosscheck.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OEmbedTest {

    private static String base() {
        return "http://localhost:" + RestAssured.port;
    }

    @Test
    void shouldDescribeAClaimPageAsARichIframe() {
        String id = EmbedFixtures.claim("DeepSeek affirme 5,6 millions.", "5,6 millions de dollars", "T",
                "Q 5,6 millions de dollars");
        given().queryParam("url", base() + "/claims/" + id + "?lang=en").queryParam("format", "json")
                .queryParam("maxwidth", 400).queryParam("maxheight", 300).get("/oembed").then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("type", equalTo("rich")).body("version", equalTo("1.0"))
                .body("provider_name", equalTo("Crosscheck")).body("provider_url", equalTo(base() + "/"))
                .body("cache_age", equalTo(300))
                .body("width", equalTo(400)).body("height", lessThanOrEqualTo(300))
                .body("title", containsString("5,6 millions de dollars"))
                .body("html", containsString("<iframe class=\"crosscheck\" src=\"" + base() + "/embed/claims/" + id
                        + "?lang=en\""))
                .body("html", containsString(base() + "/embed.js"));
    }

    @Test
    void shouldDescribeATopicPage() {
        given().queryParam("url", base() + "/topics/deepseek-costs").get("/oembed").then().statusCode(200)
                .body("type", equalTo("rich")).body("html", containsString("/embed/topics/deepseek-costs"));
    }

    @Test
    void shouldRefuseWhatIsNotOurs() {
        Fixtures.problem(given().get("/oembed").then(), 400);
        Fixtures.problem(given().queryParam("url", base() + "/claims/x").queryParam("format", "xml").get("/oembed")
                .then(), 501);
        for (String url : new String[] {"https://evil.example/claims/0190a0a0-0000-7000-8000-000000000000",
            base() + "/claims/0190a0a0-0000-7000-8000-000000000000", base() + "/claims/not-an-id",
            base() + "/topics/no-such-topic", base() + "/api/claims", "javascript:alert(1)", "not a url",
            "https://localhost:" + RestAssured.port + "/topics/deepseek-costs"}) {
            Fixtures.problem(given().queryParam("url", url).get("/oembed").then(), 404);
        }
    }

    @Test
    void shouldAdvertiseOEmbedOnConsolePages() {
        String discovery = "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"" + base()
                + "/oembed?url=" + java.net.URLEncoder.encode(base() + "/topics/deepseek-costs",
                        java.nio.charset.StandardCharsets.UTF_8) + "&amp;format=json\"";
        given().get("/topics/deepseek-costs").then().statusCode(200).body(containsString(discovery));
        String id = EmbedFixtures.claim("S.", "5 millions de dollars", "T", "Q 5 millions de dollars");
        given().get("/claims/" + id).then().statusCode(200)
                .body(containsString("type=\"application/json+oembed\""))
                .body(containsString("%2Fclaims%2F" + id + "&amp;format=json"));
    }

    @Test
    void shouldBeReadableFromPagesOnAnyOrigin() {
        String url = base() + "/topics/deepseek-costs";
        Fixtures.anonymous().header("Origin", "https://cms.newsroom.example").queryParam("url", url).get("/oembed").then()
                .statusCode(200).header("Access-Control-Allow-Origin", "*").body("type", equalTo("rich"));
        Fixtures.anonymous().header("Origin", "https://cms.newsroom.example").queryParam("url", "nope").get("/oembed")
                .then().statusCode(404).header("Access-Control-Allow-Origin", "*");
        Fixtures.anonymous().header("Origin", "https://cms.newsroom.example").header("Access-Control-Request-Method", "GET")
                .options("/oembed").then().statusCode(204).header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", containsString("GET"));
        // the rest of the service keeps its CORS list: a foreign page still cannot read the API
        Fixtures.anonymous().header("Origin", "https://cms.newsroom.example").get("/api/claims").then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldNeverBuildLinksFromAHostItDoesNotServe() {
        String id = EmbedFixtures.claim("S.", "5 millions de dollars", "T", "Q 5 millions de dollars");
        for (String host : new String[] {"evil.example", "evil.example:" + RestAssured.port, "localhost.evil.example"}) {
            Fixtures.problem(Fixtures.anonymous().header("Host", host)
                    .queryParam("url", "http://" + host + "/claims/" + id).get("/oembed").then(), 400)
                    .body(org.hamcrest.Matchers.not(containsString("evil")));
            Fixtures.anonymous().header("Host", host).get("/embed/claims/" + id).then().statusCode(400)
                    .body(org.hamcrest.Matchers.not(containsString("evil")));
            Fixtures.anonymous().header("Host", host).get("/claims/" + id).then().statusCode(400);
        }
        Fixtures.anonymous().header("Host", "127.0.0.1:" + RestAssured.port).get("/embed/claims/" + id).then()
                .statusCode(200).body(containsString("http://127.0.0.1:" + RestAssured.port + "/claims/" + id));
    }
}
