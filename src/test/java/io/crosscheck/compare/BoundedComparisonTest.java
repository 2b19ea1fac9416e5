package io.crosscheck.compare;

import static io.crosscheck.Fixtures.anonymous;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * A comparison of 300 claims (imported in one batch): summaries over all of them, claims a page at a
 * time, the widget bounded, and answers compressed for clients that accept gzip.
 */
@QuarkusTest
class BoundedComparisonTest {

    static final int N = 300;

    /** The subject of the 300 claims, imported once for the class (the first test to run loads them). */
    private static String loaded;

    String subject;

    @org.junit.jupiter.api.BeforeEach
    void load() {
        synchronized (BoundedComparisonTest.class) {
            if (loaded == null) {
                loaded = importClaims();
            }
        }
        subject = loaded;
    }

    private static String importClaims() {
        String subject = unique("Bigco");
        // Two uploads of 150 rows: the test profile caps an import at 200 rows.
        for (int part = 0; part < 2; part++) {
            StringBuilder csv = new StringBuilder("subject,metric,claimant,figure_text,figure_lang,statement,language,"
                    + "source_url,source_title,source_publisher,source_published,quote\r\n");
            for (int i = part * N / 2; i < (part + 1) * N / 2; i++) {
                // Points spread over two decades with repeats (so clusters form), some ranges, a few open bounds.
                String figure = i % 25 == 0 ? "plus de " + (20 + i % 7) + " millions de dollars"
                        : i % 10 == 0 ? "entre " + (i % 40 + 1) + " et " + (i % 40 + 3) + " millions de dollars"
                        : (1 + (i * 37) % 90) / (i % 3 == 0 ? 1 : 10.0) + " millions de dollars";
                figure = figure.replace('.', ',');
                csv.append(subject).append(",training-cost,Analyste ").append(i % 17).append(",\"").append(figure)
                        .append("\",fr,\"Le coût serait de ").append(figure).append(", selon l'analyste (note ").append(i)
                        .append(").\",fr,").append("https://example.org/").append(subject).append("/").append(i).append(",Article ")
                        .append(i % 9).append(",Journal ").append(i % 5).append(",2025-0").append(1 + i % 9).append("-")
                        .append(10 + i % 19).append(",\"").append(figure).append("\"\r\n");
            }
            String location = given().config(RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                    .encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                    .contentType("text/csv; charset=UTF-8").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                    .post("/api/import").then().statusCode(202).extract().header("Location");
            JsonPath job = Fixtures.awaitJob(location);
            assertEquals(N / 2, job.getInt("result.created"), job.prettify());
        }
        Fixtures.awaitDetection();
        return subject;
    }

    @Test
    void shouldSummariseEveryClaimAndPageThem() {
        Set<String> seen = new LinkedHashSet<>();
        List<Map<String, Object>> entries = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        JsonPath first = null;
        do {
            var request = given().queryParam("subject", subject).queryParam("metric", "training-cost").queryParam("limit", 40);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response r = request.get("/api/comparisons");
            assertEquals(200, r.statusCode(), r.asString());
            assertTrue(r.asByteArray().length < 120_000, "a page of 40 claims (and their links) stays bounded: " + r.asByteArray().length);
            JsonPath json = r.jsonPath();
            first = first == null ? json : first;
            assertEquals(1, json.getList("axes").size());
            assertEquals(N, json.getInt("axes[0].summary.count"), "the summary covers every claim, on every page");
            assertEquals(N, json.getLong("total"));
            List<Map<String, Object>> claims = json.getList("axes[0].claims");
            assertTrue(claims.size() <= 40);
            for (Map<String, Object> c : claims) {
                assertTrue(seen.add((String) c.get("id")), "each claim on one page only");
                entries.add(c);
            }
            cursor = json.getString("next");
            if (cursor != null) {
                assertEquals(40, claims.size());
                assertTrue(r.header("Link").contains("rel=\"next\"") && r.header("Link").contains("cursor="), r.header("Link"));
            } else {
                assertNull(r.header("Link"));
            }
            pages++;
        } while (cursor != null && pages < 20);
        assertEquals(N, seen.size());
        assertEquals(8, pages);

        // The clusters, consensus and outliers found in SQL and one pass match the in-memory reference.
        List<Clusters.Item> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> e = entries.get(i);
            items.add(new Clusters.Item(i, e.get("low") == null ? Double.NEGATIVE_INFINITY : ((Number) e.get("low")).doubleValue(),
                    e.get("high") == null ? Double.POSITIVE_INFINITY : ((Number) e.get("high")).doubleValue()));
        }
        List<Clusters.Cluster> expected = Clusters.of(items);
        JsonPath summary = first.setRootPath("axes[0].summary");
        assertEquals(expected.size(), summary.getInt("clusterCount"));
        assertTrue(summary.getList("clusters").size() <= 20, "the cluster list is bounded");
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int k = 0; k < expected.size(); k++) {
            Clusters.Cluster cl = expected.get(k);
            sizes.put(k + 1, cl.members().size());
            for (int m : cl.members()) {
                assertEquals(k + 1, ((Number) entries.get(m).get("cluster")).intValue());
                assertEquals(cl.members().size() > 1 && cl.outliers().contains(m), entries.get(m).get("outlier"));
            }
        }
        for (Map<String, Object> view : summary.<Map<String, Object>>getList("clusters")) {
            assertEquals(sizes.get(((Number) view.get("index")).intValue()), ((Number) view.get("size")).intValue());
        }
        // Stated min and max, and the median over points.
        List<Double> points = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int vague = 0;
        for (Map<String, Object> e : entries) {
            @SuppressWarnings("unchecked")
            Map<String, Object> f = (Map<String, Object>) e.get("figure");
            if (Boolean.TRUE.equals(e.get("vague"))) {
                vague++;
                for (String end : List.of("low", "high")) {
                    if (f.get(end) != null) {
                        min = Math.min(min, ((Number) f.get(end)).doubleValue());
                        max = Math.max(max, ((Number) f.get(end)).doubleValue());
                    }
                }
            } else {
                double v = ((Number) f.get("value")).doubleValue();
                points.add(v);
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        points.sort(Double::compare);
        double median = points.size() % 2 == 1 ? points.get(points.size() / 2)
                : (points.get(points.size() / 2 - 1) + points.get(points.size() / 2)) / 2;
        assertEquals(min, summary.getDouble("min"), 1e-6);
        assertEquals(max, summary.getDouble("max"), 1e-6);
        assertEquals(median, summary.getDouble("median"), 1e-6);
        assertEquals(points.size(), summary.getInt("medianOf"));
        assertEquals(vague, summary.getInt("vagueCount"));
        assertEquals(Math.min(20, vague), summary.getList("vague").size());
        // Earliest and latest by first appearance date (ties: the smallest id).
        String earliest = entries.stream().filter(e -> e.get("firstAppearance") != null)
                .min(java.util.Comparator.comparing((Map<String, Object> e) -> date(e)).thenComparing(e -> (String) e.get("id")))
                .map(e -> (String) e.get("id")).orElseThrow();
        String latest = entries.stream().filter(e -> e.get("firstAppearance") != null)
                .min(java.util.Comparator.comparing((Map<String, Object> e) -> date(e)).reversed()
                        .thenComparing(e -> (String) e.get("id")))
                .map(e -> (String) e.get("id")).orElseThrow();
        assertEquals(earliest, summary.getString("earliest"));
        assertEquals(latest, summary.getString("latest"));
    }

    @SuppressWarnings("unchecked")
    private static String date(Map<String, Object> entry) {
        return (String) ((Map<String, Object>) entry.get("firstAppearance")).get("date");
    }

    @Test
    void shouldPageATopicAndRefuseABadCursor() {
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("subject", subject).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath json = request.get("/api/comparisons").then().statusCode(200).extract().jsonPath();
            all.addAll(json.getList("axes[0].claims.id"));
            cursor = json.getString("next");
        } while (cursor != null);
        String slug = unique("big-topic");
        given().contentType("application/json").body(Map.of("slug", slug, "title", "Big topic", "claimIds", all))
                .post("/api/topics").then().statusCode(201);
        JsonPath topic = given().queryParam("limit", 25).get("/api/topics/" + slug + "/comparison").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(N, topic.getInt("axes[0].summary.count"));
        assertEquals(25, topic.getList("axes[0].claims").size());
        assertNotNull(topic.getString("next"));
        given().queryParam("cursor", "not-a-cursor").get("/api/topics/" + slug + "/comparison").then().statusCode(400);
        given().queryParam("limit", 1000).get("/api/topics/" + slug + "/comparison").then().statusCode(400);

        // The topic widget shows the top of the comparison and links to the rest, under 20 KB.
        for (String lang : List.of("fr", "en")) {
            String html = anonymous().queryParam("lang", lang).get("/embed/topics/" + slug).then().statusCode(200)
                    .extract().asString();
            int bytes = html.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes < 20_000, "topic widget " + lang + ": " + bytes + " bytes");
            assertTrue(html.contains("en".equals(lang) ? "See all 300 claims" : "Voir les 300 affirmations"), html);
            assertTrue(html.split("class=\"row").length - 1 <= 12, "at most 12 rows");
        }

