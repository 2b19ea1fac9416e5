package io.crosscheck.extraction;

import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Claim candidates through the API: proposed for a source, reviewed, accepted (or attached), rejected. */
@QuarkusTest
class CandidateResourceTest {

    /** A small dossier with unique names: a company, a newspaper and two money metrics with their trigger words. */
    private record Dossier(String acme, String acmeId, String globex, String globexId, String pretraining,
            String pretrainingId, String farms, String farmsId) {
    }

    private static Dossier dossier() {
        String acme = unique("Acme");
        String globex = unique("Globex");
        String pretraining = unique("pretraining");
        String farms = unique("farms");
        return new Dossier(acme, Fixtures.entity(acme), globex,
                Fixtures.post("/api/entities", Map.of("name", globex, "kind", "PUBLICATION")), pretraining,
                Fixtures.post("/api/metrics", Map.of("key", pretraining, "labelEn", "Pretraining cost",
                        "dimension", "MONEY", "triggers", Map.of("en", List.of(pretraining)))),
                farms, Fixtures.post("/api/metrics", Map.of("key", farms, "labelEn", "Server farm spend",
                        "dimension", "MONEY", "triggers", Map.of("en", List.of(farms)))));
    }

    private static String source(String text) {
        return source(text, null);
    }

    private static String source(String text, String topic) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("url", "https://" + unique("news") + ".example/a",
                "title", "News", "publisher", "The Daily", "language", "en", "text", text));
        if (topic != null) {
            body.put("topic", topic);
        }
        return Fixtures.post("/api/sources", body);
    }

    private static JsonPath propose(String source) {
        String job = given().post("/api/sources/" + source + "/candidates").then().statusCode(202)
                .header("Location", containsString("/api/jobs/")).extract().header("Location");
        JsonPath done = Fixtures.awaitJob(job);
        Assertions.assertEquals("SUCCEEDED", done.getString("state"), done.prettify());
        return done;
    }

    private static List<Map<String, Object>> candidates(String source) {
        return given().queryParam("source", source).queryParam("limit", 100).get("/api/candidates").then()
                .statusCode(200).extract().jsonPath().getList("items");
    }

    @Test
    void shouldProposeCandidatesWithInferredSubjectMetricClaimantAndOffsets() {
        Dossier d = dossier();
        String text = d.acme + " said its " + d.pretraining + " cost $5 million. According to " + d.globex + ", " + d.acme
                + " spent $1.6 billion on " + d.farms + ".\n\nThe weather was mild.";
        String source = source(text);
        JsonPath job = propose(source);
        Assertions.assertEquals(2, job.getInt("result.created"), job.prettify());
        List<Map<String, Object>> found = candidates(source);
        Assertions.assertEquals(2, found.size());
        JsonPath first = new JsonPath(io.restassured.path.json.JsonPath.from(toJson(found.get(0))).prettify());
        Assertions.assertEquals("$5 million", first.getString("figure.text"));
        Assertions.assertEquals(d.acmeId, first.getString("subject.id"));
        Assertions.assertEquals(d.acme, first.getString("subject.name"));
        Assertions.assertEquals(d.pretrainingId, first.getString("metric.id"));
        Assertions.assertEquals(d.acmeId, first.getString("claimant.id"));
        Assertions.assertEquals("PROPOSED", first.getString("state"));
        Assertions.assertTrue(first.getDouble("confidence") >= 0.8, first.prettify());
        Assertions.assertEquals(first.getString("figure.text"),
                text.substring(first.getInt("figure.start"), first.getInt("figure.end")));
        Assertions.assertEquals(first.getString("quote"), text.substring(first.getInt("quoteStart"), first.getInt("quoteEnd")));
        JsonPath second = JsonPath.from(toJson(found.get(1)));
        Assertions.assertEquals(d.acmeId, second.getString("subject.id"));
        Assertions.assertEquals(d.farmsId, second.getString("metric.id"));
        Assertions.assertEquals(d.globexId, second.getString("claimant.id"));
        Assertions.assertEquals("on " + d.farms, second.getString("scope"));
        // proposing again adds nothing
        JsonPath again = propose(source);
        Assertions.assertEquals(0, again.getInt("result.created"));
        Assertions.assertEquals(2, again.getInt("result.existing"));
    }

    @Test
    void shouldAcceptIntoAClaimThenAttachADuplicateAsAnAppearanceAndRaiseConflicts() {
        Dossier d = dossier();
        // an existing claim the accepted one contradicts
        String older = given().contentType(ContentType.JSON).body(Map.of("subject", d.acme, "metric", d.pretraining,
                "figure", Map.of("text", "$40 million", "lang", "en"), "statement", "It cost $40 million.",
                "language", "en")).post("/api/claims").then().statusCode(201).extract().path("id");
        String text = d.acme + " said its " + d.pretraining + " cost $5 million.";
        String source = source(text);
        propose(source);
        String candidate = (String) candidates(source).get(0).get("id");
        String claim = given().contentType(ContentType.JSON).body("{}").post("/api/candidates/" + candidate + "/accept")
                .then().statusCode(201).header("Location", containsString("/api/claims/"))
                .body("candidate.state", equalTo("ACCEPTED")).body("candidate.attached", equalTo(false))
                .body("claim.subject.id", equalTo(d.acmeId)).body("claim.metric.id", equalTo(d.pretrainingId))
                .body("claim.claimant.id", equalTo(d.acmeId)).body("claim.figure.value", equalTo(5000000))
                .body("claim.appearances[0].quote", equalTo(text)).body("claim.appearances[0].start", equalTo(0))
                .body("claim.appearances[0].end", equalTo(text.length()))
                .extract().path("claim.id");
        given().get("/api/candidates/" + candidate).then().statusCode(200).body("claimId", equalTo(claim))
                .body("decidedBy", notNullValue());
        problem(given().contentType(ContentType.JSON).body("{}").post("/api/candidates/" + candidate + "/accept").then(), 409);
        Fixtures.awaitDetection();
        given().get("/api/claims/" + claim + "/links").then().statusCode(200)
                .body("items.findAll { it.from.id == '" + older + "' || it.to.id == '" + older + "' }", hasSize(1));

        // the same figure, subject, metric and claimant in another article: a new appearance, not a new claim
        String other = source("Yesterday " + d.acme + " said its " + d.pretraining + " cost $5 million, a record.");
        propose(other);
        String duplicate = (String) candidates(other).get(0).get("id");
        given().contentType(ContentType.JSON).post("/api/candidates/" + duplicate + "/accept").then().statusCode(200)
                .body("candidate.attached", equalTo(true)).body("claim.id", equalTo(claim))
                .body("claim.appearances", hasSize(2));
    }

    @Test
    void shouldRejectWithAReasonAndRefuseBadOverrides() {
        Dossier d = dossier();
        String source = source(d.acme + " said its " + d.pretraining + " cost $5 million.");
        propose(source);
        String candidate = (String) candidates(source).get(0).get("id");
        problem(given().contentType(ContentType.JSON).body(Map.of("subject", unique("Nobody")))
                .post("/api/candidates/" + candidate + "/accept").then(), 422).body("errors[0].field", equalTo("subject"));
        problem(given().contentType(ContentType.JSON).body(Map.of("metric", "headcount"))
                .post("/api/candidates/" + candidate + "/accept").then(), 422).body("errors[0].field", equalTo("metric"));
        problem(given().contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/candidates/" + candidate + "/reject").then(), 400);
        given().contentType(ContentType.JSON).body(Map.of("reason", "a forecast, not a cost"))
                .post("/api/candidates/" + candidate + "/reject").then().statusCode(200)
                .body("state", equalTo("REJECTED")).body("reason", equalTo("a forecast, not a cost"));
        problem(given().contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/candidates/" + candidate + "/reject").then(), 409);
        given().queryParam("source", source).queryParam("state", "REJECTED").get("/api/candidates").then()
                .body("items", hasSize(1));
        given().queryParam("source", source).queryParam("state", "PROPOSED").get("/api/candidates").then()
                .body("items", empty());
        given().queryParam("source", "https://" + unique("none") + ".example/").get("/api/candidates").then()
                .statusCode(200).body("items", empty());
        problem(given().queryParam("state", "MAYBE").get("/api/candidates").then(), 400);
        problem(Fixtures.as(Fixtures.key("READER")).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/candidates/" + candidate + "/reject").then(), 403);
    }

    @Test
    void shouldAcceptTheConfidentOnesInBulkAndOverrideTheOthers() {
        Dossier d = dossier();
        String topic = unique("topic");
        Fixtures.post("/api/topics", Map.of("slug", topic, "title", "T"));
        String text = d.acme + " said its " + d.pretraining + " cost $7 million.\n\nThe stadium seats 40,000 fans and cost $300 million.";
        String source = source(text, topic);
        propose(source);
        given().contentType(ContentType.JSON).body(Map.of("source", source, "minConfidence", 0.8))
                .post("/api/candidates/accept").then().statusCode(200)
                .body("accepted", equalTo(1)).body("failed", empty()).body("claims", hasSize(1));
        List<Map<String, Object>> left = given().queryParam("source", source).queryParam("state", "PROPOSED")
                .get("/api/candidates").then().extract().jsonPath().getList("items");
        Assertions.assertFalse(left.isEmpty());
        Map<String, Object> money = left.stream().filter(c -> ((Map<?, ?>) c.get("figure")).get("text").equals("$300 million"))
                .findFirst().orElseThrow();
        given().contentType(ContentType.JSON).body(Map.of("subject", d.acme, "metric", d.farms, "claimant", "",
                        "statement", "The stadium cost $300 million."))
                .post("/api/candidates/" + money.get("id") + "/accept").then().statusCode(201)
                .body("claim.metric.key", equalTo(d.farms)).body("claim.claimant", org.hamcrest.Matchers.nullValue())
                .body("claim.statement", equalTo("The stadium cost $300 million."));
        given().queryParam("state", "ACCEPTED").queryParam("source", source).get("/api/candidates").then()
                .body("items", hasSize(2)).body("items.state", everyItem(equalTo("ACCEPTED")));
        given().queryParam("limit", 1).get("/api/candidates").then().statusCode(200).body("items", hasSize(1))
                .body("next", notNullValue());
        given().queryParam("topic", unique("no-topic")).get("/api/candidates").then().body("items", empty());
        given().queryParam("topic", topic).queryParam("limit", 100).get("/api/candidates").then()
                .body("items.sourceId", everyItem(equalTo(source))).body("items.size()", greaterThanOrEqualTo(2));
    }

    @Test
    void shouldProposeCandidatesWhenAFetchStoresAPage() {
        Dossier d = dossier();
        io.crosscheck.web.TestSite site = io.crosscheck.web.TestSite.get();
        String path = "/" + unique("article");
        String filler = "<p>Analysts have followed the company for years and its plans were widely discussed in the "
                + "industry press, with several reports describing the project and the people working on it.</p>";
        site.text(path, "text/html; charset=utf-8", "<!doctype html><html lang=\"en\"><head><title>Costs</title>"
                + "<meta property=\"og:site_name\" content=\"" + d.globex + "\"></head><body><nav>Home | World</nav>"
                + "<article><h1>What it cost</h1>" + filler + "<p>" + d.acme + " said its " + d.pretraining
                + " cost $5 million.</p>" + filler + filler + "</article><footer>© 2025</footer></body></html>");
        String job = given().contentType(ContentType.JSON).body(Map.of("url", site.url(path))).post("/api/sources")
                .then().statusCode(202).extract().header("Location");
        JsonPath done = Fixtures.awaitJob(job);
        Assertions.assertEquals("SUCCEEDED", done.getString("state"), done.prettify());
        String source = done.getString("result.sourceId");
        List<Map<String, Object>> found = candidates(source);
        Assertions.assertEquals(1, found.size(), found.toString());
        JsonPath candidate = JsonPath.from(toJson(found.get(0)));
        Assertions.assertEquals("$5 million", candidate.getString("figure.text"));
        Assertions.assertEquals(d.acmeId, candidate.getString("subject.id"));
        Assertions.assertEquals(d.pretrainingId, candidate.getString("metric.id"));
    }

    private static String toJson(Object o) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(o);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
