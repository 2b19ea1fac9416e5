package io.crosscheck.embed;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HostileContentTest {

    static final String[] PAYLOADS = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(2)>",
        "</style><script>alert(3)</script>", "'><svg onload=alert(4)>", "javascript:alert(5)",
        "line\u2028separator\u2029para", "\u202Egnp.exe", "</textarea></title></noscript>"};

    @Test
    void shouldShowEveryHostileFieldAsText() {
        for (String p : PAYLOADS) {
            String id = EmbedFixtures.claim("Statement " + p, "5 millions de dollars", "Title " + p,
                    "Quote " + p + " 5 millions de dollars");
            String html = given().queryParam("lang", "en").get("/embed/claims/" + id).then().statusCode(200)
                    .extract().asString();
            assertInert(html);
            Assertions.assertTrue(html.contains("Statement " + escaped(p)), "statement escaped: " + p);
            Assertions.assertTrue(html.contains("Quote " + escaped(p)), "quote escaped: " + p);
            Assertions.assertTrue(html.contains("Title " + escaped(p)), "source title escaped: " + p);
        }
    }

    @Test
    void shouldRenderTheLongestAllowedStatementAndRefuseLongerOnes() {
        String longest = ("<script>x</script>" + "é".repeat(82)).repeat(20);
        Assertions.assertEquals(2000, longest.length());
        String id = EmbedFixtures.claim(longest, "5 millions de dollars", "T", "Q 5 millions de dollars");
        String html = given().get("/embed/claims/" + id).then().statusCode(200).extract().asString();
        assertInert(html);
        int bytes = html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        Assertions.assertTrue(bytes < 20_000, "a widget stays under 20,000 bytes: " + bytes);
        Assertions.assertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;éé") && html.contains("…</bdi></p>"),
                "the statement is shown, cut");
        Map<String, Object> tooLong = Map.of("statement", "x".repeat(100_000));
        given().contentType(ContentType.JSON).body(tooLong).patch("/api/claims/" + id).then().statusCode(400);
    }

    @Test
    void shouldNeverTurnAJavascriptOrDataUrlIntoALink() {
        for (String url : new String[] {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "vbscript:x", "//evil.example/x", "java\tscript:alert(1)"}) {
            Assertions.assertNull(Html.safeHref(url), url);
        }
        Assertions.assertEquals("https://example.org/a?b=1&c=2", Html.safeHref("https://example.org/a?b=1&c=2"));
        Assertions.assertEquals("http://example.org/", Html.safeHref("http://example.org/"));
        // Whatever the source feature accepts, a javascript: source never becomes a link in a widget.
        int status = given().contentType(ContentType.JSON).body(Map.of("url", "javascript:alert(1)", "title", "t",
                "publisher", "p", "language", "fr")).post("/api/sources").statusCode();
        Assertions.assertTrue(status == 400 || status == 422 || status == 201, "status " + status);
    }

    @Test
    void shouldEscapeHostileTitlesInTheOEmbedSnippet() {
        String id = EmbedFixtures.claim("\"><script>alert(1)</script>", "5 millions de dollars", "T",
                "Q 5 millions de dollars");
        String base = "http://localhost:" + io.restassured.RestAssured.port;
        String snippet = given().queryParam("url", base + "/claims/" + id).get("/oembed").then().statusCode(200)
                .extract().path("html");
        Assertions.assertFalse(snippet.contains("<script>alert"), snippet);
        Assertions.assertTrue(snippet.contains("&quot;&gt;&lt;script&gt;"), snippet);
    }

    private static void assertInert(String html) {
        Assertions.assertEquals(1, count(html, "<script"), "only the resize script: " + html);
        Assertions.assertFalse(html.contains("<img"), "no injected element");
        Assertions.assertFalse(html.contains("<svg onload"), "no injected element");
        Assertions.assertEquals(1, count(html, "</style>"), "style not closed early");
        Assertions.assertFalse(html.contains("href=\"javascript"), "no javascript: link");
        Assertions.assertFalse(html.contains("\"><img") || html.contains("'><svg"), "no attribute broken out of");
    }

    private static String escaped(String s) {
        return Html.escape(s);
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
