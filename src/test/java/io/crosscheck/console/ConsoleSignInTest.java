package io.crosscheck.console;

import static io.crosscheck.Fixtures.anonymous;
import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.console.ConsoleSessionsForTests.csrf;
import static io.crosscheck.console.ConsoleSessionsForTests.signIn;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Console writes need a signed-in editor and the page's CSRF token; public pages stay public. */
@QuarkusTest
class ConsoleSignInTest {

    private String link;

    @BeforeEach
    void aProposedConflict() {
        String subject = Fixtures.entity(Fixtures.unique("Club"));
        String metric = Fixtures.metric(Fixtures.unique("fee"), "MONEY", false);
        String a = claim(subject, metric, 10);
        claim(subject, metric, 40);
        Fixtures.awaitDetection();
        link = given().queryParam("claim", a).get("/api/links").then().extract().path("items[0].id");
    }

    private static String claim(String subject, String metric, int millions) {
        return Fixtures.post("/api/claims", Map.of("subjectId", subject, "metricId", metric, "statement", "s",
                "language", "fr", "figure", Map.of("kind", "EXACT", "value", millions * 1_000_000, "currency", "EUR",
                        "text", millions + " M€")));
    }

    private io.restassured.specification.RequestSpecification form(String session) {
        var request = anonymous().redirects().follow(false).contentType(ContentType.URLENC);
        return session == null ? request : request.cookie("crosscheck_session", session);
    }

    @Test
    void shouldSendAnonymousWritersToSignInAndKeepPagesPublic() {
        anonymous().get("/conflicts").then().statusCode(200)
                .body(not(containsString("/conflicts/" + link + "/confirm")))
                .body(containsString("/signin?next=/conflicts"));
        form(null).post("/conflicts/" + link + "/confirm").then().statusCode(303)
                .header("Location", containsString("/signin?next=%2Fconflicts"));
        given().get("/api/links/" + link).then().body("state", equalTo("PROPOSED"));
    }

    @Test
    void shouldSetAStrictHttpOnlySessionCookieAndRefuseBadKeys() {
        Response signedIn = anonymous().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("key", Fixtures.ADMIN_KEY).formParam("next", "/conflicts").post("/signin");
        signedIn.then().statusCode(303).header("Location", endsWith("/conflicts"));
        String setCookie = signedIn.getHeader("Set-Cookie");
        org.junit.jupiter.api.Assertions.assertTrue(setCookie.contains("HttpOnly"), setCookie);
        org.junit.jupiter.api.Assertions.assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        org.junit.jupiter.api.Assertions.assertFalse(setCookie.contains("Secure"), "plain HTTP here: " + setCookie);
        form(null).formParam("key", "cck_wrong").post("/signin").then().statusCode(303)
                .header("Location", containsString("failed=true"));
    }

    @Test
    void shouldNeverRedirectOffSiteAfterSignIn() {
        for (String next : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example"}) {
            form(null).formParam("key", Fixtures.ADMIN_KEY).formParam("next", next).post("/signin").then()
                    .statusCode(303).header("Location", endsWith("/conflicts"));
        }
    }

    @Test
    void shouldConfirmOnlyWithTheSessionsCsrfToken() {
        String session = signIn(Fixtures.ADMIN_KEY);
        problem(form(session).formParam("rationale", "x").post("/conflicts/" + link + "/confirm").then(), 403);
        problem(form(session).formParam("csrf", "forged").post("/conflicts/" + link + "/confirm").then(), 403);
        given().get("/api/links/" + link).then().body("state", equalTo("PROPOSED"));
        form(session).formParam("csrf", csrf(session)).formParam("rationale", "Vérifié").formParam("lang", "en")
                .post("/conflicts/" + link + "/confirm").then().statusCode(303)
                .header("Location", containsString("/conflicts?state=PROPOSED&done=confirmed&lang=en"));
        given().get("/api/links/" + link).then().body("state", equalTo("CONFIRMED"));
    }

    @Test
    void shouldRecordTheSignedInKeyAsTheDecider() {
        String name = Fixtures.unique("desk-anna");
        String key = given().contentType(ContentType.JSON).body(Map.of("name", name, "role", "EDITOR"))
                .post("/api/keys").then().statusCode(201).extract().path("key");
        String session = signIn(key);
        form(session).formParam("csrf", csrf(session)).post("/conflicts/" + link + "/dismiss").then().statusCode(303);
        given().get("/api/links/" + link).then().body("state", equalTo("DISMISSED")).body("decidedBy", equalTo(name));
    }

