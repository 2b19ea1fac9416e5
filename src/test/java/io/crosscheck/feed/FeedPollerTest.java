package io.crosscheck.feed;

import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.web.TestSite;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The scheduled side, driven by hand (the test profile turns the schedule off): a tick polls the feeds
 * that are due and only those, and skips a feed whose lease another instance holds.
 */
@QuarkusTest
class FeedPollerTest {

    private final TestSite site = TestSite.get();

    private String feed(String path) {
        byte[] body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>https://e.org/</link>"
                + "<description>d</description></channel></rss>").getBytes(StandardCharsets.UTF_8);
        site.route(path, ex -> TestSite.send(ex, 200, "application/rss+xml", body));
        return given().contentType(ContentType.JSON).body(Map.of("url", site.url(path), "interval", "PT1H"))
                .post("/api/feeds").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldPollDueFeedsOnATickAndSkipOnesAnotherInstanceHolds() {
        String base = "/" + unique("tick");
        String due = feed(base + "/due");
        String held = feed(base + "/held");
        FeedService service = Arc.container().instance(FeedService.class).get();
        // Another instance holds this one: the lease cannot be taken twice.
        assertTrue(service.lease(UUID.fromString(held), "other-instance"));
        assertFalse(service.lease(UUID.fromString(held), "this-instance"));

        Arc.container().instance(FeedPoller.class).get().tick();
        assertEquals(1, site.requests(base + "/due").size());
        assertEquals(0, site.requests(base + "/held").size());
        given().get("/api/feeds/" + due).then().statusCode(200).body("lastStatus", equalTo(200))
                .body("lastPolledAt", notNullValue());
        given().get("/api/feeds/" + held).then().statusCode(200).body("lastPolledAt", nullValue())
                .body("polling", equalTo(true));
        problem(given().post("/api/feeds/" + held + "/poll").then(), 409);

        // Polled once, the feed is not due again until its interval has passed.
        Arc.container().instance(FeedPoller.class).get().tick();
        assertEquals(1, site.requests(base + "/due").size());
    }

    @Test
    void shouldDoubleTheBackoffUpToTheCap() {
        Duration base = Duration.ofMinutes(5);
        Duration max = Duration.ofHours(24);
        assertEquals(Duration.ofMinutes(5), FeedService.backoff(1, base, max));
        assertEquals(Duration.ofMinutes(20), FeedService.backoff(3, base, max));
        assertEquals(max, FeedService.backoff(10, base, max));
        assertEquals(max, FeedService.backoff(1000, base, max));
    }
}
