package io.crosscheck.topic;

import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TopicResourceTest {

    @Test
    void shouldServeTheDeepSeekCostsTopicBySlug() {
        given().get("/api/topics/deepseek-costs").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("claims.figure", hasItems("5,6 millions de dollars", "5 millions de dollars", "6 millions $", "1,6 milliard $"));
    }

    @Test
    void shouldCreateUpdateAndDeleteATopicWhoseSlugNeverChanges() {
        String slug = unique("nvidia-chute");
        String claim = given().queryParam("q", "13 milliards").get("/api/claims").then().extract().path("items[0].id");
        given().contentType(ContentType.JSON).body(Map.of("slug", slug, "title", "Nvidia", "claimIds", List.of(claim)))
                .post("/api/topics").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/topics/" + slug)).body("claims", hasSize(1));
        problem(given().contentType(ContentType.JSON).body(Map.of("slug", slug, "title", "Encore")).post("/api/topics").then(), 409);
        problem(given().contentType("application/merge-patch+json").body("{\"slug\": \"autre\"}")
                .patch("/api/topics/" + slug).then(), 422).body("errors[0].field", equalTo("slug"));
        given().contentType("application/merge-patch+json").body("{\"claimIds\": []}")
                .patch("/api/topics/" + slug).then().statusCode(200).body("claims", hasSize(0));
        given().delete("/api/topics/" + slug).then().statusCode(204);
        problem(given().get("/api/topics/" + slug).then(), 404);
    }

    @Test
    void shouldRefuseUnknownClaimInTopic() {
        problem(given().contentType(ContentType.JSON).body(Map.of("slug", unique("x"), "title", "X",
                "claimIds", List.of("00000000-0000-7000-8000-000000000000"))).post("/api/topics").then(), 422)
                .body("errors[0].field", equalTo("claimIds[0]"));
    }
}
