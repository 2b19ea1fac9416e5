package io.crosscheck.security;

import static io.crosscheck.Fixtures.anonymous;
import static io.crosscheck.Fixtures.as;
import static io.crosscheck.Fixtures.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.Fixtures;
import io.crosscheck.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Access is decided on the resource method that runs: the requests of issue 10 that made anyone an
 * admin are refused, an operation without a rule is refused to everyone, and the OpenAPI document
 * says who may call each operation.
 */
@QuarkusTest
class AccessRulesTest {

    private static final String KEY = "{\"name\":\"x\",\"role\":\"ADMIN\"}";

    private static int keyCount() {
        return given().get("/api/keys?limit=100").then().statusCode(200).extract().jsonPath().getList("items").size();
    }

    private static void assertRefusedPath(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonPath body = JsonPath.from(response.body());
        assertEquals(PathGuard.TITLE, body.getString("title"));
        assertEquals("urn:crosscheck:problem:invalid-request", body.getString("type"));
    }

    @Test
    void shouldRefuseTheEncodedPathsThatMadeAnonymousCallersAdmins() {
        int keys = keyCount();
        for (String path : List.of("/api/figures/%2e%2e/keys", "/api/figures/%2E%2E/keys", "/api/%6Beys")) {
            assertRefusedPath(RawHttp.send("POST", path, null, "application/json", KEY));
        }
        assertRefusedPath(RawHttp.send("GET", "/api/%6Beys", null, null, null));
        for (String path : List.of("/api/figures/%2e%2e/entities", "/api/figures/%2e%2e/claims",
                "/api/figures/%2e%2e/conflicts/scan", "/api/figures/%2e%2e/reports/run?date=2025-01-27")) {
            assertRefusedPath(RawHttp.send("POST", path, null, "application/json", "{}"));
        }
        assertEquals(keys, keyCount(), "no key was created");
    }

    @Test
    void shouldRefuseTheEncodedPathsThatLetAnEditorManageKeysAndRunReports() {
        String editor = Fixtures.key("EDITOR");
        String victim = given().contentType("application/json")
                .body("{\"name\":\"" + Fixtures.unique("victim") + "\",\"role\":\"READER\"}")
                .post("/api/keys").then().statusCode(201).extract().path("id");
        assertRefusedPath(RawHttp.send("POST", "/api/%6Beys", editor, "application/json", KEY));
        assertRefusedPath(RawHttp.send("DELETE", "/api/%6Beys/" + victim, editor, null, null));
        assertRefusedPath(RawHttp.send("POST", "/api/%72eports/run?date=2025-01-27", editor, null, null));
        given().get("/api/keys?limit=100").then().body("items.find { it.id == '" + victim + "' }.revokedAt", nullValue());
        // the plain spellings are refused for the editor's role, as they always were
        assertEquals(403, RawHttp.send("DELETE", "/api/keys/" + victim, editor, null, null).statusCode());
    }

    @Test
    void shouldRefuseEveryOperationThatDeclaresNoRuleToEveryone() {
        // UnannotatedResource (test sources): an API method, a console-style page and sub-resources
        for (String[] op : new String[][] {{"GET", "/api/test-only/unannotated"}, {"POST", "/test-only/page"},
                {"GET", "/api/test-only/locator"}, {"GET", "/api/test-only/open-locator"}}) {
            problem(anonymous().request(op[0], op[1]).then(), 401).body("detail", containsString("no access rule"));
            problem(given().request(op[0], op[1]).then(), 403).body("detail", containsString("no access rule"));
        }
        // a sub-resource method's own rule is applied too
        problem(as(Fixtures.key("EDITOR")).get("/api/test-only/admin-locator").then(), 403)
                .body("detail", containsString("needs the admin role"));
        given().get("/api/test-only/admin-locator").then().statusCode(200);
    }

