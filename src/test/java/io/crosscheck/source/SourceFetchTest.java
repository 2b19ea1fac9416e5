package io.crosscheck.source;

import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.Fixtures;
import io.crosscheck.fetch.TestHostResolver;
import io.crosscheck.web.TestSite;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Sources created from a URL, end to end: the page comes from the tests' own site on 127.0.0.1
 * (the only address the test profile lets the fetcher reach), in a job, and is read into a source.
 */
@QuarkusTest
class SourceFetchTest {

    private final TestSite site = TestSite.get();

    /** A test page under a path of its own, its canonical link made unique so sources never collide. */
    private String serve(String resource, String contentType) {
        String path = "/" + unique("p");
        byte[] body = new String(TestSite.resource(resource), StandardCharsets.UTF_8)
                .replace("href=\"/tech/2025/02/orbe-entrainement.html\"", "href=\"" + path + "/canonical\"")
                .replace("href=\"/business/2025/02/05/orbe-costs?", "href=\"" + path + "/canonical?")
                .getBytes(StandardCharsets.UTF_8);
        site.route(path, ex -> TestSite.send(ex, 200, contentType, body));
        return path;
    }

    private static JsonPath fetch(Object body) {
        String location = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/sources")
                .then().statusCode(202)
                .header("Location", containsString("/api/jobs/"))
                .body("kind", equalTo("fetch"))
                .extract().header("Location");
        return Fixtures.awaitJob(location);
    }

    @Test
    void shouldFetchAnEnglishArticleInAJobAndReadItsMetadataAndBodyOnly() {
        String path = serve("en-article.html", "text/html; charset=utf-8");
        JsonPath job = fetch(Map.of("url", site.url(path)));
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals("CREATED", job.getString("result.outcome"));
        String id = job.getString("result.sourceId");
        assertEquals("/api/sources/" + id, job.getString("result.location"));

        given().get("/api/sources/" + id).then().statusCode(200)
                .body("publisher", equalTo("The Northern Ledger"))
                .body("author", equalTo("Priya Nair"))
                .body("language", startsWith("en"))
                .body("publishedDate", equalTo("2025-02-05"))
                .body("title", containsString("Orbe"))
                .body("canonicalUrl", containsString(path + "/canonical"))
                .body("textVersion", equalTo(1))
                .body("text", not(containsString("cookie")));
        // The request was honest: our user agent, no cookies.
        TestSite.Request request = site.requests(path).get(0);
        assertTrue(request.header("User-Agent").startsWith("Crosscheck/"), request.header("User-Agent"));
        assertNull(request.header("Cookie"));
    }

    @Test
    void shouldAcceptFetchTrueAndAnswerADuplicateWithTheSourceThatHasIt() {
        String path = serve("fr-article.html", "text/html");
        JsonPath first = fetch(Map.of("url", site.url(path), "fetch", true));
        assertEquals("SUCCEEDED", first.getString("state"), first.prettify());
        String id = first.getString("result.sourceId");
        given().get("/api/sources/" + id).then().statusCode(200)
                .body("publisher", equalTo("Le Courrier du Numérique"))
                .body("language", startsWith("fr"))
                .body("text", containsString("12 millions"));

        // Its canonical URL is known at once: 409 naming the source, before any job.
        problem(given().contentType(ContentType.JSON).body(Map.of("url", site.url(path + "/canonical")))
                .when().post("/api/sources").then(), 409)
                .body("existingId", equalTo(id));
        // The same page under another address is recognised once read (its canonical link).
        JsonPath again = fetch(Map.of("url", site.url(path + "?utm_source=feed")));
        assertEquals("DUPLICATE", again.getString("result.outcome"), again.prettify());
        assertEquals(id, again.getString("result.sourceId"));
    }

    @Test
    void shouldTrustTheBytesWhenTheHeaderLiesAboutTheCharset() {
        String path = serve("lying-charset.html", "text/html; charset=ISO-8859-1");
        JsonPath job = fetch(Map.of("url", site.url(path)));
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals("UTF-8", job.getString("result.charset"));
        given().get("/api/sources/" + job.getString("result.sourceId")).then().statusCode(200)
                .body("publisher", equalTo("L'Écho des Réseaux"))
                .body("text", containsString("térawattheures"))
                .body("text", not(containsString("Ã")));
    }

