package io.crosscheck.security;

import static io.crosscheck.Fixtures.anonymous;
import static io.crosscheck.Fixtures.as;
import static io.crosscheck.Fixtures.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccessControlTest {

    private static Map<String, Object> entity() {
        return Map.of("name", Fixtures.unique("Org"), "kind", "ORGANIZATION");
    }

    @Test
    void shouldRefuseWritesWithoutAKeyWith401AndChallenge() {
        problem(anonymous().contentType(ContentType.JSON).body(entity()).post("/api/entities").then(), 401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:crosscheck:problem:unauthorized"));
    }

    @Test
    void shouldRefuseAnUnknownKeyEvenOnPublicReads() {
        problem(as("cck_not-a-real-key").get("/api/claims").then(), 401)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void shouldServeReadsWithoutAKeyByDefault() {
        anonymous().get("/api/claims").then().statusCode(200);
        anonymous().get("/q/health/ready").then().statusCode(200);
        anonymous().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void shouldLetAnyoneParseAndExtractFiguresSinceNothingIsStored() {
        anonymous().contentType(ContentType.JSON).body(Map.of("text", "1,6 milliard $", "lang", "fr"))
                .post("/api/figures/parse").then().statusCode(200);
        anonymous().contentType(ContentType.JSON).body(Map.of("text", "50 000 GPU"))
                .post("/api/figures/extract").then().statusCode(200);
        String source = given().queryParam("publisher", "Tom's Hardware").get("/api/sources").then()
                .extract().path("items[0].id");
        anonymous().post("/api/sources/" + source + "/extract").then().statusCode(200);
        problem(anonymous().contentType(ContentType.JSON).body(Map.of("start", 0, "end", 1))
                .post("/api/sources/" + source + "/claims").then(), 401);
    }

    @Test
    void shouldLetAnyoneReadReportsButOnlyAdminsRunThem() {
        anonymous().get("/api/reports").then().statusCode(200);
        problem(anonymous().post("/api/reports/run?date=2025-01-27").then(), 401);
        problem(as(Fixtures.key("EDITOR")).post("/api/reports/run?date=2025-01-27").then(), 403);
    }

    @Test
    void shouldLetAReaderReadButNotWrite() {
        String reader = Fixtures.key("READER");
        as(reader).get("/api/entities").then().statusCode(200);
        problem(as(reader).contentType(ContentType.JSON).body(entity()).post("/api/entities").then(), 403)
                .body("type", equalTo("urn:crosscheck:problem:forbidden"));
    }

    @Test
    void shouldLetAnEditorWriteButNotManageKeys() {
        String editor = Fixtures.key("EDITOR");
        as(editor).contentType(ContentType.JSON).body(entity()).post("/api/entities").then().statusCode(201);
        given().header("X-API-Key", editor)
                .contentType(ContentType.JSON).body(entity()).post("/api/entities").then().statusCode(201);
        problem(as(editor).get("/api/keys").then(), 403);
        problem(as(editor).contentType(ContentType.JSON).body(Map.of("name", "x", "role", "ADMIN"))
                .post("/api/keys").then(), 403);
    }

    @Test
    void shouldShowASecretOnceAndStoreOnlyItsHash() {
        var created = given().contentType(ContentType.JSON).body(Map.of("name", Fixtures.unique("desk-anna"), "role", "EDITOR"))
                .post("/api/keys").then().statusCode(201)
                .header("Location", notNullValue())
                .body("key", startsWith("cck_")).body("role", equalTo("EDITOR")).extract();
        String id = created.path("id");
        String secret = created.path("key");
        given().get("/api/keys?limit=100").then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items", everyItem(not(hasKey("key"))));
        as(secret).contentType(ContentType.JSON).body(entity()).post("/api/entities").then().statusCode(201);
    }

    @Test
    void shouldRefuseARevokedKey() {
        var created = given().contentType(ContentType.JSON).body(Map.of("name", Fixtures.unique("leaver"), "role", "EDITOR"))
                .post("/api/keys").then().statusCode(201).extract();
        String secret = created.path("key");
        given().delete("/api/keys/" + created.path("id")).then().statusCode(204);
        problem(as(secret).contentType(ContentType.JSON).body(entity()).post("/api/entities").then(), 401);
    }

    @Test
    void shouldValidateKeyCreation() {
        problem(given().contentType(ContentType.JSON).body(Map.of("name", "", "role", "GOD")).post("/api/keys").then(), 400);
        problem(given().delete("/api/keys/00000000-0000-7000-8000-000000000000").then(), 404);
    }

    @Test
    void shouldSendSecurityHeadersOnJsonAndProblems() {
        anonymous().get("/api/claims").then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        anonymous().contentType(ContentType.JSON).body(entity()).post("/api/entities").then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", startsWith("default-src 'none'"));
    }

    @Test
    void shouldAnswerCorsOnlyForConfiguredOrigins() {
        anonymous().header("Origin", "https://newsroom.example").header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,if-match")
                .options("/api/claims").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://newsroom.example");
        anonymous().header("Origin", "https://evil.example").get("/api/claims").then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldDeclareTheBearerSchemeAndAuthResponsesInOpenApi() {
        anonymous().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.apiKey.scheme", equalTo("bearer"))
                .body("paths.'/api/claims'.post.responses", hasKey("401"))
                .body("paths.'/api/claims'.post.responses", hasKey("403"))
                .body("paths.'/api/claims'.post.responses", hasKey("429"))
                .body("paths.'/api/keys'.get.security", notNullValue());
    }
}
