package io.crosscheck.console;

import static io.crosscheck.Fixtures.anonymous;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The console's desk pages and forms, as a browser posts them (session cookie, CSRF token, 303). */
@QuarkusTest
class ConsoleDeskTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void everyConsolePageAnswersHtmlToABrowser() {
        String slug = Fixtures.unique("desk");
        Fixtures.post("/api/topics", Map.of("slug", slug, "title", "Dossier " + slug));
        for (String path : List.of("/", "/topics", "/claims/new", "/claims", "/conflicts")) {
            anonymous().accept(BROWSER).get(path).then().statusCode(200).contentType(startsWith("text/html"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        }
        // The topic index is built from the data: any topic is reachable, not one hard-coded dossier.
        anonymous().accept(BROWSER).queryParam("q", slug).get("/topics").then().statusCode(200)
                .body(containsString("/topics/" + slug + "?lang="));
        given().accept(BROWSER).get("/").then().body(containsString("href=\"/topics?lang=")) 
                .body(not(containsString("/topics/deepseek-costs?lang=fr\">deepseek-costs")));
    }

    @Test
    void errorsAreHtmlForBrowsersAndProblemJsonForApiClients() {
        String missing = "/claims/0190b8f0-0000-7000-8000-000000000000";
        anonymous().accept(BROWSER).queryParam("lang", "fr").get(missing).then().statusCode(404)
                .contentType(startsWith("text/html")).body(containsString("Cette page n&#39;existe pas"))
                .body(containsString("<html lang=\"fr\">"));
        // A page asked for as JSON: the page has no JSON form (406), said in problem+json.
        anonymous().accept(ContentType.JSON).get(missing).then().statusCode(406)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(406));
        anonymous().get(missing).then().statusCode(404).contentType(startsWith("application/problem+json"));
        anonymous().accept(BROWSER).get("/claims/not-an-id").then().statusCode(400).contentType(startsWith("text/html"));
        // The API stays JSON even for a browser.
        anonymous().accept(BROWSER).get("/api/claims/not-an-id").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        // A read-only session posting a form: 403 as a page.
        String reader = ConsoleSessionsForTests.signIn(Fixtures.key("READER"));
        anonymous().accept(BROWSER).cookie("crosscheck_session", reader).contentType(ContentType.URLENC)
                .formParam("slug", "x").formParam("title", "x").post("/topics").then().statusCode(403)
                .contentType(startsWith("text/html"));
    }

    @Test
    void frenchPagesShowNoRawCodesAndTheLanguageSwitchKeepsFilters() {
        String subject = Fixtures.entity(Fixtures.unique("Club"));
        String metric = Fixtures.metric(Fixtures.unique("fee"), "MONEY", false);
        String a = ConsolePagesTest.claim(subject, metric, 10);
        ConsolePagesTest.claim(subject, metric, 40);
        Fixtures.awaitDetection();
        String link = given().queryParam("claim", a).get("/api/links").then().extract().path("items[0].id");
        String session = ConsoleSessionsForTests.signIn(Fixtures.ADMIN_KEY);
        String csrf = ConsoleSessionsForTests.csrf(session);
        anonymous().redirects().follow(false).contentType(ContentType.URLENC).cookie("crosscheck_session", session)
                .formParam("csrf", csrf).formParam("fromVerdict", "SUPPORTED").formParam("lang", "fr")
                .post("/conflicts/" + link + "/confirm").then().statusCode(303);
        String claimPage = anonymous().queryParam("lang", "fr").get("/claims/" + a).then().statusCode(200).extract().asString();
        Assertions.assertTrue(claimPage.contains(">Confirmé</span>"), "verdict in French");
        Assertions.assertTrue(claimPage.contains(">contredit</span>") && claimPage.contains(">confirmé</span>"),
                "link type and state in French");
        for (String raw : List.of(">SUPPORTED<", ">CONTRADICTS<", ">CONFIRMED<", ">PROPOSED<", ">UNREVIEWED<")) {
            Assertions.assertFalse(claimPage.contains(raw), "no raw code " + raw + " in the French page");
        }
        // The rationale follows the reader: the stored sentence is French (the claims are), the English page reads English.
        String en = anonymous().queryParam("lang", "en").get("/claims/" + a).then().extract().asString();
        Assertions.assertTrue(en.contains("same subject, same metric") && !en.contains("même sujet"), "English rationale");
        Assertions.assertTrue(claimPage.contains("même sujet, même métrique"), "French rationale");
        String queue = anonymous().queryParam("lang", "fr").queryParam("state", "CONFIRMED").get("/conflicts").then()
                .extract().asString();
        Assertions.assertFalse(queue.contains(">PROPOSED<") || queue.contains(">CONTRADICTS<"), "queue in French");
        // FR/EN switch: same page, same filters.
        String list = anonymous().queryParam("lang", "fr").queryParam("q", "transfert coûté").queryParam("verdict", "SUPPORTED")
                .get("/claims").then().statusCode(200).extract().asString();
        Assertions.assertTrue(list.contains("href=\"/claims?lang=en&amp;q=transfert+co%C3%BBt%C3%A9&amp;verdict=SUPPORTED\""),
                "the EN link keeps the search: " + list.substring(list.indexOf("class=\"langs\""), list.indexOf("class=\"langs\"") + 300));
    }

