package io.crosscheck.metric;

import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

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

    @Test
    void shouldCreateAMetricLabelledInSpanishOnlyAndServeItInEveryLanguage() {
        String key = unique("plantilla");
        given().contentType("application/json; charset=UTF-8")
                .body(Map.of("key", key, "labels", Map.of("es", "Plantilla"), "dimension", "COUNT"))
                .post("/api/metrics").then().statusCode(201)
                .body("labels", equalTo(Map.of("es", "Plantilla")))
                .body("labelFr", nullValue()).body("labelEn", nullValue());
        // A claim on it names the metric for every reader: Spanish, and the Spanish words where no other was given.
        String subject = Fixtures.entity(unique("Empresa"));
        given().contentType(ContentType.JSON).body(Map.of("subjectId", subject, "metric", key, "statement", "Tiene 1200 empleados.",
                        "language", "es", "figure", Map.of("kind", "EXACT", "value", 1200, "text", "1200 empleados")))
                .post("/api/claims").then().statusCode(201)
                .body("metric.labels", equalTo(Map.of("fr", "Plantilla", "en", "Plantilla", "es", "Plantilla")));
        given().queryParam("q", "plantill").get("/api/metrics").then().statusCode(200)
                .body("items.key", hasItem(key));
    }

    @Test
    void shouldRefuseALabelInALanguageThatIsNotSupported() {
        problem(given().contentType(ContentType.JSON).body(Map.of("key", unique("zahl"),
                "labels", Map.of("en", "Number", "de", "Zahl"), "dimension", "COUNT")).post("/api/metrics").then(), 400)
                .body("errors[0].field", equalTo("labels.de"))
                .body("errors[0].message", containsString("fr, en, es"));
        problem(given().contentType(ContentType.JSON).body(Map.of("key", unique("empty"), "labels", Map.of(),
                "dimension", "COUNT")).post("/api/metrics").then(), 400).body("errors[0].field", equalTo("labels"));
    }

    @Test
    void shouldStillAcceptTheDeprecatedLabelFieldsAndShowThem() {
        String key = unique("cost");
        given().contentType("application/json; charset=UTF-8").body(Map.of("key", key, "labelFr", "Coût",
                        "labels", Map.of("es", "Coste"), "dimension", "MONEY"))
                .post("/api/metrics").then().statusCode(201)
                .body("labelFr", equalTo("Coût")).body("labelEn", nullValue())
                .body("labels", equalTo(Map.of("fr", "Coût", "es", "Coste")));
        // An old client's merge patch of labelEn adds to the labels kept; null removes one.
        given().contentType("application/merge-patch+json").body("{\"labelEn\": \"Cost\", \"labels\": {\"es\": null}}")
                .patch("/api/metrics/" + key).then().statusCode(200)
                .body("labels", equalTo(Map.of("fr", "Coût", "en", "Cost"))).body("labelEn", equalTo("Cost"));
        given().contentType("application/merge-patch+json").body("{\"labels\": {\"es\": \"Coste\"}}")
                .patch("/api/metrics/" + key).then().statusCode(200)
                .body("labels", equalTo(Map.of("fr", "Coût", "en", "Cost", "es", "Coste")));
        problem(given().contentType("application/merge-patch+json").body("{\"labels\": {\"it\": \"Costo\"}}")
                .patch("/api/metrics/" + key).then(), 400).body("errors[0].field", equalTo("labels.it"));
    }
}