    @Test
    void shouldRefuseReadersAndFormsFromOtherSites() {
        String session = signIn(Fixtures.key("READER"));
        anonymous().cookie("crosscheck_session", session).get("/conflicts").then().statusCode(200)
                .body(not(containsString("/conflicts/" + link + "/confirm")));
        problem(form(session).formParam("csrf", "x").post("/conflicts/" + link + "/confirm").then(), 403);
        String editor = signIn(Fixtures.ADMIN_KEY);
        // Quarkus's CORS filter refuses a foreign Origin first (403, empty body); ConsoleWriteFilter would too.
        form(editor).header("Origin", "https://evil.example").formParam("csrf", csrf(editor))
                .post("/conflicts/" + link + "/confirm").then().statusCode(403);
        given().get("/api/links/" + link).then().body("state", equalTo("PROPOSED"));
    }

    @Test
    void shouldEndTheSessionOnSignOutAndOnlyWithTheToken() {
        String session = signIn(Fixtures.ADMIN_KEY);
        form(session).post("/signout").then().statusCode(303);
        String token = csrf(session);
        form(session).formParam("csrf", token).post("/signout").then().statusCode(303)
                .header("Set-Cookie", containsString("Max-Age=0"));
        form(session).formParam("csrf", token).post("/conflicts/" + link + "/confirm").then().statusCode(303)
                .header("Location", containsString("/signin"));
    }

    @Test
    void shouldEndSessionsWhenTheirKeyIsRevoked() {
        var created = given().contentType(ContentType.JSON).body(Map.of("name", Fixtures.unique("temp"), "role", "EDITOR"))
                .post("/api/keys").then().statusCode(201).extract().jsonPath();
        String session = signIn(created.getString("key"));
        String token = csrf(session);
        given().delete("/api/keys/" + created.getString("id")).then().statusCode(204);
        form(session).formParam("csrf", token).post("/conflicts/" + link + "/confirm").then().statusCode(303)
                .header("Location", containsString("/signin"));
        given().get("/api/links/" + link).then().body("state", equalTo("PROPOSED"));
    }

    @Test
    void shouldCheckTheNextPageBeforeOpeningASession() {
        for (String next : new String[] {"/a b", "/claims?q=%zz", "/caf\u00e9", "/x#frag", "/%2e%2e/x", "/a\tb"}) {
            form(null).formParam("key", Fixtures.ADMIN_KEY).formParam("next", next).post("/signin").then()
                    .statusCode(303).header("Location", endsWith("/conflicts"));
            anonymous().queryParam("next", next).get("/signin").then().statusCode(200)
                    .body(containsString("name=\"next\" value=\"/conflicts\""));
        }
        form(null).formParam("key", Fixtures.ADMIN_KEY).formParam("next", "/claims?q=x&lang=en").post("/signin").then()
                .statusCode(303).header("Location", endsWith("/claims?q=x&lang=en"));
    }

    @Test
    void shouldNeverLetCachesKeepASignedInPage() {
        String session = signIn(Fixtures.ADMIN_KEY);
        for (String page : new String[] {"/conflicts", "/claims", "/topics/deepseek-costs"}) {
            anonymous().cookie("crosscheck_session", session).get(page).then().statusCode(200)
                    .header("Cache-Control", "no-store");
        }
        anonymous().redirects().follow(false).contentType(ContentType.URLENC).formParam("key", Fixtures.ADMIN_KEY)
                .post("/signin").then().statusCode(303).header("Cache-Control", "no-store");
    }

    @Test
    void shouldRefuseNulCharactersInFormFields() {
        String session = signIn(Fixtures.ADMIN_KEY);
        problem(form(session).formParam("csrf", csrf(session)).formParam("rationale", "a\u0000b")
                .post("/conflicts/" + link + "/confirm").then(), 400).body("errors[0].field", equalTo("rationale"));
        given().get("/api/links/" + link).then().body("state", equalTo("PROPOSED"));
    }

    @Test
    void shouldNotTreatTheSessionCookieAsAnApiKey() {
        String session = signIn(Fixtures.ADMIN_KEY);
        problem(anonymous().cookie("crosscheck_session", session).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.unique("Org"), "kind", "ORGANIZATION")).post("/api/entities").then(), 401);
    }
}
