package io.crosscheck.feed;

import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Feeds end to end: Atom and RSS documents and their articles come from the tests' own site on
 * 127.0.0.1; polls are made by hand (the scheduler is off in the test profile).
 */
@QuarkusTest
class FeedTest {

    private final TestSite site = TestSite.get();

    /** An article page at {@code path} whose canonical link is {@code canonical} (a path). */
    private void article(String path, String canonical) {
        byte[] body = new String(TestSite.resource("en-article.html"), StandardCharsets.UTF_8)
                .replace("href=\"/business/2025/02/05/orbe-costs?", "href=\"" + canonical + "?")
                .getBytes(StandardCharsets.UTF_8);
        site.route(path, ex -> TestSite.send(ex, 200, "text/html; charset=utf-8", body));
    }

    private static String atom(String title, List<String> links) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>" + title + "</title><id>urn:x:" + title
                + "</id><updated>2025-02-05T10:00:00Z</updated>");
        int i = 0;
        for (String link : links) {
            out.append("<entry><title>Item ").append(++i).append("</title><id>urn:x:").append(title).append(':').append(i)
                    .append("</id><updated>2025-02-05T10:00:00Z</updated><link rel=\"alternate\" href=\"")
                    .append(link.replace("&", "&amp;")).append("\"/></entry>");
        }
        return out.append("</feed>").toString();
    }

    private static String rss(List<String> links) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Le fil</title><link>https://example.org/</link><description>d</description>");
        int i = 0;
        for (String link : links) {
            out.append("<item><title>Article ").append(++i).append("</title><link>").append(link.replace("&", "&amp;"))
                    .append("</link></item>");
        }
        return out.append("</channel></rss>").toString();
    }

    private static String createFeed(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/feeds")
                .then().statusCode(201).header("Location", containsString("/api/feeds/")).extract().path("id");
    }

    private static JsonPath poll(String id) {
        return given().post("/api/feeds/" + id + "/poll").then().statusCode(200).extract().jsonPath();
    }

    /** Waits for the poll's fetch jobs and returns the source ids they name. */
    private static List<String> sourcesOf(JsonPath poll) {
        List<String> ids = new ArrayList<>();
        for (String job : poll.<String>getList("queued.job")) {
            JsonPath done = Fixtures.awaitJob(job);
            assertEquals("SUCCEEDED", done.getString("state"), done.prettify());
            ids.add(done.getString("result.sourceId"));
        }
        return ids;
    }

    @Test
    void shouldFetchNewAtomItemsOnceAttachThemToTheTopicAndRecogniseTheSameArticleUnderTwoUrls() {
        String base = "/" + unique("atom");
        String topic = unique("feeds");
        Fixtures.post("/api/topics", Map.of("slug", topic, "title", "Feeds"));
        article(base + "/a", base + "/a");
        article(base + "/b", base + "/b");
        // The same article as /a under another path: its canonical link names /a.
        article(base + "/a-amp", base + "/a");
        AtomicReference<String> document = new AtomicReference<>(atom("one", List.of(
                site.url(base + "/a"), site.url(base + "/b"), site.url(base + "/b?utm_source=rss#top"))));
        site.route(base + "/feed.xml", ex -> TestSite.send(ex, 200, "application/atom+xml",
                document.get().getBytes(StandardCharsets.UTF_8)));
        String id = createFeed(Map.of("url", site.url(base + "/feed.xml"), "topic", topic, "interval", "PT30M"));

        JsonPath first = poll(id);
        assertEquals("POLLED", first.getString("outcome"), first.prettify());
        assertEquals(3, first.getInt("entries"));
        // /b and /b?utm_source=rss#top are one canonical URL: two items, not three.
        assertEquals(2, first.getList("queued").size(), first.prettify());
        List<String> made = sourcesOf(first);
        assertEquals(2, Set.copyOf(made).size());
        given().get("/api/sources?topic=" + topic).then().statusCode(200).body("items.id", hasItems(made.toArray()));
        given().get("/api/feeds/" + id).then().statusCode(200)
                .body("lastStatus", equalTo(200)).body("consecutiveFailures", equalTo(0))
                .body("title", equalTo("one")).body("topic", equalTo(topic)).body("itemsQueued", equalTo(2))
                .body("interval", equalTo("PT30M")).body("intervalSeconds", equalTo(1800));

        // The same document again: nothing new.
        JsonPath second = poll(id);
        assertEquals("POLLED", second.getString("outcome"));
        assertEquals(0, second.getList("queued").size(), second.prettify());
        assertEquals(2, second.getInt("known"));

        // One new item, and the first article under another URL: both are fetched, one makes a source.
        document.set(atom("one", List.of(site.url(base + "/a"), site.url(base + "/b"), site.url(base + "/a-amp"))));
        JsonPath third = poll(id);
        assertEquals(1, third.getList("queued").size(), third.prettify());
        JsonPath job = Fixtures.awaitJob(third.getString("queued[0].job"));
        assertEquals("DUPLICATE", job.getString("result.outcome"), job.prettify());
        assertEquals(made.get(0), job.getString("result.sourceId"));
        given().get("/api/sources?topic=" + topic).then().statusCode(200).body("items.size()", equalTo(2));
    }

    @Test
    void shouldPollAnRssFeedConditionallyAndTake304AsNothingNew() {
        String base = "/" + unique("rss");
        article(base + "/x", base + "/x");
        article(base + "/y", base + "/y");
        AtomicReference<String> body = new AtomicReference<>(rss(List.of(site.url(base + "/x"))));
        AtomicReference<String> etag = new AtomicReference<>("\"v1\"");
        site.route(base + "/rss", ex -> {
            if (etag.get().equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.getResponseHeaders().set("ETag", etag.get());
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            ex.getResponseHeaders().set("ETag", etag.get());
            TestSite.send(ex, 200, "application/rss+xml; charset=utf-8", body.get().getBytes(StandardCharsets.UTF_8));
        });
        String id = createFeed(Map.of("url", site.url(base + "/rss"), "interval", 3600));

        JsonPath first = poll(id);
        assertEquals(1, first.getList("queued").size(), first.prettify());
        sourcesOf(first);
        assertNull(site.requests(base + "/rss").get(0).header("If-None-Match"));

        JsonPath second = poll(id);
        assertEquals("NOT_MODIFIED", second.getString("outcome"), second.prettify());
        assertEquals(304, second.getInt("httpStatus"));
        assertEquals("\"v1\"", site.requests(base + "/rss").get(1).header("If-None-Match"));
        given().get("/api/feeds/" + id).then().statusCode(200).body("lastStatus", equalTo(304))
                .body("consecutiveFailures", equalTo(0)).body("interval", equalTo("PT1H"));

        // The feed changes: a new ETag, one repeated and one new item.
        body.set(rss(List.of(site.url(base + "/y"), site.url(base + "/x"))));
        etag.set("\"v2\"");
        JsonPath third = poll(id);
        assertEquals("POLLED", third.getString("outcome"));
        assertEquals(1, third.getList("queued").size(), third.prettify());
        assertEquals(1, third.getInt("known"));
        assertTrue(third.getString("queued[0].url").endsWith(base + "/y"));
    }

    @Test
    void shouldRecordFailuresPerFeedAndBackOffExponentially() {
        String base = "/" + unique("bad");
        site.route(base + "/500", ex -> TestSite.send(ex, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8)));
        String id = createFeed(Map.of("url", site.url(base + "/500"), "interval", "PT10M"));
        JsonPath first = poll(id);
        assertEquals("FAILED", first.getString("outcome"));
        JsonPath feed = given().get("/api/feeds/" + id).then().statusCode(200)
                .body("lastStatus", equalTo(500)).body("lastReason", equalTo("HTTP_STATUS"))
                .body("lastError", containsString("500")).body("consecutiveFailures", equalTo(1))
                .extract().jsonPath();
        Duration wait1 = Duration.between(Instant.parse(feed.getString("lastPolledAt")),
                Instant.parse(feed.getString("nextAttemptAt")));
        assertEquals(Duration.ofMinutes(5), wait1); // crosscheck.feeds.backoff-base
        poll(id);
        feed = given().get("/api/feeds/" + id).then().statusCode(200).body("consecutiveFailures", equalTo(2))
                .extract().jsonPath();
        assertEquals(Duration.ofMinutes(10), Duration.between(Instant.parse(feed.getString("lastPolledAt")),
                Instant.parse(feed.getString("nextAttemptAt"))));
        given().get("/api/feeds?failing=true&limit=100").then().statusCode(200).body("items.id", hasItems(id));

        // Not XML at all, and a document with a DOCTYPE (external entities are never read).
        site.text(base + "/junk", "application/rss+xml", "<rss><channel><item>unclosed");
        String junk = createFeed(Map.of("url", site.url(base + "/junk"), "interval", "PT10M"));
        assertEquals("FAILED", poll(junk).getString("outcome"));
        given().get("/api/feeds/" + junk).then().body("lastReason", equalTo("INVALID_FEED"))
                .body("lastStatus", equalTo(200)).body("consecutiveFailures", equalTo(1));
        site.text(base + "/xxe", "application/rss+xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM "
                + "\"" + site.url(base + "/secret") + "\">]><rss version=\"2.0\"><channel><title>&x;</title><link>"
                + "https://e.org/</link><description>d</description></channel></rss>");
        String xxe = createFeed(Map.of("url", site.url(base + "/xxe"), "interval", "PT10M"));
        assertEquals("FAILED", poll(xxe).getString("outcome"));
        given().get("/api/feeds/" + xxe).then().body("lastReason", equalTo("INVALID_FEED"))
                .body("lastError", containsString("DOCTYPE"));
        assertTrue(site.requests(base + "/secret").isEmpty());

        // A name that resolves to a private address: refused by the fetcher's SSRF rules when polled.
        String host = unique("intranet") + ".test";
        TestHostResolver.always(host, "10.1.2.3");
        String refused = createFeed(Map.of("url", site.url(host, base + "/feed"), "interval", "PT10M"));
        JsonPath poll = poll(refused);
        assertEquals("FAILED", poll.getString("outcome"));
        given().get("/api/feeds/" + refused).then().body("lastReason", equalTo("ADDRESS"))
                .body("lastError", containsString("10.1.2.3")).body("consecutiveFailures", equalTo(1));
    }

    @Test
    void shouldRefuseInvalidFeedsWithFieldErrors() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("url", "ftp://example.org/feed");
        bad.put("interval", "soon");
        problem(given().contentType(ContentType.JSON).body(bad).post("/api/feeds").then(), 400)
                .body("errors.field", hasItems("url", "interval"));
        problem(given().contentType(ContentType.JSON).body(Map.of("url", site.url("/f"), "interval", "PT1M"))
                .post("/api/feeds").then(), 400)
                .body("errors[0].field", equalTo("interval")).body("errors[0].message", containsString("PT5M"));
        problem(given().contentType(ContentType.JSON).body(Map.of("url", site.url("/f"), "interval", "P30D"))
                .post("/api/feeds").then(), 400).body("errors[0].field", equalTo("interval"));
        problem(given().contentType(ContentType.JSON).body(Map.of("interval", "PT1H")).post("/api/feeds").then(), 400)
                .body("errors[0].field", equalTo("url"));
        problem(given().contentType(ContentType.JSON).body(Map.of("url", "http://192.168.1.1/feed", "interval", "PT1H"))
                .post("/api/feeds").then(), 422).body("reason", equalTo("ADDRESS"));
        problem(given().contentType(ContentType.JSON).body(Map.of("url", site.url("/f"), "interval", "PT1H",
                "topic", unique("nope"))).post("/api/feeds").then(), 422).body("errors[0].field", equalTo("topic"));

        String url = site.url("/" + unique("dup") + "/feed");
        String id = createFeed(Map.of("url", url, "interval", "PT1H"));
        problem(given().contentType(ContentType.JSON).body(Map.of("url", url.replace("http://", "HTTP://")
                + "?utm_source=newsletter#x", "interval", "PT1H")).post("/api/feeds").then(),
                409).body("existingId", equalTo(id));
        // Update with If-Match, then delete.
        String etag = given().get("/api/feeds/" + id).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("url", url, "interval", "7200"))
                .put("/api/feeds/" + id).then().statusCode(200).body("interval", equalTo("PT2H"));
        problem(given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("url", url, "interval", "60"))
                .put("/api/feeds/" + id).then(), 412);
        problem(Fixtures.anonymous().get("/api/feeds/" + id).then(), 401);
        given().delete("/api/feeds/" + id).then().statusCode(204);
        problem(given().post("/api/feeds/" + id + "/poll").then(), 404);
    }

    @Test
    void shouldLetOnePollerWorkOnAFeedAtATime() throws Exception {
        String base = "/" + unique("lease");
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        byte[] body = rss(List.of()).getBytes(StandardCharsets.UTF_8);
        site.route(base + "/rss", ex -> {
            arrived.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            TestSite.send(ex, 200, "application/rss+xml", body);
        });
        String id = createFeed(Map.of("url", site.url(base + "/rss"), "interval", "PT1H"));
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() ->
                given().post("/api/feeds/" + id + "/poll").then().extract().statusCode());
        try {
            assertTrue(arrived.await(30, TimeUnit.SECONDS), "the first poll never reached the site");
            given().get("/api/feeds/" + id).then().statusCode(200).body("polling", equalTo(true));
            problem(given().post("/api/feeds/" + id + "/poll").then(), 409);
        } finally {
            release.countDown();
        }
        assertEquals(200, first.get(30, TimeUnit.SECONDS));
        assertEquals(1, site.requests(base + "/rss").size());
        // The lease is released: the next poll works.
        given().get("/api/feeds/" + id).then().statusCode(200).body("polling", equalTo(false));
        assertEquals("POLLED", poll(id).getString("outcome"));
    }
}
