package io.crosscheck.compare;

import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ComparisonResourceTest {

    /** crosscheck.comparisons.max-axes (its default; the test profile keeps it). */
    static final int MAX_AXES = 50;

    /** A topic of {@link #AXES} axes, more than one axis page holds: made once for the class. */
    private static Wide wide;

    static final int AXES = MAX_AXES + 3;

    record Wide(String slug, String subject, List<String> claims) {
    }

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

    @Test
    void shouldAnswerEveryAxisOfAScopeWithinTheCapInOnePage() {
        JsonPath json = given().get("/api/topics/deepseek-costs/comparison").then().statusCode(200).extract().jsonPath();
        assertTrue(json.getList("axes").size() > 1);
        assertEquals(json.getList("axes").size(), json.getInt("axisCount"));
        assertNull(json.getString("axesNext"));
    }

    @Test
    void shouldAnswerAtMostMaxAxesAndCountThemAll() {
        Wide w = wide();
        Response first = given().queryParam("limit", 100).get("/api/topics/" + w.slug() + "/comparison");
        assertEquals(200, first.statusCode(), first.asString());
        JsonPath json = first.jsonPath();
        assertEquals(MAX_AXES, json.getList("axes").size());
        assertEquals(AXES, json.getInt("axisCount"));
        assertEquals(w.claims().size(), json.getLong("total"), "total: the claims of every axis");
        String next = json.getString("axesNext");
        assertNotNull(next);
        assertTrue(first.headers().getValues("Link").stream().anyMatch(l -> l.contains("rel=\"next-axes\"")
                && l.contains("axisCursor=" + next) && !l.contains("cursor=" + json.getString("next"))),
                first.headers().getValues("Link").toString());
        JsonPath rest = given().queryParam("axisCursor", next).queryParam("limit", 100)
                .get("/api/topics/" + w.slug() + "/comparison").then().statusCode(200).extract().jsonPath();
        assertEquals(AXES - MAX_AXES, rest.getList("axes").size());
        assertEquals(AXES, rest.getInt("axisCount"));
        assertNull(rest.getString("axesNext"));
        Set<String> both = new HashSet<>(axes(json));
        both.addAll(axes(rest));
        assertEquals(AXES, both.size(), "the two pages hold every axis, once");
    }

    @Test
    void shouldWalkEveryAxisAndEveryClaimOnceAxisPageByAxisPage() {
        Wide w = wide();
        Set<String> axesSeen = new HashSet<>();
        Set<String> claimsSeen = new HashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> shown = new HashMap<>();
        String axisCursor = null;
        int axisPages = 0;
        do {
            Set<String> pageAxes = null;
            String cursor = null;
            String axesNext = null;
            do {
                var request = given().queryParam("axisLimit", 20).queryParam("limit", 15);
                if (axisCursor != null) {
                    request.queryParam("axisCursor", axisCursor);
                }
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                JsonPath json = request.get("/api/topics/" + w.slug() + "/comparison").then().statusCode(200)
                        .extract().jsonPath();
                assertEquals(AXES, json.getInt("axisCount"));
                assertEquals(w.claims().size(), json.getLong("total"));
                List<String> keys = axes(json);
                if (pageAxes == null) {
                    pageAxes = new HashSet<>(keys);
                    axesNext = json.getString("axesNext");
                    for (String k : keys) {
                        assertTrue(axesSeen.add(k), "each axis on one axis page only: " + k);
                    }
                } else {
                    assertEquals(pageAxes, new HashSet<>(keys), "the claims pages of an axis page answer its axes");
                    assertEquals(axesNext, json.getString("axesNext"));
                }
                assertTrue(keys.size() <= 20);
                for (int i = 0; i < keys.size(); i++) {
                    List<String> ids = json.getList("axes[" + i + "].claims.id");
                    counts.put(keys.get(i), json.getInt("axes[" + i + "].summary.count"));
                    shown.merge(keys.get(i), ids.size(), Integer::sum);
                    for (String id : ids) {
                        assertTrue(claimsSeen.add(id), "each claim once: " + id);
                    }
                }
                cursor = json.getString("next");
            } while (cursor != null);
            axisCursor = axesNext;
            axisPages++;
        } while (axisCursor != null && axisPages < 10);
        assertEquals(3, axisPages, "53 axes at 20 a page");
        assertEquals(AXES, axesSeen.size());
        assertEquals(new HashSet<>(w.claims()), claimsSeen);
        assertEquals(counts, shown, "each axis's summary counts the claims paged under it");

        // One subject's comparison pages its axes the same way.
        JsonPath one = given().queryParam("subject", w.subject()).queryParam("axisLimit", 2).get("/api/comparisons")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(2, one.getList("axes").size());
        assertEquals(3, one.getInt("axisCount"));
        JsonPath last = given().queryParam("subject", w.subject()).queryParam("axisLimit", 2)
                .queryParam("axisCursor", one.getString("axesNext")).get("/api/comparisons").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, last.getList("axes").size());
        assertNull(last.getString("axesNext"));
        assertEquals(one.getLong("total"), last.getLong("total"));
        assertEquals(one.getLong("total"), last.getLong("axes[0].summary.count") + one.getLong("axes[0].summary.count")
                + one.getLong("axes[1].summary.count"));
    }

    @Test
    void shouldShowTheWidgetAndTheConsoleAnAxisPageAndCountTheOtherAxes() {
        Wide w = wide();
        // The widget asks for its six axes only and counts the rest from axisCount.
        String widget = io.crosscheck.Fixtures.anonymous().queryParam("lang", "en").get("/embed/topics/" + w.slug())
                .then().statusCode(200).extract().asString();
        assertTrue(widget.contains("and " + (AXES - 6) + " more series"), widget);
        assertTrue(widget.contains("See all " + w.claims().size() + " claims"), widget);
        // The console's topic page: the first axis page, how many series it shows, and a link to the next.
        String page = given().get("/topics/" + w.slug() + "?lang=en").then().statusCode(200).extract().asString();
        assertTrue(page.contains(MAX_AXES + " of the " + AXES + " series on this page"), page);
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("<a rel=\"next-axes\" href=\"([^\"]+)\"")
                .matcher(page);
        assertTrue(next.find(), page);
        String rest = given().get(next.group(1).replace("&amp;", "&")).then().statusCode(200).extract().asString();
        assertTrue(rest.contains((AXES - MAX_AXES) + " of the " + AXES + " series on this page"), rest);
        assertTrue(!rest.contains("rel=\"next-axes\""), "the last axis page");
    }

    @Test
    void shouldRefuseABadPagingParameterAndNameIt() {
        for (String path : List.of("/api/topics/deepseek-costs/comparison", "/api/comparisons?subject=DeepSeek")) {
            problem(given().queryParam("axisCursor", "not-a-cursor").get(path).then(), 400)
                    .body("errors[0].field", equalTo("axisCursor"));
            problem(given().queryParam("axisCursor", io.crosscheck.common.Cursor.encode(java.util.UUID.randomUUID()))
                    .get(path).then(), 400).body("errors[0].field", equalTo("axisCursor"));
            for (String limit : List.of("0", String.valueOf(MAX_AXES + 1), "many")) {
                problem(given().queryParam("axisLimit", limit).get(path).then(), 400)
                        .body("errors[0].field", equalTo("axisLimit"));
            }
            // The claims' paging parameters, read by the same parameter class, answer the same way.
            problem(given().queryParam("cursor", "not-a-cursor").get(path).then(), 400)
                    .body("errors[0].field", equalTo("cursor"));
            for (String limit : List.of("0", "101", "many")) {
                problem(given().queryParam("limit", limit).get(path).then(), 400)
                        .body("errors[0].field", equalTo("limit"));
            }
        }
    }

    /** Each axis of an answer as subject id, metric key, currency and unit. */
    private static List<String> axes(JsonPath json) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < json.getList("axes").size(); i++) {
            String a = "axes[" + i + "].";
            out.add(json.getString(a + "subject.id") + "|" + json.getString(a + "metric.key") + "|"
                    + json.getString(a + "currency") + "|" + json.getString(a + "unit"));
        }
        return out;
    }

    /**
     * 50 subjects of one to three claims on one metric, and one subject on three metrics: 53 axes. The
     * claims of a subject state one figure (nothing to contradict); what detection proposes is dismissed,
     * so that the shared review queue is not filled with test data.
     */
    private static synchronized Wide wide() {
        if (wide != null) {
            return wide;
        }
        String source = Fixtures.source("https://" + unique("axes") + ".example/a", "Chiffre cité.");
        List<String> metrics = List.of(Fixtures.metric(unique("axcost"), "MONEY", false),
                Fixtures.metric(unique("axspend"), "MONEY", false), Fixtures.metric(unique("axbudget"), "MONEY", false));
        List<String> claims = new ArrayList<>();
        String many = Fixtures.entity(unique("Axes"));
        for (String metric : metrics) {
            claims.add(claim(many, metric, 2_000_000, source));
        }
        for (int s = 0; s < AXES - metrics.size(); s++) {
            String subject = Fixtures.entity(unique("Axes"));
            for (int k = 0; k <= s % 3; k++) {
                claims.add(claim(subject, metrics.get(0), 1_000_000 + 10_000 * s, source));
            }
        }
        Fixtures.awaitDetection();
        Fixtures.dismissProposals(claims);
        String slug = unique("axes");
        given().contentType(ContentType.JSON).body(Map.of("slug", slug, "title", "Many axes", "claimIds", claims))
                .post("/api/topics").then().statusCode(201);
        wide = new Wide(slug, many, claims);
        return wide;
    }

    private static String claim(String subject, String metric, long euros, String source) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subject);
        body.put("metricId", metric);
        body.put("figure", Map.of("kind", "EXACT", "value", euros, "currency", "EUR", "text", euros + " euros"));
        body.put("statement", "Le chiffre est de " + euros + " euros.");
        body.put("language", "fr");
        body.put("appearances", List.of(Map.of("sourceId", source, "quote", "Chiffre cité.", "firstAppearance", true)));
        return Fixtures.post("/api/claims", body);
    }
}