    @Test
    void countedUnitsReadInThePagesLanguage() {
        String subject = Fixtures.entity(Fixtures.unique("Firm"));
        String metric = Fixtures.metric(Fixtures.unique("headcount"), "COUNT", false);
        String id = Fixtures.post("/api/claims", Map.of("subjectId", subject, "metricId", metric, "language", "en",
                "statement", "The firm employs 1,200 people.", "figure", Map.of("text", "1,200 people", "lang", "en")));
        String slug = Fixtures.unique("staff");
        Fixtures.post("/api/topics", Map.of("slug", slug, "title", "Staff", "claimIds", List.of(id)));
        String claimFr = anonymous().queryParam("lang", "fr").get("/claims/" + id).then().statusCode(200).extract().asString();
        Assertions.assertTrue(claimFr.contains("personnes"), "French unit on the French claim page");
        Assertions.assertFalse(claimFr.contains(" person<"), "no raw unit code (the figure as written keeps its words)");
        String topicFr = anonymous().queryParam("lang", "fr").get("/topics/" + slug).then().statusCode(200).extract().asString();
        Assertions.assertTrue(topicFr.contains("(personnes)") && !topicFr.contains("(person)"), "axis heading in French");
        anonymous().queryParam("lang", "en").get("/topics/" + slug).then().body(containsString("(people)"));
    }

    @Test
    void editorCreatesPreviewsEditsAndChangesTheVerdictOfAClaim() {
        String subjectName = Fixtures.unique("Desk Corp");
        Fixtures.entity(subjectName);
        String claimantName = Fixtures.unique("Analyst");
        Fixtures.entity(claimantName);
        String metricKey = Fixtures.unique("capex");
        Fixtures.metric(metricKey, "MONEY", false);
        String session = ConsoleSessionsForTests.signIn(Fixtures.ADMIN_KEY);
        String csrf = ConsoleSessionsForTests.csrf(session);
        // Preview: the form comes back with the figure as the parser reads it.
        form(session, csrf).formParam("subject", subjectName).formParam("metric", metricKey)
                .formParam("figureText", "1,6 milliard de dollars").formParam("figureLang", "fr").formParam("lang", "en")
                .post("/claims/preview").then().statusCode(200).body(containsString("class=\"preview-result\""))
                .body(containsString("1.6 billion")).body(containsString("value=\"" + subjectName + "\""));
        form(session, csrf).formParam("figureText", "H800").formParam("figureLang", "en").formParam("lang", "en")
                .post("/claims/preview").then().statusCode(200).body(containsString("Not read as a figure"));
        // A refused save shows the form again, with the field named.
        form(session, csrf).formParam("subject", "nobody-" + subjectName).formParam("metric", metricKey)
                .formParam("figureText", "10 M$").formParam("statement", "x").formParam("language", "fr")
                .formParam("lang", "en").post("/claims").then().statusCode(422)
                .body(containsString("id=\"subject-error\"")).body(containsString("value=\"10 M$\""));
        ExtractableResponse<Response> created = form(session, csrf).formParam("subject", subjectName)
                .formParam("metric", metricKey).formParam("claimant", claimantName)
                .formParam("figureText", "1,6 milliard de dollars").formParam("figureLang", "fr")
                .formParam("statement", "Desk Corp a investi 1,6 milliard de dollars.").formParam("language", "fr")
                .formParam("asOf", "2025-01-27").formParam("verdict", "UNREVIEWED").formParam("lang", "fr")
                .post("/claims").then().statusCode(303).extract();
        String location = created.header("Location");
        Assertions.assertTrue(location.contains("done=claim-created"), location);
        String id = location.replaceAll(".*/claims/([^?]+)\\?.*", "$1");
        given().get("/api/claims/" + id).then().statusCode(200).body("claimant.name", equalTo(claimantName))
                .body("figure.currency", equalTo("USD")).body("asOf", equalTo("2025-01-27"));
        anonymous().cookie("crosscheck_session", session).get(location).then().statusCode(200)
                .body(containsString("class=\"flash\" role=\"status\">Affirmation créée."));
        // Edit: a new figure text is parsed again; a stale version is refused.
        String edit = anonymous().cookie("crosscheck_session", session).get("/claims/" + id + "/edit?lang=en").then()
                .statusCode(200).body(containsString("name=\"version\" value=\"")).extract().asString();
        String version = edit.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        form(session, csrf).formParam("id", id).formParam("version", version).formParam("subject", subjectName)
                .formParam("metric", metricKey).formParam("claimant", claimantName).formParam("figureText", "2 milliards de dollars")
                .formParam("figureLang", "fr").formParam("statement", "Desk Corp a investi 2 milliards de dollars.")
                .formParam("language", "fr").formParam("lang", "en").post("/claims/" + id).then().statusCode(303)
                .header("Location", containsString("done=claim-saved"));
        given().get("/api/claims/" + id).then().body("figure.value", equalTo(2_000_000_000));
        form(session, csrf).formParam("id", id).formParam("version", version).formParam("subject", subjectName)
                .formParam("metric", metricKey).formParam("figureText", "3 milliards de dollars").formParam("figureLang", "fr")
                .formParam("statement", "x").formParam("language", "fr").formParam("lang", "en")
                .post("/claims/" + id).then().statusCode(412);
        // Verdict with a rationale (required), recorded in the history.
        form(session, csrf).formParam("verdict", "FALSE").formParam("rationale", " ").formParam("lang", "en")
                .post("/claims/" + id + "/verdict").then().statusCode(400);
        form(session, csrf).formParam("verdict", "FALSE").formParam("rationale", "The annual report says 1 billion.")
                .formParam("lang", "en").post("/claims/" + id + "/verdict").then().statusCode(303)
                .header("Location", containsString("done=verdict-changed"));
        given().get("/api/claims/" + id).then().body("verdict", equalTo("FALSE"))
                .body("verdictRationale", equalTo("The annual report says 1 billion."));
        anonymous().queryParam("lang", "en").get("/claims/" + id + "/history").then().statusCode(200)
                .body(containsString("verdictRationale")).body(containsString("The annual report says 1 billion."))
                .body(containsString("Created"));
    }