    @Test
    void shouldFollowABoundedRedirectChainAndConnectToTheAddressItChecked() {
        String host = unique("news") + ".test";
        TestHostResolver.always(host, "127.0.0.1");
        String path = serve("en-article.html", "text/html");
        site.redirect(path + "-a", 301, path + "-b");
        site.redirect(path + "-b", 302, site.url(host, path));
        JsonPath job = fetch(Map.of("url", site.url(path + "-a")));
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals(site.url(host, path), job.getString("result.finalUrl"));
        assertEquals(2, job.getList("result.redirects").size());
        assertEquals(host + ":" + site.port(), site.requests(path).get(0).header("Host"));

        site.redirect(path + "-loop", 302, path + "-loop");
        JsonPath loop = fetch(Map.of("url", site.url(path + "-loop")));
        assertEquals("FAILED", loop.getString("state"));
        assertTrue(loop.getString("error").contains("redirect loop"), loop.getString("error"));
    }

    @Test
    void shouldRefuseAPageLargerThanTheCap() {
        String path = "/" + unique("big");
        byte[] big = new byte[5 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        site.route(path, ex -> TestSite.send(ex, 200, "text/html", big));
        JsonPath job = fetch(Map.of("url", site.url(path)));
        assertEquals("FAILED", job.getString("state"));
        assertTrue(job.getString("error").contains("larger than"), job.getString("error"));
    }

    @Test
    void shouldRefuseUrlsThatAreNotHttpOrNameAForbiddenAddressAt422() {
        for (String url : List.of("file:///etc/passwd", "gopher://127.0.0.1/", "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.1/", "http://[::1]/", "http://user:secret@127.0.0.1/")) {
            problem(given().contentType(ContentType.JSON).body(Map.of("url", url))
                    .when().post("/api/sources").then(), 422)
                    .body("reason", not(equalTo(null)))
                    .body("detail", not(equalTo(null)));
        }
        // Only the allow-listed 127.0.0.1 is reachable: not the rest of the loopback block.
        problem(given().contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.2:" + site.port() + "/"))
                .when().post("/api/sources").then(), 422)
                .body("reason", equalTo("ADDRESS"));
    }

    @Test
    void shouldRefuseANameOrARedirectThatLeadsToAForbiddenAddress() {
        String sneaky = unique("sneaky") + ".test";
        TestHostResolver.always(sneaky, "127.0.0.1", "169.254.169.254");
        JsonPath mixed = fetch(Map.of("url", site.url(sneaky, "/anything")));
        assertEquals("FAILED", mixed.getString("state"));
        assertTrue(mixed.getString("error").contains("169.254.169.254"), mixed.getString("error"));

        String path = "/" + unique("to-metadata");
        site.redirect(path, 302, "http://169.254.169.254/latest/meta-data/");
        JsonPath redirected = fetch(Map.of("url", site.url(path)));
        assertEquals("FAILED", redirected.getString("state"));
        assertTrue(redirected.getString("error").contains("169.254.169.254"), redirected.getString("error"));

        String internal = unique("internal") + ".test";
        TestHostResolver.always(internal, "10.1.2.3");
        String hop = "/" + unique("to-internal");
        site.redirect(hop, 302, site.url(internal, "/admin"));
        JsonPath viaName = fetch(Map.of("url", site.url(hop)));
        assertEquals("FAILED", viaName.getString("state"));
        assertTrue(viaName.getString("error").contains("10.1.2.3"), viaName.getString("error"));
        assertEquals(0, site.requests("/admin").size());
    }

    @Test
    void shouldRefetchConditionallyAndKeepAChangedTextAsANewVersion() {
        String path = "/" + unique("corrected");
        AtomicReference<String> resource = new AtomicReference<>("fr-article.html");
        site.route(path, ex -> {
            String etag = "\"" + resource.get() + "\"";
            ex.getResponseHeaders().set("ETag", etag);
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            byte[] body = new String(TestSite.resource(resource.get()), StandardCharsets.UTF_8)
                    .replace("/tech/2025/02/orbe-entrainement.html", path + "/canonical")
                    .getBytes(StandardCharsets.UTF_8);
            TestSite.send(ex, 200, "text/html; charset=utf-8", body);
        });
        String id = fetch(Map.of("url", site.url(path))).getString("result.sourceId");

        JsonPath same = refetch(id);
        assertEquals("SUCCEEDED", same.getString("state"), same.prettify());
        assertEquals("NOT_MODIFIED", same.getString("result.outcome"));
        assertEquals("\"fr-article.html\"", site.requests(path).get(1).header("If-None-Match"));

        // Two claims quote the first text: one figure the correction removed, one it kept.
        String subject = Fixtures.entity(unique("Orbe"));
        String money = Fixtures.metric(unique("training-cost"), "MONEY", false);
        String corrected = "modèle de langage pour 12 millions d'euros";
        Map<String, Object> staleBody = claim(subject, money, id, corrected, 12_000_000);
        String staleClaim = Fixtures.post("/api/claims", staleBody);
        String keptClaim = Fixtures.post("/api/claims", claim(subject, money, id, "45 millions d'euros", 45_000_000));

        resource.set("fr-article-v2.html");
        JsonPath changed = refetch(id);
        assertEquals("UPDATED", changed.getString("result.outcome"), changed.prettify());
        assertEquals(2, changed.getInt("result.textVersion"));
        assertEquals(1, changed.getInt("result.quotesStale"));

        String v1 = given().get("/api/sources/" + id + "/versions/1").then().extract().path("text");
        int start = given().get("/api/claims/" + staleClaim).then().statusCode(200)
                .body("appearances[0].quoteStatus", equalTo("STALE"))
                .body("appearances[0].textVersion", equalTo(1))
                .extract().path("appearances[0].start");
        assertEquals(corrected, v1.substring(start, start + corrected.length()));
        given().get("/api/claims/" + keptClaim).then().statusCode(200)
                .body("appearances[0].quoteStatus", equalTo("CURRENT"))
                .body("appearances[0].textVersion", equalTo(2));
        // The claim with a stale quote can still be edited, its quote sent back as it was.
        staleBody.put("statement", "Orbe a d'abord annoncé 12 millions d'euros.");
        given().contentType(ContentType.JSON).body(staleBody).put("/api/claims/" + staleClaim)
                .then().statusCode(200)
                .body("appearances[0].quoteStatus", equalTo("STALE"));

        given().get("/api/sources/" + id).then().statusCode(200)
                .body("textVersion", equalTo(2))
                .body("text", containsString("14 millions"));
        given().get("/api/sources/" + id + "/versions").then().statusCode(200)
                .body("items.size()", equalTo(2));
        given().get("/api/sources/" + id + "/versions/1").then().statusCode(200)
                .body("current", equalTo(false))
                .body("text", containsString("12 millions"));
        problem(given().get("/api/sources/" + id + "/versions/9").then(), 404);
    }

    private static Map<String, Object> claim(String subject, String metric, String source, String quote, long value) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("subjectId", subject);
        body.put("metricId", metric);
        body.put("figure", Map.of("kind", "EXACT", "value", value, "currency", "EUR", "text", quote));
        body.put("statement", "Orbe : " + quote);
        body.put("language", "fr");
        body.put("appearances", List.of(Map.of("sourceId", source, "quote", quote)));
        return body;
    }

