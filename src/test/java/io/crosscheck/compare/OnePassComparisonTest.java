package io.crosscheck.compare;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.Fixtures;
import io.crosscheck.common.Cursor;
import io.crosscheck.common.PageRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A comparison reads a small scope once and sums up its axes in memory; larger ones query each axis.
 * Both ways must give the same view, value for value: every figure kind, currencies and units (units
 * matched case-insensitively), categories, claims in doubt (a verdict, a confirmed contradiction, a
 * supersession), first appearances at different dates and none, ties, and a cluster larger than the
 * summary's id cap, open above, whose outliers are counted by query.
 */
@QuarkusTest
class OnePassComparisonTest {

    @Inject
    ComparisonService comparisons;

    private static String subjectA;
    private static String subjectB;
    private static String topic;

    @BeforeEach
    void load() {
        synchronized (OnePassComparisonTest.class) {
            if (topic == null) {
                seed();
            }
        }
    }

    /** The first axis page, as large as axis pages go (every axis of this data). */
    private AxisPage first() {
        return AxisPage.first(comparisons.maxAxes());
    }

    @Test
    void shouldGiveTheSameTopicComparisonInOnePassAsAxisByAxis() {
        UUID after = null;
        int pages = 0;
        do {
            ComparisonView byAxis = comparisons.forTopic(topic, new PageRequest(25, after), first(), 0);
            ComparisonView onePass = comparisons.forTopic(topic, new PageRequest(25, after), first(), 2000);
            assertEquals(byAxis, onePass, "page after " + after);
            assertEquals(byAxis, comparisons.forTopic(topic, new PageRequest(25, after), first()), "as configured");
            after = byAxis.next() == null ? null : Cursor.decode(byAxis.next());
            pages++;
        } while (after != null);
        assertTrue(pages > 1, "several pages, each placing its claims in the clusters");
    }

    @Test
    void shouldGiveTheSameSubjectComparisonInOnePassAsAxisByAxis() {
        for (String subject : List.of(subjectA, subjectB)) {
            ComparisonView byAxis = comparisons.forSubject(subject, null, new PageRequest(100, null), first(), 0);
            assertEquals(byAxis, comparisons.forSubject(subject, null, new PageRequest(100, null), first(), 2000));
            // Axes above the one-pass size are summed up by query, beside the others read in the pass.
            assertEquals(byAxis, comparisons.forSubject(subject, null, new PageRequest(100, null), first(), 10));
        }
    }

    @Test
    void shouldGiveTheSameAxisPagesInOnePassAsAxisByAxisAndAsTheWholeComparison() {
        // Three axes a page over the topic's eight: the one-pass read covers the page's axes only.
        ComparisonView whole = comparisons.forTopic(topic, new PageRequest(100, null), first(), 0);
        assertTrue(whole.axisCount() > 3 && whole.axisCount() == whole.axes().size(), "more axes than a page of 3");
        Map<String, ComparisonView.Axis> byKey = new HashMap<>();
        whole.axes().forEach(a -> byKey.put(key(a), a));
        List<String> walked = new ArrayList<>();
        Map<String, List<UUID>> claims = new HashMap<>();
        AxisPage axes = new AxisPage(3, null);
        int axisPages = 0;
        while (axes != null) {
            UUID after = null;
            do {
                ComparisonView byAxis = comparisons.forTopic(topic, new PageRequest(10, after), axes, 0);
                ComparisonView onePass = comparisons.forTopic(topic, new PageRequest(10, after), axes, 2000);
                assertEquals(byAxis, onePass, "axis page " + axisPages + ", claims after " + after);
                assertEquals(byAxis, comparisons.forTopic(topic, new PageRequest(10, after), axes), "as configured");
                assertEquals(whole.axisCount(), byAxis.axisCount());
                assertEquals(whole.total(), byAxis.total());
                for (ComparisonView.Axis a : byAxis.axes()) {
                    assertEquals(byKey.get(key(a)).summary(), a.summary(), "an axis's summary, whatever the page");
                    if (after == null) {
                        walked.add(key(a));
                    }
                    a.claims().forEach(e -> claims.computeIfAbsent(key(a), k -> new ArrayList<>()).add(e.id()));
                }
                after = byAxis.next() == null ? null : Cursor.decode(byAxis.next());
                if (after == null) {
                    axes = byAxis.axesNext() == null ? null : new AxisPage(3, AxisPage.decode(byAxis.axesNext()));
                }
            } while (after != null);
            axisPages++;
        }
        assertEquals((whole.axisCount() + 2) / 3, axisPages);
        assertEquals(whole.axes().stream().map(OnePassComparisonTest::key).toList(), walked, "every axis once, in order");
        for (ComparisonView.Axis a : whole.axes()) {
            assertEquals(a.summary().count(), claims.get(key(a)).size(), "every claim of " + key(a) + " once");
            assertEquals(a.summary().count(), new java.util.HashSet<>(claims.get(key(a))).size());
        }
    }

