package io.crosscheck.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoAndDocsTest {

    @Inject
    DemoDataLoader loader;

    @Test
    void shouldNotLoadTheDossierTwice() {
        int before = given().queryParam("limit", 100).get("/api/claims").then().extract().path("items.size()");
        Assertions.assertFalse(loader.loadIfEmpty());
        given().queryParam("limit", 100).get("/api/claims").then().body("items.size()", equalTo(before));
    }

    @Test
    void shouldDescribeEveryOperationInOpenApi() {
        String doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        for (String path : new String[] {"/api/sources", "/api/entities/{id}", "/api/metrics/{idOrKey}",
                "/api/claims/{id}/appearances", "/api/topics/{slug}"}) {
            Assertions.assertTrue(doc.contains("\"" + path + "\""), path);
        }
        io.restassured.path.json.JsonPath json = io.restassured.path.json.JsonPath.from(doc);
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = json.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            Assertions.assertNotNull(op.get("summary"), method + " " + path + " has a summary");
            Assertions.assertNotNull(op.get("responses"), method + " " + path + " has responses");
        }));
    }

    @Test
    void shouldBeReadyAndServeSwaggerUi() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
