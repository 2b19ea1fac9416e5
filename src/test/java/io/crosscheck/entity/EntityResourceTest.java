package io.crosscheck.entity;

import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EntityResourceTest {

    @Test
    void shouldCreateEntityWithDeduplicatedAliases() {
        String name = unique("Mistral AI");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "ORGANIZATION", "aliases", List.of("Mistral", " Mistral", "Mistral SAS"),
                        "wikidataId", "Q116984458"))
                .post("/api/entities").then().statusCode(201)
                .body("aliases", contains("Mistral", "Mistral SAS")).body("wikidataId", equalTo("Q116984458"));
    }

    @Test
    void shouldFindEntitiesByAliasAndKind() {
        given().queryParam("q", "深度求索").get("/api/entities").then().statusCode(200)
                .body("items.name", hasItem("DeepSeek"));
        given().queryParam("kind", "person").queryParam("limit", 100).get("/api/entities").then()
                .body("items.kind", everyItem(equalTo("PERSON")));
        problem(given().queryParam("kind", "ROBOT").get("/api/entities").then(), 400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void shouldRefuseMalformedWikidataIdAndUnknownKind() {
        problem(given().contentType(ContentType.JSON).body(Map.of("name", "X", "kind", "ORGANIZATION", "wikidataId", "42"))
                .post("/api/entities").then(), 400).body("errors[0].field", equalTo("wikidataId"));
        problem(given().contentType(ContentType.JSON).body(Map.of("name", "X", "kind", "ROBOT"))
                .post("/api/entities").then(), 400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void shouldNotDeleteAnEntityThatClaimsReferTo() {
        String deepseek = given().queryParam("q", "DeepSeek AI").get("/api/entities").then().extract().path("items[0].id");
        problem(given().delete("/api/entities/" + deepseek).then(), 409);
        String id = Fixtures.entity(unique("Éphémère"));
        given().delete("/api/entities/" + id).then().statusCode(204);
    }

    @Test
    void shouldPatchAliasesAsAWholeArray() {
        String id = Fixtures.entity(unique("Anthropic"));
        given().contentType("application/merge-patch+json").body("{\"aliases\": [\"Claude maker\"]}")
                .patch("/api/entities/" + id).then().statusCode(200).body("aliases", contains("Claude maker"));
    }
}
