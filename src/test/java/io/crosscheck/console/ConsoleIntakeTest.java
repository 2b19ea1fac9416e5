package io.crosscheck.console;

import static io.crosscheck.Fixtures.anonymous;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The intake desk as a browser posts it: paste a text, review its highlighted candidates, accept one, reject one. */
@QuarkusTest
class ConsoleIntakeTest {

    @Test
    void anEditorPastesATextAndReviewsItsCandidates() {
        String acme = unique("Acme");
        Fixtures.entity(acme);
        String globex = unique("Globex");
        Fixtures.post("/api/entities", Map.of("name", globex, "kind", "PUBLICATION"));
        String pretraining = unique("pretraining");
        Fixtures.post("/api/metrics", Map.of("key", pretraining, "labelEn", "Pretraining cost", "dimension", "MONEY",
                "triggers", Map.of("en", List.of(pretraining))));
        String farms = unique("farms");
        Fixtures.post("/api/metrics", Map.of("key", farms, "labelEn", "Server farm spend", "dimension", "MONEY",
                "triggers", Map.of("en", List.of(farms))));
        String text = acme + " said its " + pretraining + " cost $5 million. <b>Not markup</b> According to " + globex
                + ", " + acme + " spent $1.6 billion on " + farms + ".";

        // Not signed in: the intake sends the browser to sign in, and back.
        anonymous().redirects().follow(false).get("/intake").then().statusCode(303)
                .header("Location", containsString("/signin?next=%2Fintake"));
        String session = ConsoleSessionsForTests.signIn(Fixtures.ADMIN_KEY);
        String csrf = ConsoleSessionsForTests.csrf(session);
        anonymous().cookie("crosscheck_session", session).get("/intake?lang=en").then().statusCode(200)
                .body(containsString("action=\"/intake\"")).body(containsString("name=\"text\""));
        // A form without its CSRF token is refused.
        form(session, null).formParam("url", "https://" + unique("news") + ".example/a").formParam("text", text)
                .formParam("title", "News").formParam("publisher", "The Daily").formParam("language", "en")
                .post("/intake").then().statusCode(403);

        String url = "https://" + unique("news") + ".example/a";
        String location = form(session, csrf).formParam("url", url).formParam("text", text).formParam("title", "News")
                .formParam("publisher", "The Daily").formParam("language", "en").formParam("lang", "en")
                .post("/intake").then().statusCode(303).extract().header("Location").replaceFirst("^https?://[^/]+", "");
        Assertions.assertTrue(location.matches("/intake/sources/[0-9a-f-]{36}\\?done=candidates-proposed&lang=en"), location);
        String sourceId = location.replaceAll(".*/intake/sources/([^?]+).*", "$1");
        List<Map<String, Object>> candidates = given().queryParam("source", sourceId).get("/api/candidates").then()
                .statusCode(200).extract().jsonPath().getList("items");
        Assertions.assertEquals(2, candidates.size(), candidates.toString());
        candidates = candidates.stream().sorted(Comparator.comparingInt(c -> (Integer) ((Map<?, ?>) c.get("figure"))
                .get("start"))).toList();
        String first = (String) candidates.get(0).get("id");
        String second = (String) candidates.get(1).get("id");

        String page = anonymous().cookie("crosscheck_session", session).get(location).then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        Assertions.assertTrue(page.contains("role=\"status\">Source stored"), "feedback");
        Assertions.assertTrue(page.contains("<mark id=\"mark-" + first + "\"><a href=\"#candidate-" + first
                + "\">$5 million</a>"), "the first figure highlighted");
        Assertions.assertTrue(page.contains("<mark id=\"mark-" + second + "\"><a href=\"#candidate-" + second
                + "\">$1.6 billion</a>"), "the second figure highlighted");
        Assertions.assertTrue(page.contains("&lt;b&gt;Not markup&lt;/b&gt;") && !page.contains("<b>Not markup"),
                "the text is escaped");
        Assertions.assertTrue(page.contains("id=\"subject-" + first + "\" name=\"subject\" list=\"entities\" value=\""
                + acme + "\""), "subject prefilled");
        Assertions.assertTrue(page.contains("id=\"metric-" + first + "\" name=\"metric\" list=\"metrics\" value=\""
                + pretraining + "\""), "metric prefilled");

        // A refused acceptance shows the page again with why; the candidate stays proposed.
        form(session, csrf).formParam("subject", "nobody-" + acme).formParam("metric", pretraining)
                .formParam("lang", "en").post("/intake/candidates/" + first + "/accept").then().statusCode(422)
                .body(containsString("class=\"problem\"")).body(containsString("subject"));
        given().get("/api/candidates/" + first).then().body("state", equalTo("PROPOSED"));

        // Accept with the inferred names: a claim exists, the page links it and the review queue.
        String accepted = form(session, csrf).formParam("subject", acme).formParam("metric", pretraining)
                .formParam("claimant", "").formParam("lang", "en").post("/intake/candidates/" + first + "/accept")
                .then().statusCode(303).extract().header("Location").replaceFirst("^https?://[^/]+", "");
        Assertions.assertTrue(accepted.startsWith("/intake/sources/" + sourceId + "?done=candidate-accepted&claim="),
                accepted);
        String claimId = accepted.replaceAll(".*claim=([0-9a-f-]{36}).*", "$1");
        given().get("/api/claims/" + claimId).then().statusCode(200).body("subject.name", equalTo(acme))
                .body("figure.text", equalTo("$5 million"));
        given().get("/api/candidates/" + first).then().body("state", equalTo("ACCEPTED")).body("claimId", equalTo(claimId));
        String after = anonymous().cookie("crosscheck_session", session).get(accepted).then().statusCode(200).extract()
                .asString();
        Assertions.assertTrue(after.contains("Candidate accepted: a new claim."), "feedback");
        Assertions.assertTrue(after.contains("href=\"/claims/" + claimId + "?lang=en\""), "link to the claim");
        Assertions.assertTrue(after.contains("href=\"/conflicts?lang=en\""), "link to the queue");
        Assertions.assertFalse(after.contains("mark-" + first), "an accepted candidate is no longer highlighted");

        // Reject: a reason is required, then the candidate is rejected with it.
        form(session, csrf).formParam("reason", " ").formParam("lang", "en")
                .post("/intake/candidates/" + second + "/reject").then().statusCode(400);
        String rejected = form(session, csrf).formParam("reason", "A buildout, not this dossier").formParam("lang", "fr")
                .post("/intake/candidates/" + second + "/reject").then().statusCode(303).extract().header("Location").replaceFirst("^https?://[^/]+", "");
        Assertions.assertEquals("/intake/sources/" + sourceId + "?done=candidate-rejected&lang=fr", rejected);
        given().get("/api/candidates/" + second).then().body("state", equalTo("REJECTED"))
                .body("reason", equalTo("A buildout, not this dossier"));
        String french = anonymous().cookie("crosscheck_session", session).get(rejected).then().statusCode(200).extract()
                .asString();
        Assertions.assertTrue(french.contains("Candidat rejeté.") && french.contains("Aucun chiffre à examiner"), "French page");
        Assertions.assertFalse(french.contains("<mark"), "nothing left to highlight");
        // Deciding twice: 409, as a page.
        form(session, csrf).formParam("reason", "again").post("/intake/candidates/" + second + "/reject").then()
                .statusCode(409);
    }

    @Test
    void aReadOnlySessionMayNotUseTheIntake() {
        String reader = ConsoleSessionsForTests.signIn(Fixtures.key("READER"));
        anonymous().cookie("crosscheck_session", reader).get("/intake").then().statusCode(403);
        anonymous().cookie("crosscheck_session", reader).contentType(ContentType.URLENC)
                .formParam("url", "https://example.org/x").post("/intake").then().statusCode(403);
    }

    private static RequestSpecification form(String session, String csrf) {
        RequestSpecification spec = anonymous().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("crosscheck_session", session);
        return csrf == null ? spec : spec.formParam("csrf", csrf);
    }
}