    private static String key(ComparisonView.Axis a) {
        return a.subject().id() + "|" + a.metric().key() + "|" + a.currency() + "|" + a.unit();
    }

    @Test
    void shouldExerciseEveryPartOfTheSummaryInTheComparedData() {
        // The comparison above means something only if the data reaches every part of a summary.
        ComparisonView view = comparisons.forSubject(subjectA, null, new PageRequest(100, null), first(), 2000);
        List<ComparisonView.Summary> summaries = view.axes().stream().map(ComparisonView.Axis::summary).toList();
        assertTrue(view.axes().size() >= 4, "money in two currencies, a count, categories");
        assertTrue(summaries.stream().anyMatch(s -> s.clusters().stream().anyMatch(c -> c.size() > 20 && c.outlierCount() > 0)),
                "a cluster over the id cap with outliers");
        assertTrue(summaries.stream().anyMatch(s -> s.clusterCount() > 1), "several clusters on an axis");
        assertTrue(summaries.stream().anyMatch(s -> s.categoryCount() > 1), "categories");
        assertTrue(summaries.stream().anyMatch(s -> s.disputedCount() > 0), "claims in doubt");
        assertTrue(summaries.stream().anyMatch(s -> s.vagueCount() > 0), "vague figures");
        assertTrue(summaries.stream().anyMatch(s -> s.median() != null && s.medianOf() % 2 == 0), "an even median");
        summaries.forEach(s -> assertNotNull(s.earliest(), "every axis has a dated first appearance"));
        assertTrue(view.axes().stream().anyMatch(a -> "GPU".equalsIgnoreCase(a.unit()) && a.summary().count() > 10),
                "GPU and gpu on one axis");
    }