    @Test
    void shouldTellAnonymousCallersWhichRoleAnOperationNeeds() {
        problem(anonymous().get("/api/keys").then(), 401)
                .header("WWW-Authenticate", "Bearer realm=\"crosscheck\"")
                .body("detail", containsString("admin role"));
        problem(anonymous().contentType("application/json").body("{}").post("/api/claims").then(), 401)
                .body("detail", containsString("editor role"));
        problem(as(Fixtures.key("READER")).post("/api/conflicts/scan").then(), 403)
                .body("detail", containsString("needs the editor role; the key 'READER-"));
    }

    @Test
    void shouldDeclareWhoMayCallEachOperationInTheOpenApiDocument() {
        JsonPath document = anonymous().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertEquals("X-API-Key", document.getString("components.securitySchemes.apiKeyHeader.name"));
        assertEquals("bearer", document.getString("components.securitySchemes.apiKey.scheme"));
        // reads: a key is optional (anonymous callers are readers by default)
        assertEquals(List.of(java.util.Map.of(), java.util.Map.of("apiKey", List.of("reader")),
                java.util.Map.of("apiKeyHeader", List.of("reader"))), document.getList("paths.'/api/claims'.get.security"));
        assertEquals(List.of(java.util.Map.of("apiKey", List.of("editor")), java.util.Map.of("apiKeyHeader", List.of("editor"))),
                document.getList("paths.'/api/claims'.post.security"));
        assertEquals(List.of(java.util.Map.of("apiKey", List.of("admin")), java.util.Map.of("apiKeyHeader", List.of("admin"))),
                document.getList("paths.'/api/reports/run'.post.security"));
        assertEquals(List.of(), document.getList("paths.'/oembed'.get.security"));
        assertEquals(List.of(), document.getList("paths.'/embed/claims/{id}'.get.security"));
        anonymous().get("/q/openapi?format=json").then()
                .body("paths.'/api/keys'.get.responses", org.hamcrest.Matchers.hasKey("403"))
                .body("paths.'/api/keys'.get.responses.'401'.content", org.hamcrest.Matchers.hasKey("application/problem+json"))
                .body("paths.'/oembed'.get.responses", not(org.hamcrest.Matchers.hasKey("403")));
    }

    @Test
    void shouldNeverLetCachesStoreAnswersToAuthenticatedRequests() {
        given().get("/api/claims").then().statusCode(200).header("Cache-Control", "no-store");
        as(Fixtures.key("READER")).get("/api/topics/deepseek-costs").then().statusCode(200).header("Cache-Control", "no-store");
        anonymous().get("/api/claims").then().statusCode(200).header("Cache-Control", nullValue());
        String claim = given().get("/api/claims?limit=1").then().extract().path("items[0].id");
        anonymous().get("/embed/claims/" + claim).then().statusCode(200).header("Cache-Control", containsString("public"));
        given().get("/embed/claims/" + claim).then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void shouldForbidFramingOfSwaggerUi() {
        anonymous().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY");
        anonymous().get("/q/openapi?format=json").then().header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void shouldRefuseDuplicateAndReservedKeyNames() {
        String name = Fixtures.unique("desk-zoé");
        given().contentType("application/json").body("{\"name\":\"" + name + "\",\"role\":\"READER\"}").post("/api/keys")
                .then().statusCode(201).body("name", equalTo(name));
        for (String again : List.of(name, name.toUpperCase(java.util.Locale.ROOT), " " + name + " ",
                // the fullwidth Ｄ is the same name after Unicode compatibility normalisation
                "\uff24" + name.substring(1))) {
            problem(given().contentType("application/json").body(java.util.Map.of("name", again, "role", "EDITOR"))
                    .post("/api/keys").then(), 409).body("detail", containsString("exists already"));
        }
        for (String reserved : List.of("system", "System", "anonymous")) {
            problem(given().contentType("application/json").body(java.util.Map.of("name", reserved, "role", "ADMIN"))
                    .post("/api/keys").then(), 409).body("detail", containsString("reserved"));
        }
        for (String odd : List.of("\u202eadmin", "-x", "a\tb", "a/b", "<b>")) {
            problem(given().contentType("application/json").body(java.util.Map.of("name", odd, "role", "READER"))
                    .post("/api/keys").then(), 400).body("errors.field", hasItem("name"));
        }
    }
}
