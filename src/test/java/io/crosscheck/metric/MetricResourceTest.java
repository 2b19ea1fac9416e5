package io.crosscheck.metric;

import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricResourceTest {

    @Test
    void shouldReadMetricByKeyOrId() {
        String id = given().get("/api/metrics/gpu-model").then().statusCode(200)
                .body("dimension", equalTo("CATEGORY")).body("multiValued", equalTo(true)).extract().path("id");
        given().get("/api/metrics/" + id).then().statusCode(200).body("key", equalTo("gpu-model"));
        problem(given().get("/api/metrics/no-such-metric").then(), 404);
    }

    @Test
    void shouldRefuseDuplicateKeyAndBadKeyShape() {
        problem(given().contentType(ContentType.JSON).body(Map.of("key", "training-cost", "labelFr", "a", "labelEn", "b",
                "dimension", "MONEY")).post("/api/metrics").then(), 409).body("existingId", org.hamcrest.Matchers.notNullValue());
        problem(given().contentType(ContentType.JSON).body(Map.of("key", "Training Cost", "labelFr", "a", "labelEn", "b",
                "dimension", "MONEY")).post("/api/metrics").then(), 400).body("errors[0].field", equalTo("key"));
    }

    @Test
    void shouldNotChangeDimensionWhileClaimsUseTheMetric() {
        problem(given().contentType("application/merge-patch+json").body("{\"dimension\": \"COUNT\"}")
                .patch("/api/metrics/training-cost").then(), 409);
        String key = unique("fresh");
        Fixtures.metric(key, "MONEY", false);
        given().contentType("application/merge-patch+json").body("{\"dimension\": \"COUNT\"}")
                .patch("/api/metrics/" + key).then().statusCode(200).body("dimension", equalTo("COUNT"));
        given().delete("/api/metrics/" + key).then().statusCode(204);
    }

    @Test
    void shouldFilterByDimension() {
        given().queryParam("dimension", "MONEY").get("/api/metrics").then().statusCode(200)
                .body("items.dimension", everyItem(equalTo("MONEY")));
    }
}