    private static void seed() {
        Random random = new Random(12);
        subjectA = Fixtures.entity(Fixtures.unique("Onepass"));
        subjectB = Fixtures.entity(Fixtures.unique("Onepass"));
        String money = Fixtures.metric(Fixtures.unique("cost"), "MONEY", false);
        String count = Fixtures.metric(Fixtures.unique("gpus"), "COUNT", false);
        String chips = Fixtures.metric(Fixtures.unique("chips"), "CATEGORY", true);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("Chiffre ").append(i).append(". ");
        }
        // Two sources share a date (ties), one is later, one has no date.
        List<String> sources = new ArrayList<>();
        for (String date : new String[] {"2025-01-10", "2025-01-10", "2025-03-02", null}) {
            Map<String, Object> body = new HashMap<>(Map.of("url", "https://" + Fixtures.unique("onepass") + ".example/a",
                    "title", "Un article", "publisher", "Le Quotidien", "language", "fr", "text", text.toString()));
            if (date != null) {
                body.put("publishedDate", date);
            }
            sources.add(Fixtures.post("/api/sources", body));
        }
        List<String> claims = new ArrayList<>();
        int n = 0;
        for (String subject : List.of(subjectA, subjectB)) {
            // One money axis: a small cluster (1 to 2 M), then a cluster of 30 open above whose consensus some miss.
            for (int i = 0; i < 5; i++) {
                claims.add(claim(subject, money, range(1_000_000 + 100_000 * i, 2_000_000, "EUR"), n++, sources, random));
            }
            for (int i = 0; i < 24; i++) {
                claims.add(claim(subject, money, range(10_000_000 + 400_000 * i, 20_000_000 + 500_000 * (i % 5), "EUR"), n++,
                        sources, random));
            }
            claims.add(claim(subject, money, Map.of("kind", "AT_LEAST", "low", 12_000_000, "currency", "EUR",
                    "text", "plus de 12 millions d'euros"), n++, sources, random));
            claims.add(claim(subject, money, Map.of("kind", "AT_LEAST", "low", 12_000_000, "currency", "EUR",
                    "text", "au moins 12 millions d'euros"), n++, sources, random));
            claims.add(claim(subject, money, range(10_000_000, 10_100_000, "EUR"), n++, sources, random));
            // Points, some repeated, in dollars: a median of an even count, clusters of equal points.
            for (int i = 0; i < 12; i++) {
                claims.add(claim(subject, money, Map.of("kind", i % 3 == 0 ? "APPROXIMATE" : "EXACT",
                        "value", 5_000_000 + 600_000 * (i % 4), "currency", "USD", "text", "quelque " + i + " millions"),
                        n++, sources, random));
            }
            claims.add(claim(subject, money, Map.of("kind", "AT_MOST", "high", 3_000_000, "currency", "USD",
                    "text", "moins de 3 millions de dollars"), n++, sources, random));
            // A count whose unit is written two ways: one axis.
            for (int i = 0; i < 14; i++) {
                claims.add(claim(subject, count, Map.of("kind", "EXACT", "value", 10_000 * (1 + i % 5),
                        "unit", i % 2 == 0 ? "GPU" : "gpu", "text", (1 + i % 5) + "0 000 GPU"), n++, sources, random));
            }
            // Categories with ties in count.
            for (int i = 0; i < 9; i++) {
                String category = new String[] {"L40", "A100", "V100"}[i % 3];
                claims.add(claim(subject, chips, Map.of("kind", "CATEGORY", "category", category,
                        "text", "puces " + category), n++, sources, random));
            }
        }
        // In doubt three ways: verdicts, a confirmed contradiction, a supersession.
        for (int i = 3; i < claims.size(); i += 11) {
            verdict(claims.get(i), i % 2 == 0 ? "FALSE" : "MISLEADING");
        }
        Fixtures.post("/api/links", Map.of("from", claims.get(6), "to", claims.get(30), "type", "CONTRADICTS",
                "rationale", "Deux montants."));
        Fixtures.post("/api/links", Map.of("from", claims.get(40), "to", claims.get(35), "type", "SUPERSEDES",
                "rationale", "Plus récent."));
        Fixtures.awaitDetection();
        Fixtures.dismissProposals(claims); // both ways of comparing ignore dismissed links alike
        // The topic holds two claims out of three, over both subjects.
        List<String> held = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            if (i % 3 != 2) {
                held.add(claims.get(i));
            }
        }
        topic = Fixtures.unique("onepass");
        given().contentType(ContentType.JSON).body(Map.of("slug", topic, "title", "Un pas", "claimIds", held))
                .post("/api/topics").then().statusCode(201);
    }

    private static Map<String, Object> range(long low, long high, String currency) {
        return Map.of("kind", "RANGE", "low", low, "high", high, "currency", currency,
                "text", "entre " + low + " et " + high);
    }

    /** A claim quoted in one to three sources, the first of them (at random) marked as its first appearance. */
    private static String claim(String subject, String metric, Map<String, Object> figure, int n, List<String> sources,
            Random random) {
        List<Map<String, Object>> appearances = new ArrayList<>();
        int first = random.nextInt(sources.size());
        int quoted = 1 + random.nextInt(3);
        for (int k = 0; k < quoted; k++) {
            String source = sources.get((first + k) % sources.size());
            appearances.add(Map.of("sourceId", source, "quote", "Chiffre " + n + ".",
                    "firstAppearance", k == 0));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subject);
        body.put("metricId", metric);
        body.put("figure", figure);
        body.put("statement", "Chiffre " + n + " : " + figure.get("text") + ".");
        body.put("language", "fr");
        body.put("appearances", appearances);
        return Fixtures.post("/api/claims", body);
    }

    private static void verdict(String claim, String verdict) {
        String etag = given().get("/api/claims/" + claim).then().statusCode(200).extract().header("ETag");
        given().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of("verdict", verdict))
                .patch("/api/claims/" + claim).then().statusCode(200);
    }
}