        // The console's topic page shows 100 claims a page and a next link until every claim was seen.
        java.util.Set<String> seen = new java.util.HashSet<>();
        String page = "/topics/" + slug + "?lang=en";
        int pages = 0;
        while (page != null) {
            String html = given().get(page).then().statusCode(200).extract().asString();
            java.util.regex.Matcher claim = java.util.regex.Pattern.compile("href=\"/claims/([0-9a-f-]{36})\\?").matcher(html);
            int before = seen.size();
            while (claim.find()) {
                seen.add(claim.group(1));
            }
            assertTrue(seen.size() > before, "each page shows new claims");
            java.util.regex.Matcher next = java.util.regex.Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\"").matcher(html);
            page = next.find() ? next.group(1).replace("&amp;", "&") : null;
            pages++;
        }
        assertEquals(3, pages, "300 claims at 100 a page");
        assertEquals(new java.util.HashSet<>(all), seen, "every claim of the topic, once");
    }

    /**
     * Six axes, the most a card shows ({@code crosscheck.embed.max-axes}): the demo topic's card and
     * the DeepSeek comparison card stay under 20 KB of HTML. So does a card at its worst through the
     * API, six axes of twelve claims ({@code max-claims}) where every name runs past the 60-character
     * cut, all six axes on one scale (so the overview would draw the twelve claims again) and narrow
     * ranges (so every chart has its densest gridlines): every page is written within 20,000 bytes
     * (WidgetHtml; WidgetBudgetProperties tries hostile data), here by leaving the overview out.
     */
    @Test
    void shouldBoundASixAxisTopicCard() {
        for (String lang : List.of("fr", "en")) {
            String topic = anonymous().queryParam("lang", lang).get("/embed/topics/deepseek-costs").then().statusCode(200)
                    .extract().asString();
            assertEquals(6, count(topic, "<section class=\"axis\">"), "the demo topic has six axes");
            assertTrue(utf8(topic) < 20_000, "demo topic widget " + lang + ": " + utf8(topic) + " bytes");
            String comparison = anonymous().queryParam("subject", "DeepSeek").queryParam("lang", lang)
                    .get("/embed/comparisons").then().statusCode(200).extract().asString();
            assertTrue(utf8(comparison) < 20_000, "DeepSeek comparison widget " + lang + ": " + utf8(comparison) + " bytes");
        }

        String tag = unique("Long");
        String tail = " (société d'exploitation des très grands modèles de langage, Île-de-France)";
        StringBuilder csv = new StringBuilder("subject,metric,claimant,figure_text,figure_lang,statement,language,"
                + "source_url,source_title,source_publisher,source_published,quote\r\n");
        String[][] figures = {{"3,2 millions de dollars", "7,9 millions de dollars"},
            {"entre 3 et 8 millions de dollars", "plus de 4 millions de dollars"}, {"5,5 millions de dollars", "6,1 millions de dollars"}};
        for (int axis = 0; axis < 6; axis++) {
            for (int i = 0; i < 2; i++) {
                String figure = figures[(axis + i) % 3][i];
                csv.append('"').append(tag).append(" laboratoire n°").append(axis).append(tail).append("\",training-cost,")
                        .append("\"Cabinet d'analyse indépendant n°").append(axis).append(i).append(tail).append("\",\"")
                        .append(figure).append("\",fr,\"Le coût serait de ").append(figure).append(".\",fr,https://example.org/")
                        .append(tag).append('/').append(axis).append(i).append(",Titre,\"Journal économique n°").append(axis)
                        .append(i).append(tail).append("\",2025-01-1").append(i).append(",\"").append(figure).append("\"\r\n");
            }
        }
        String location = given().config(RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                .encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/csv; charset=UTF-8").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/import").then().statusCode(202).extract().header("Location");
        JsonPath job = Fixtures.awaitJob(location);
        assertEquals(12, job.getInt("result.created"), job.prettify());
        List<String> ids = new ArrayList<>();
        for (int axis = 0; axis < 6; axis++) {
            ids.addAll(given().queryParam("subject", tag + " laboratoire n°" + axis + tail).get("/api/claims").then()
                    .statusCode(200).extract().jsonPath().getList("items.id"));
        }
        assertEquals(12, ids.size());
        String slug = unique("long-names");
        given().contentType("application/json").body(Map.of("slug", slug, "title", tag + tail + tail, "claimIds", ids))
                .post("/api/topics").then().statusCode(201);
        for (String lang : List.of("fr", "en")) {
            String html = anonymous().queryParam("lang", lang).get("/embed/topics/" + slug).then().statusCode(200)
                    .extract().asString();
            assertEquals(6, count(html, "<section class=\"axis\">"), "six axes");
            assertEquals(12, count(html, "<li class=\"row"), "twelve rows: every claim is shown");
            // The overview draws the twelve claims again: it is shown only if it fits the budget.
            int overview = count(html, "<section class=\"story\">");
            assertTrue(overview <= 1);
            assertEquals(12 + 12 * overview, count(html, "<g class=\"mark"), "twelve marks on the axes, and in the overview if shown");
            assertTrue(html.contains("…"), "names are cut");
            assertTrue(utf8(html) < 20_000, "six long-named axes, " + lang + ": " + utf8(html) + " bytes");
        }
    }

    private static int utf8(String html) {
        return html.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void shouldBoundTheComparisonWidgetAndTitleItWithTheMetricLabel() {
        String label = given().get("/api/metrics/training-cost").then().statusCode(200).extract().path("labelEn");
        String html = anonymous().queryParam("subject", subject).queryParam("metric", "training-cost")
                .queryParam("lang", "en").get("/embed/comparisons").then().statusCode(200).extract().asString();
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < 20_000, "comparison widget: " + bytes + " bytes");
        assertTrue(html.contains("<title>" + subject + " · " + label), "titled with the metric's label: " + label);
        assertTrue(html.contains("See all 300 claims"));
        assertTrue(html.contains("/claims?subject=" + subject + "&amp;metric=training-cost&amp;lang=en"), "links to the rest");
        assertTrue(!html.contains("millions de dollars"), "English figures in the English widget");
    }

    @Test
    void shouldCompressAWidgetForClientsThatAcceptGzip() throws Exception {
        String path = "/embed/comparisons?subject=" + subject + "&metric=training-cost&lang=en";
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + RestAssured.port + path);
        HttpResponse<byte[]> plain = client.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "identity").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> gzip = client.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, gzip.statusCode());
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(plain.headers().firstValue("Content-Encoding").map(e -> e.equals("identity")).orElse(true));
        byte[] inflated = new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes();
        assertEquals(new String(plain.body(), StandardCharsets.UTF_8), new String(inflated, StandardCharsets.UTF_8),
                "intact after decompression");
        assertTrue(gzip.body().length < plain.body().length / 2, "compressed: " + gzip.body().length + " of " + plain.body().length);
        // API answers too.
        HttpResponse<byte[]> json = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port
                + "/api/comparisons?subject=" + subject)).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", json.headers().firstValue("Content-Encoding").orElse(null));
    }
}
