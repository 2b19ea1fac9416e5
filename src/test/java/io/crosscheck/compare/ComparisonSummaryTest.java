package io.crosscheck.compare;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Summaries use stated values: categories are listed, never counted as numbers; vague figures are
 * flagged and never give a made-up middle; a summary of one claim is that claim.
 */
@QuarkusTest
class ComparisonSummaryTest {

    @Test
    void shouldTakeTheMedianOverStatedPointsAndFlagVagueEnds() {
        String subject = Fixtures.entity(Fixtures.unique("Lab"));
        String metric = Fixtures.metric(Fixtures.unique("cost"), "MONEY", false);
        String p100 = claim(subject, metric, Map.of("kind", "EXACT", "value", 100_000_000, "currency", "EUR",
                "text", "100 millions d'euros"));
        String p200 = claim(subject, metric, Map.of("kind", "EXACT", "value", 200_000_000, "currency", "EUR",
                "text", "200 millions d'euros"));
        String hundreds = claim(subject, metric, Map.of("kind", "RANGE", "low", 100_000_000, "high", 1_000_000_000,
                "currency", "EUR", "text", "des centaines de millions d'euros"));
        String billions = claim(subject, metric, Map.of("kind", "AT_LEAST", "low", 1_000_000_000, "currency", "EUR",
                "text", "des milliards d'euros"));
        JsonPath json = compare(subject);
        String s = "axes[0].summary.";
        assertEquals(4, json.getInt(s + "count"));
        assertEquals(4, json.getInt(s + "numeric"));
        assertEquals(150_000_000.0, json.getDouble(s + "median"), "median of the two stated points, no midpoint");
        assertEquals(2, json.getInt(s + "medianOf"));
        assertEquals(100_000_000.0, json.getDouble(s + "min"));
        assertFalse(json.getBoolean(s + "minVague"), "100 M is stated as a point too");
        assertEquals(1_000_000_000.0, json.getDouble(s + "max"));
        assertTrue(json.getBoolean(s + "maxVague"), "1 Md is only the end of vague figures");
        assertEquals(10.0, json.getDouble(s + "spread"), 1e-9);
        assertEquals(List.of(hundreds, billions).stream().sorted().toList(),
                json.getList(s + "vague", String.class).stream().sorted().toList());
        assertNull(json.get(s + "only"));
        assertEquals(List.of(), json.getList(s + "categories"));
        for (String id : List.of(p100, p200)) {
            assertFalse(json.getBoolean("axes[0].claims.find { it.id == '" + id + "' }.vague"));
        }
        assertTrue(json.getBoolean("axes[0].claims.find { it.id == '" + hundreds + "' }.vague"));
    }

    @Test
    void shouldSumUpOneVagueClaimAsJustThatClaim() {
        String subject = Fixtures.entity(Fixtures.unique("Lab"));
        String metric = Fixtures.metric(Fixtures.unique("cost"), "MONEY", false);
        String hundreds = claim(subject, metric, Map.of("kind", "RANGE", "low", 100_000_000, "high", 1_000_000_000,
                "currency", "USD", "text", "des centaines de millions de dollars"));
        JsonPath json = compare(subject);
        String s = "axes[0].summary.";
        assertEquals(hundreds, json.getString(s + "only"));
        assertNull(json.get(s + "median"), "never the geometric middle (316 M)");
        assertNull(json.get(s + "spread"), "no spread of one claim");
        assertEquals(100_000_000.0, json.getDouble(s + "min"));
        assertEquals(1_000_000_000.0, json.getDouble(s + "max"));
        assertTrue(json.getBoolean(s + "minVague"));
        assertTrue(json.getBoolean(s + "maxVague"));
        assertEquals(List.of(hundreds), json.getList(s + "vague"));
    }

