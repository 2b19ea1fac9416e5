package io.crosscheck.compare;

import static io.crosscheck.Fixtures.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ComparisonResourceTest {

    @Test
    void shouldPutTheThreeTrainingFiguresInOneClusterAndMarkFiveMillion() {
        io.crosscheck.Fixtures.awaitDetection(); // the dossier's CONTEXT link is proposed by the detection worker
        var json = given().get("/api/topics/deepseek-costs/comparison").then().statusCode(200).extract().jsonPath();
        String axis = "axes.find { it.subject.name == 'DeepSeek' && it.metric.key == 'training-cost' }";
        org.junit.jupiter.api.Assertions.assertEquals(3, json.getList(axis + ".claims").size());
        org.junit.jupiter.api.Assertions.assertEquals(1, json.getList(axis + ".summary.clusters").size());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("5 millions de dollars"),
                json.getList(axis + ".claims.findAll { it.outlier }.figure.text"));
        org.junit.jupiter.api.Assertions.assertEquals(5550000.0, json.getDouble(axis + ".summary.clusters[0].consensusLow"));
        String infra = "axes.find { it.subject.name == 'DeepSeek' && it.metric.key == 'infrastructure-spend' }";
        org.junit.jupiter.api.Assertions.assertEquals(1, json.getList(infra + ".claims").size());
        org.junit.jupiter.api.Assertions.assertTrue(json.getList("links.findAll { it.type == 'CONTEXT' }").size() >= 1);
    }

    @Test
    void shouldCompareOneSubjectPerMetricAndRequireASubject() {
        given().queryParam("subject", "DeepSeek").queryParam("metric", "training-cost").get("/api/comparisons").then()
                .statusCode(200).body("axes", hasSize(1)).body("axes[0].summary.count", equalTo(3))
                .body("axes[0].claims.figure.text", containsInAnyOrder("5,6 millions de dollars",
                        "5 millions de dollars", "6 millions $"));
        problem(given().get("/api/comparisons").then(), 400);
        problem(given().get("/api/topics/nope/comparison").then(), 404);
    }
}