    private static JsonPath refetch(String id) {
        String location = given().post("/api/sources/" + id + "/fetch").then().statusCode(202)
                .extract().header("Location");
        return Fixtures.awaitJob(location);
    }

    @Test
    void shouldRefuseTypedFieldsInAFetchAndAMissingTitleInATypedSource() {
        problem(given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.com/a", "fetch", true, "title", "mine"))
                .when().post("/api/sources").then(), 400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("title"));
        problem(given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.com/a", "fetch", false, "publisher", "X", "language", "en"))
                .when().post("/api/sources").then(), 400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("title"));
    }

    @Test
    void shouldLetOnlyEditorsFetch() {
        problem(Fixtures.anonymous().contentType(ContentType.JSON).body(Map.of("url", "https://example.com/a"))
                .when().post("/api/sources").then(), 401);
    }

    @Test
    void shouldAddAFetchedSourceToItsTopicAndRefuseAnUnknownTopic() {
        String slug = unique("followed");
        given().contentType(ContentType.JSON).body(Map.of("slug", slug, "title", "Followed"))
                .post("/api/topics").then().statusCode(201);
        String path = serve("en-article.html", "text/html");
        JsonPath job = fetch(Map.of("url", site.url(path), "topic", slug));
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        given().get("/api/sources?topic=" + slug).then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(job.getString("result.sourceId")));
        problem(given().contentType(ContentType.JSON).body(Map.of("url", site.url(path + "-x"), "topic", unique("none")))
                .when().post("/api/sources").then(), 422);
    }
}
