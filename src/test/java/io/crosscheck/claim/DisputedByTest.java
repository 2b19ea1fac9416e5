package io.crosscheck.claim;

import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A claim many others dispute: every view lists the first {@link Disputes#LISTED} disputing claims by
 * id and says how many there are (the API's {@code disputedByCount}, the console's "in all", the
 * widget's "and N more claims", the report's count), instead of listing them all.
 */
@QuarkusTest
class DisputedByTest {

    /** A claim on a subject of its own. */
    private static String claim(String metric, int millions) {
        return Fixtures.transferFee(Fixtures.entity(unique("Club")), metric, millions);
    }

    private static void contradicts(String a, String b) {
        Fixtures.post("/api/links", Map.of("from", a, "to", b, "type", "CONTRADICTS", "rationale", "Pas le même montant."));
    }

    @Test
    void shouldListTheFirstDisputersAndCountThemAll() {
        // Each claim on a subject of its own: detection proposes nothing between them. Three disputing
        // claims are older than the disputed one, so links reach it from both ends (symmetric links go
        // from the smaller id).
        String metric = Fixtures.metric(unique("fee"), "MONEY", false);
        List<String> disputers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            disputers.add(claim(metric, 10 + i));
        }
        String disputed = claim(metric, 100);
        for (int i = 0; i < Disputes.LISTED + 3; i++) {
            disputers.add(claim(metric, 20 + i));
        }
        disputers.forEach(d -> contradicts(d, disputed));
        int total = disputers.size();
        List<String> first = disputers.stream().sorted(Comparator.comparing(UUID::fromString)).limit(Disputes.LISTED).toList();

        List<String> listed = given().get("/api/claims/" + disputed).then().statusCode(200)
                .body("disputedByCount", equalTo(total)).body("disputedBy", hasSize(Disputes.LISTED))
                .extract().path("disputedBy.id");
        assertEquals(first, listed, "the first by id");

        // A disputing claim found FALSE disputes nothing: it leaves the count and the list.
        String refuted = first.get(0);
        String etag = given().get("/api/claims/" + refuted).then().extract().header("ETag");
        given().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of("verdict", "FALSE"))
                .patch("/api/claims/" + refuted).then().statusCode(200);
        given().get("/api/claims/" + disputed).then().body("disputedByCount", equalTo(total - 1))
                .body("disputedBy", hasSize(Disputes.LISTED)).body("disputedBy.id", not(org.hamcrest.Matchers.hasItem(refuted)));
        // Each disputing claim is disputed by one claim, the same in a list of claims.
        given().queryParam("metric", metric).queryParam("limit", 100).get("/api/claims").then().statusCode(200)
                .body("items.find { it.id == '" + disputed + "' }.disputedByCount", equalTo(total - 1))
                .body("items.find { it.id == '" + disputed + "' }.disputedBy", hasSize(Disputes.LISTED))
                .body("items.find { it.id == '" + disputers.get(5) + "' }.disputedByCount", equalTo(1))
                .body("items.find { it.id == '" + disputers.get(5) + "' }.disputedBy[0].id", equalTo(disputed));

        // The console names the first ones and the count; the widget names five and counts the rest.
        given().queryParam("lang", "en").get("/claims/" + disputed).then().statusCode(200)
                .body(containsString("(" + (total - 1) + " in all: every one is under Links)"));
        given().queryParam("lang", "en").get("/embed/claims/" + disputed).then().statusCode(200)
                .body(containsString("and " + (total - 1 - 5) + " more claims"));
        given().queryParam("lang", "en").get("/embed/claims/" + disputers.get(5)).then().statusCode(200)
                .body(containsString("Disputed by")).body(not(containsString("more claim")));
    }

    @Test
    void shouldPageTheLinksOfAClaimOnItsConsolePage() {
        String metric = Fixtures.metric(unique("fee"), "MONEY", false);
        String claim = claim(metric, 100);
        int count = Integer.parseInt(io.crosscheck.console.ConsoleResource.LINKS_PAGE) + 1;
        for (int i = 0; i < count; i++) {
            contradicts(claim(metric, 1 + i), claim);
        }
        String first = given().queryParam("lang", "en").get("/claims/" + claim).then().statusCode(200)
                .body(containsString("(" + count + " in all: every one is under Links)"))
                .body(containsString("rel=\"next\"")).extract().asString();
        String next = org.jsoup.Jsoup.parse(first).selectFirst("a[rel=next]").attr("href");
        assertEquals(Integer.parseInt(io.crosscheck.console.ConsoleResource.LINKS_PAGE),
                org.jsoup.Jsoup.parse(first).select("ul.links > li").size());
        String second = given().get(next.replace("#links", "")).then().statusCode(200)
                .body(not(containsString("rel=\"next\""))).extract().asString();
        assertEquals(1, org.jsoup.Jsoup.parse(second).select("ul.links > li").size());
    }
}