    @Test
    void shouldSumUpOneStatedClaimAsItsValue() {
        String subject = Fixtures.entity(Fixtures.unique("Lab"));
        String metric = Fixtures.metric(Fixtures.unique("cost"), "MONEY", false);
        String one = claim(subject, metric, Map.of("kind", "EXACT", "value", 5_600_000, "currency", "USD",
                "text", "5,6 millions de dollars"));
        JsonPath json = compare(subject);
        String s = "axes[0].summary.";
        assertEquals(one, json.getString(s + "only"));
        assertEquals(5_600_000.0, json.getDouble(s + "min"));
        assertEquals(5_600_000.0, json.getDouble(s + "max"));
        assertEquals(5_600_000.0, json.getDouble(s + "median"));
        assertNull(json.get(s + "spread"));
        assertEquals(List.of(), json.getList(s + "vague"));
    }

    @Test
    void shouldListCategoriesAndKeepThemOutOfTheNumbers() {
        String subject = Fixtures.entity(Fixtures.unique("Lab"));
        String metric = Fixtures.metric(Fixtures.unique("chip"), "CATEGORY", true);
        String a = claim(subject, metric, Map.of("kind", "CATEGORY", "category", "A800", "text", "A800"));
        String b = claim(subject, metric, Map.of("kind", "CATEGORY", "category", "A800", "text", "puces A800"));
        String c = claim(subject, metric, Map.of("kind", "CATEGORY", "category", "V100", "text", "V100"));
        JsonPath json = compare(subject);
        String s = "axes[0].summary.";
        assertEquals(3, json.getInt(s + "count"));
        assertEquals(0, json.getInt(s + "numeric"));
        for (String field : List.of("min", "max", "median", "spread")) {
            assertNull(json.get(s + field), field + " of categories");
        }
        assertEquals(List.of(), json.getList(s + "clusters"));
        assertEquals(List.of(a, b).stream().sorted().toList(), json.getList(s + "categories.find { it.category == 'A800' }.claims",
                String.class).stream().sorted().toList());
        assertEquals(List.of(c), json.getList(s + "categories.find { it.category == 'V100' }.claims"));
        assertEquals(List.of(false, false, false), json.getList("axes[0].claims.vague"));
        assertEquals(List.of(0, 0, 0), json.getList("axes[0].claims.cluster"));
        assertEquals(3, json.getList("axes[0].claims.findAll { it.low == null && it.high == null }").size());
    }

    @Test
    void shouldNeverGiveTheDossiersVagueTrainingCostAMadeUpMedian() {
        JsonPath json = given().get("/api/topics/deepseek-costs/comparison").then().statusCode(200).extract().jsonPath();
        String labs = "axes.find { it.subject.name != 'DeepSeek' && it.metric.key == 'training-cost' }.summary.";
        assertNull(json.get(labs + "median"));
        assertEquals(1, json.getList(labs + "vague").size());
        String deepseek = "axes.find { it.subject.name == 'DeepSeek' && it.metric.key == 'training-cost' }.summary.";
        assertEquals(5_600_000.0, json.getDouble(deepseek + "median"));
        assertEquals(3, json.getInt(deepseek + "medianOf"));
        assertEquals(List.of(), json.getList(deepseek + "vague"));
        JsonPath chips = given().get("/api/topics/deepseek-chips/comparison").then().statusCode(200).extract().jsonPath();
        String model = "axes.find { it.metric.key == 'gpu-model' }.summary.";
        assertEquals("H800", chips.getString(model + "categories[0].category"));
        assertNull(chips.get(model + "min"));
    }

    private static String claim(String subject, String metric, Map<String, Object> figure) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subject);
        body.put("metricId", metric);
        body.put("figure", figure);
        body.put("statement", "Le chiffre est " + figure.get("text") + ".");
        body.put("language", "fr");
        return Fixtures.post("/api/claims", body);
    }

    private static JsonPath compare(String subject) {
        return given().queryParam("subject", subject).get("/api/comparisons").then().statusCode(200).extract()
                .jsonPath();
    }
}