    @Test
    void editorLinksClaimsCreatesATopicAndUndoesADecision() {
        String subject = Fixtures.entity(Fixtures.unique("Club"));
        String metric = Fixtures.metric(Fixtures.unique("fee"), "MONEY", false);
        String a = ConsolePagesTest.claim(subject, metric, 10);
        String b = ConsolePagesTest.claim(subject, metric, 40);
        Fixtures.awaitDetection();
        String session = ConsoleSessionsForTests.signIn(Fixtures.ADMIN_KEY);
        String csrf = ConsoleSessionsForTests.csrf(session);
        String proposal = given().queryParam("claim", a).get("/api/links").then().extract().path("items[0].id");
        // The queue shows both claims' evidence side by side.
        anonymous().queryParam("lang", "en").get("/conflicts").then().body(containsString("class=\"pair-grid\""));
        form(session, csrf).formParam("rationale", "wrong pair").formParam("lang", "en")
                .post("/conflicts/" + proposal + "/dismiss").then().statusCode(303);
        anonymous().cookie("crosscheck_session", session).queryParam("state", "DISMISSED").queryParam("lang", "en")
                .get("/conflicts").then().body(containsString("Decided by")).body(containsString("/conflicts/" + proposal + "/reopen"));
        form(session, csrf).formParam("state", "DISMISSED").formParam("lang", "en").post("/conflicts/" + proposal + "/reopen")
                .then().statusCode(303).header("Location", containsString("done=reopened"));
        given().get("/api/links/" + proposal).then().body("state", equalTo("PROPOSED")).body("decidedBy", equalTo(null));
        // A manual link, by id or by the other claim's console address.
        String c = ConsolePagesTest.claim(subject, Fixtures.metric(Fixtures.unique("fee"), "MONEY", false), 7);
        form(session, csrf).formParam("from", a).formParam("to", "http://localhost/claims/" + c + "?lang=fr")
                .formParam("type", "CONTEXT").formParam("rationale", "autre métrique").formParam("lang", "fr")
                .post("/links").then().statusCode(303).header("Location", containsString("/claims/" + a));
        String manual = given().queryParam("claim", c).queryParam("type", "CONTEXT").get("/api/links").then()
                .extract().path("items.find { it.origin == 'MANUAL' }.id");
        anonymous().queryParam("lang", "fr").get("/links/" + manual).then().statusCode(200)
                .body(containsString("autre métrique")).body(containsString("Création"));
        // A topic.
        String slug = Fixtures.unique("dossier");
        form(session, csrf).formParam("slug", slug).formParam("title", "Un dossier").formParam("lang", "fr")
                .post("/topics").then().statusCode(303).header("Location", containsString("/topics/" + slug));
        given().get("/api/topics/" + slug).then().statusCode(200).body("title", equalTo("Un dossier"));
        form(session, csrf).formParam("slug", "Not A Slug").formParam("title", "x").post("/topics").then().statusCode(422);
        Assertions.assertNotNull(b);
    }

    @Test
    void formsNeedTheSessionsCsrfToken() {
        String session = ConsoleSessionsForTests.signIn(Fixtures.ADMIN_KEY);
        String slug = Fixtures.unique("csrf");
        form(session, "forged").formParam("slug", slug).formParam("title", "x").post("/topics").then().statusCode(403);
        given().get("/api/topics/" + slug).then().statusCode(404);
        anonymous().redirects().follow(false).contentType(ContentType.URLENC).formParam("slug", slug)
                .formParam("title", "x").post("/topics").then().statusCode(303)
                .header("Location", containsString("/signin"));
    }

    private static RequestSpecification form(String session, String csrf) {
        return anonymous().redirects().follow(false).contentType(ContentType.URLENC).cookie("crosscheck_session", session)
                .formParam("csrf", csrf);
    }
}
