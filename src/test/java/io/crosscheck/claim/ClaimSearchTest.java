package io.crosscheck.claim;

import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GET /api/claims?q=: full-text search on PostgreSQL (tsvector) and H2 (term table) alike. Every test
 * works inside a subject of its own, so claims written by other tests never get in the way.
 */
@QuarkusTest
class ClaimSearchTest {

    private String subject;
    private String metric;

    @BeforeEach
    void setUp() {
        subject = Fixtures.entity(unique("Search"));
        metric = Fixtures.metric(unique("cost"), "MONEY", false);
    }

    private String claim(String statement, String figure, String scope, String language) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subject);
        body.put("metricId", metric);
        body.put("figure", Map.of("text", figure, "lang", "fr"));
        body.put("statement", statement);
        body.put("scope", scope);
        body.put("language", language);
        return Fixtures.post("/api/claims", body);
    }

    private List<String> search(String q) {
        return given().queryParam("subject", subject).queryParam("q", q).get("/api/claims").then().statusCode(200)
                .extract().path("items.id");
    }

    @ParameterizedTest(name = "q={0}")
    @CsvSource(delimiter = '|', value = {
        "elevé", "ÉLEVÉ", "eleve", "Élevé", "MILLIARD", "milliards", "coût", "COUT", "\"coût élevé\"",
        "introuvablezz or élevé", "subventions", "1,6", "coût élevé milliard"})
    void shouldFindAFrenchClaimWhateverTheAccentsCaseAndPlural(String q) {
        String id = claim("Un coût élevé pour l'entreprise.", "1,6 milliard $", "hors subventions publiques", "fr");
        assertEquals(List.of(id), search(q), q);
        given().queryParam("subject", subject).queryParam("q", q).queryParam("sort", "relevance").get("/api/claims")
                .then().statusCode(200).body("items.id", contains(id));
    }

    @ParameterizedTest(name = "q={0}")
    @CsvSource(delimiter = '|', value = {"leve", "zzzunknownword", "coût -élevé", "-élevé", "\"!!!\"", "%_\\", "de"})
    void shouldFindNothingForOtherWordsPartsOfWordsAndExcludedWords(String q) {
        claim("Un coût élevé de 1,6 milliard.", "1,6 milliard $", null, "fr");
        assertEquals(List.of(), search(q), q);
    }

    /**
     * Letters beyond Latin-1 fold too (PostgreSQL's crosscheck_fold reads them in a second pass, V28, only
     * when the text holds one): each query finds the claim written with the accents, and the reverse.
     */
    @ParameterizedTest(name = "q={0} finds the {1} claim")
    @CsvSource(delimiter = '|', value = {
        "lodz|accented", "ŁÓDŹ|accented", "nguyen|accented", "Nguyễn|accented", "stefan|accented",
        "ȘTEFAN|accented", "aeroskobing|accented", "dvorak|accented", "Dvořák|accented", "sisli|accented",
        "ŞIŞLI|accented", "zürich|plain", "ḩalmstad|plain", "Ōslo|plain"})
    void shouldFoldLettersBeyondLatin1InBothDirections(String q, String which) {
        String accented = claim("Łódź, Nguyễn, Ștefan, Ærøskøbing, Dvořák, Şişli.", "3 millions $", null, "pl");
        String plain = claim("Zurich, Halmstad, Oslo.", "3 millions $", null, "pl");
        assertEquals(List.of(which.equals("plain") ? plain : accented), search(q), q);
    }

    @Test
    void shouldStemEnglishAndFoldSpanishClaimsInTheirLanguages() {
        String english = claim("The training costs were higher than announced.", "6 millions $", null, "en-GB");
        String spanish = claim("Según el informe, el gasto fue menor.", "5 millions $", null, "es");
        assertEquals(List.of(english), search("COST"));
        assertEquals(List.of(english), search("training"));
        assertEquals(List.of(spanish), search("segun informe"));
        assertEquals(List.of(english, spanish), search("announced or informe"));
    }

    @Test
    void shouldFollowTheClaimWhenItsTextChangesAndForgetItWhenDeleted() {
        String id = claim("Une dépense modeste.", "3 millions $", null, "fr");
        assertEquals(List.of(id), search("modeste"));
        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"statement\": \"Une dépense colossale.\"}")
                .patch("/api/claims/" + id).then().statusCode(200);
        assertEquals(List.of(), search("modeste"));
        assertEquals(List.of(id), search("colossale"));
        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"verdict\": \"DISPUTED\"}")
                .patch("/api/claims/" + id).then().statusCode(200);
        assertEquals(List.of(id), search("colossale"), "a change that leaves the text alone keeps the claim findable");
        given().header("If-Match", "\"2\"").delete("/api/claims/" + id).then().statusCode(204);
        assertEquals(List.of(), search("colossale"));
    }

    @Test
    void shouldFindWordsBetweenAngleBracketsWhichPostgresqlWouldReadAsMarkup() {
        String id = claim("<script>alert(1)</script> <b>budget</b>", "3 millions $", null, "fr");
        assertEquals(List.of(id), search("alert"));
        assertEquals(List.of(id), search("budget"));
    }

    @Test
    void shouldCombineTheSearchWithTheOtherFilters() {
        String disputed = claim("Un budget record.", "3 millions $", null, "fr");
        claim("Un budget record aussi.", "4 millions $", null, "fr");
        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"verdict\": \"DISPUTED\"}")
                .patch("/api/claims/" + disputed).then().statusCode(200);
        given().queryParam("subject", subject).queryParam("metric", metric).queryParam("verdict", "DISPUTED")
                .queryParam("lang", "fr").queryParam("q", "budget").get("/api/claims").then().statusCode(200)
                .body("items.id", contains(disputed));
        given().queryParam("metric", metric).queryParam("q", "budget").get("/api/claims").then().statusCode(200)
                .body("items", hasSize(2));
    }

    @Test
    void shouldPageThroughEveryMatchOnceInIdOrder() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(claim("Un rapport annuel numéro " + i + ".", "3 millions $", null, "fr"));
        }
        claim("Autre chose.", "3 millions $", null, "fr");
        assertEquals(ids, walk(Map.of("q", "annuel"), 2, 3));
    }

    @Test
    void shouldRankBetterMatchesFirstAndPageByRankWithoutLosingOrRepeatingAny() {
        String once = claim("Une hausse.", "3 millions $", null, "fr");
        String thrice = claim("Une hausse, puis une hausse, encore une hausse.", "3 millions $", null, "fr");
        String twice = claim("Une hausse et une autre hausse.", "3 millions $", null, "fr");
        String tie = claim("Une hausse.", "4 millions $", null, "fr");
        List<String> ranked = walk(Map.of("q", "hausse", "sort", "relevance"), 1, 4);
        assertEquals(List.of(thrice, twice, once, tie), ranked);
    }

    @Test
    void shouldRefuseABadSearchSortOrCursorWithTheFieldAtFault() {
        problem(given().queryParam("q", "a\u0000b").get("/api/claims").then(), 400).body("errors[0].field", equalTo("q"));
        problem(given().queryParam("q", "x".repeat(501)).get("/api/claims").then(), 400)
                .body("errors[0].field", equalTo("q"));
        problem(given().queryParam("sort", "newest").get("/api/claims").then(), 400).body("errors[0].field", equalTo("sort"));
        problem(given().queryParam("sort", "relevance").get("/api/claims").then(), 400)
                .body("errors[0].field", equalTo("sort"));
        claim("Un total.", "3 millions $", null, "fr");
        claim("Un total encore.", "3 millions $", null, "fr");
        String byId = given().queryParam("subject", subject).queryParam("limit", 1).get("/api/claims").then()
                .extract().path("next");
        String byRank = given().queryParam("subject", subject).queryParam("q", "total").queryParam("sort", "relevance")
                .queryParam("limit", 1).get("/api/claims").then().extract().path("next");
        problem(given().queryParam("q", "total").queryParam("sort", "relevance").queryParam("cursor", byId)
                .get("/api/claims").then(), 400).body("errors[0].field", equalTo("cursor"));
        problem(given().queryParam("cursor", byRank).get("/api/claims").then(), 400)
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("q", "   ").queryParam("subject", subject).get("/api/claims").then().statusCode(200)
                .body("items", hasSize(2));
    }

    /** Follows {@code next} cursors in this test's subject; returns the ids seen, in order, checking there are no repeats. */
    private List<String> walk(Map<String, String> params, int limit, int maxPages) {
        List<String> seen = new ArrayList<>();
        Set<String> unique = new LinkedHashSet<>();
        String cursor = null;
        for (int page = 0; page <= maxPages; page++) {
            var request = given().queryParam("subject", subject).queryParam("limit", limit).queryParams(params);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response r = request.get("/api/claims");
            r.then().statusCode(200);
            List<String> ids = r.path("items.id");
            seen.addAll(ids);
            unique.addAll(ids);
            cursor = r.path("next");
            if (cursor == null) {
                assertEquals(seen.size(), unique.size(), "no claim twice: " + seen);
                return seen;
            }
        }
        throw new AssertionError("more than " + maxPages + " pages: " + seen);
    }
}
