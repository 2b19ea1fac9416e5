package io.crosscheck.report;

import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.Fixtures;
import io.crosscheck.TestClock;
import io.crosscheck.transfer.ClaimCsv;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportRunnerTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    ReportRunner runner;

    @Inject
    ReportScheduler scheduler;

    @Inject
    ReportFiles files;

    @Inject
    ReportBuilder builder;

    @Inject
    ReportRuns runs;

    @Inject
    ObjectMapper mapper;

    @Inject
    jakarta.persistence.EntityManager em;

    /** Topics a test created in bulk, deleted after it so that later reports of the suite stay small. */
    private final List<String> createdTopics = new ArrayList<>();

    @AfterEach
    void realTime() {
        TestClock.reset();
        createdTopics.forEach(slug -> given().delete("/api/topics/" + slug).then().statusCode(204));
    }

    /** Fixes the clock at 03:00 in Paris on the day after {@code date}, so that {@code date} is yesterday. */
    static void dayAfter(LocalDate date) {
        TestClock.set(date.plusDays(1).atTime(LocalTime.of(3, 0)).atZone(PARIS).toInstant());
    }

    private JsonNode report(LocalDate date) throws Exception {
        return mapper.readTree(bytes(date, "report-" + date + ".json"));
    }

    /** A published file of a report, read back from the database as the API streams it. */
    private byte[] bytes(LocalDate date, String name) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        files.copy(files.file(date, name).orElseThrow(() -> new AssertionError(name + " not stored")), out);
        return out.toByteArray();
    }

    private static List<String> texts(JsonNode items, String field) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.at(field).asText()));
        return out;
    }

    @Test
    void shouldReportTheDossierForAFixedClock() throws Exception {
        Fixtures.awaitDetection(); // the dossier's conflicts are proposed by the detection worker
        LocalDate today = LocalDate.now(PARIS);
        dayAfter(today);
        assertEquals(today, runner.yesterday());
        Fixtures.awaitDetection(); // the dossier's contradictions are proposed by the detection queue
        assertEquals(ReportRuns.Claim.STARTED, runner.run(today, true));
        JsonNode r = report(today);
        assertEquals(today.toString(), r.get("date").asText());
        assertEquals("Europe/Paris", r.get("zone").asText());
        assertEquals(today.plusDays(1).atStartOfDay(PARIS).toInstant().toString(), r.get("windowEnd").asText());
        List<String> figures = texts(r.get("newClaims"), "/figure");
        assertTrue(figures.contains("5,6 millions de dollars"), figures.toString());
        assertTrue(figures.contains("1,6 milliard $"), figures.toString());
        List<String> conflicts = new ArrayList<>();
        r.at("/conflicts/created").forEach(l -> conflicts.add(l.at("/from/figure").asText() + " / " + l.at("/to/figure").asText()));
        assertTrue(conflicts.stream().anyMatch(c -> c.contains("5 millions de dollars") && c.contains("5,6 millions de dollars")),
                conflicts.toString());
        JsonNode open = r.get("openDisputes");
        for (int i = 1; i < open.size(); i++) {
            // Instants, not strings: ISO-8601 text drops trailing zeros of the fraction, so "12.5Z" > "12.51Z" as text.
            assertTrue(!java.time.Instant.parse(open.get(i - 1).get("createdAt").asText())
                    .isAfter(java.time.Instant.parse(open.get(i).get("createdAt").asText())),
                    "open disputes oldest first");
        }
        JsonNode topic = null;
        for (JsonNode t : r.get("topics")) {
            if (t.get("axes").size() > 0 && t.get("title").asText().contains("DeepSeek")) {
                topic = t;
            }
        }
        assertTrue(topic != null, "the dossier topic is summarised");
        JsonNode counts = r.get("counts");
        assertEquals(r.get("newClaims").size(), counts.get("newClaims").asInt());
        assertEquals(open.size(), counts.get("openDisputes").asInt());
        assertTrue(counts.get("claims").asLong() >= r.get("newClaims").size());

        ReportFiles.Manifest manifest = files.manifest(today).orElseThrow();
        assertEquals(List.of("claimreview-" + today + ".jsonld", "report-" + today + ".csv", "report-" + today + ".html",
                "report-" + today + ".json"), manifest.files().stream().map(ReportStore.Written::name).toList());
        for (ReportStore.Written f : manifest.files()) {
            byte[] bytes = bytes(today, f.name());
            assertEquals(f.size(), bytes.length, f.name());
            assertEquals(f.sha256(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), f.name());
        }
        String html = new String(bytes(today, "report-" + today + ".html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<svg") && html.contains("5,6 M$") || html.contains("<svg"), "the HTML draws charts");

        try (Reader in = new java.io.StringReader(new String(bytes(today, "report-" + today + ".csv"), StandardCharsets.UTF_8));
                CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<String> header = new ArrayList<>(List.of("change"));
            header.addAll(ClaimCsv.HEADER);
            assertEquals(header, csv.getHeaderNames());
            List<CSVRecord> rows = csv.getRecords();
            assertEquals(counts.get("newClaims").asInt() + counts.get("changedClaims").asInt(), rows.size());
            assertTrue(rows.stream().anyMatch(row -> row.get("figure_text").equals("5,6 millions de dollars")
                    && row.get("change").equals("NEW") && row.get("figure_value").equals("5600000")));
        }
        given().get("/api/reports/" + today).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("SUCCEEDED"))
                .body("files.name", org.hamcrest.Matchers.hasItem("report-" + today + ".json"))
                .body("counts.newClaims", org.hamcrest.Matchers.equalTo(counts.get("newClaims").asInt()));
    }

    @Test
    void shouldListEveryTopicInTheJsonAndTheFirstOnesInTheHtml() throws Exception {
        // More topics than the HTML shows, read in pages of crosscheck.report.page-size (3 in tests) slugs:
        // the JSON must summarise each once, in slug order, across every page boundary.
        String subject = unique("Club");
        String metric = Fixtures.metric(unique("budget"), "MONEY", false);
        String claim = Fixtures.post("/api/claims", Map.of("subjectId", Fixtures.entity(subject), "metricId", metric,
                "statement", "Le budget est de 7 millions d'euros.", "language", "fr",
                "figure", Map.of("text", "7 millions d'euros", "lang", "fr")));
        String prefix = "0" + unique("rep").replace("-", "");
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < ReportFiles.HTML_ITEMS + 3; i++) {
            String slug = prefix + "-" + String.format("%03d", i);
            boolean withClaim = i == 0 || i == ReportFiles.HTML_ITEMS + 2;
            given().contentType(ContentType.JSON).body(Map.of("slug", slug, "title", "Topic " + slug, "claimIds",
                    withClaim ? List.of(claim) : List.of())).post("/api/topics").then().statusCode(201);
            mine.add(slug);
            createdTopics.add(slug);
        }
        List<String> all = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("select t.slug from Topic t order by t.slug", String.class).getResultList());
        assertTrue(all.size() > ReportFiles.HTML_ITEMS, all.size() + " topics");
        LocalDate date = LocalDate.of(2093, 4, 1);
        dayAfter(date);
        assertEquals(ReportRuns.Claim.STARTED, runner.run(date, true));

        JsonNode r = report(date);
        assertEquals(all, texts(r.get("topics"), "/slug"), "every topic once, in the database's slug order");
        assertEquals(all.size(), r.at("/counts/topics").asInt());
        List<String> listed = texts(r.get("topics"), "/slug").stream().filter(s -> s.startsWith(prefix)).toList();
        assertEquals(mine, listed);
        for (JsonNode t : r.get("topics")) {
            String slug = t.get("slug").asText();
            if (!slug.startsWith(prefix)) {
                continue;
            }
            assertEquals("Topic " + slug, t.get("title").asText());
            boolean withClaim = slug.equals(mine.get(0)) || slug.equals(mine.get(mine.size() - 1));
            assertEquals(withClaim ? 1 : 0, t.get("axisCount").asInt(), slug);
            assertEquals(withClaim ? 1 : 0, t.get("axes").size(), slug);
            if (withClaim) {
                assertEquals(subject, t.at("/axes/0/subject").asText(), slug);
                assertEquals(1, t.at("/axes/0/claims").asInt(), slug);
                assertEquals("7000000", t.at("/axes/0/median").asText(), slug);
            }
        }

        String html = new String(bytes(date, "report-" + date + ".html"), StandardCharsets.UTF_8);
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i < ReportFiles.HTML_ITEMS, html.contains("<span class=\"muted\">(" + all.get(i) + ")</span>"),
                    all.get(i) + " at " + i);
        }
        assertTrue(html.contains("The first " + ReportFiles.HTML_ITEMS + " of " + all.size()
                + "; the JSON file lists them all."), "the HTML says topics were left out");
        assertTrue(html.contains("<th>Topics</th><td>" + all.size() + "</td>"), "the HTML counts the topics");
        if (all.indexOf(mine.get(0)) < ReportFiles.HTML_ITEMS) {
            int at = html.indexOf("(" + mine.get(0) + ")");
            int svg = html.indexOf("<svg", at);
            assertTrue(svg > at && svg < html.indexOf("</section>", at), "a shown topic is drawn");
        }
    }

    @Test
    void shouldSkipATopicDeletedWhileTheReportReadsItsPage() throws Exception {
        // Three topics next to each other in slug order; the report reads slugs a page at a time (3 in
        // tests), then each topic's comparison. Deleting the topic after a trigger that is not the last of
        // its page deletes it after its page was read: the report must skip it, not fail.
        String prefix = "0" + unique("gone").replace("-", "");
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String slug = prefix + "-" + i;
            given().contentType(ContentType.JSON).body(Map.of("slug", slug, "title", "Topic " + slug, "claimIds", List.of()))
                    .post("/api/topics").then().statusCode(201);
            mine.add(slug);
        }
        List<String> all = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("select t.slug from Topic t order by t.slug", String.class).getResultList());
        int page = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("crosscheck.report.page-size", Integer.class);
        String trigger = all.indexOf(mine.get(0)) % page != page - 1 ? mine.get(0) : mine.get(1);
        String deleted = mine.get(mine.indexOf(trigger) + 1);
        assertEquals(all.indexOf(trigger) / page, all.indexOf(deleted) / page, "the deleted topic's page was read");
        mine.stream().filter(s -> !s.equals(deleted)).forEach(createdTopics::add);

        List<String> seen = new ArrayList<>();
        long count = builder.topics(topic -> {
            seen.add(topic.slug());
            if (topic.slug().equals(trigger)) {
                given().delete("/api/topics/" + deleted).then().statusCode(204);
            }
        });
        List<String> expected = all.stream().filter(s -> !s.equals(deleted)).toList();
        assertEquals(expected, seen);
        assertEquals(expected.size(), count, "the count is of the topics handed on");
    }

    @Test
    void shouldNeutraliseFormulaCellsInTheReportCsv() throws Exception {
        String subject = Fixtures.entity(unique("Club"));
        String metric = Fixtures.metric(unique("growth"), "PERCENT", false);
        String claim = Fixtures.post("/api/claims", Map.of("subjectId", subject, "metricId", metric, "statement",
                "=HYPERLINK(\"https://example.org\") -5 % sur un an.", "language", "fr",
                "figure", Map.of("text", "5 %", "lang", "fr")));
        LocalDate today = LocalDate.now(PARIS);
        dayAfter(today);
        runner.run(today, true);
        try (Reader in = new java.io.StringReader(new String(bytes(today, "report-" + today + ".csv"), StandardCharsets.UTF_8));
                CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            CSVRecord row = csv.getRecords().stream().filter(r -> r.get("id").equals(claim)).findFirst().orElseThrow();
            assertEquals("'=HYPERLINK(\"https://example.org\") -5 % sur un an.", row.get("statement"));
            assertEquals("5 %", row.get("figure_text"), "other cells are unchanged");
        }
    }

    @Test
    void shouldWriteByteIdenticalFilesWhenADateIsRunAgainOverTheSameData() throws Exception {
        LocalDate today = LocalDate.now(PARIS);
        dayAfter(today);
        runner.run(today, true);
        Map<String, byte[]> first = contents(today);
        runner.run(today, true);
        Map<String, byte[]> second = contents(today);
        assertEquals(first.keySet(), second.keySet());
        for (String name : first.keySet()) {
            assertArrayEquals(first.get(name), second.get(name), name);
        }
    }

    private Map<String, byte[]> contents(LocalDate date) throws Exception {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        for (ReportStore.Written f : files.manifest(date).orElseThrow().files()) {
            out.put(f.name(), bytes(date, f.name()));
        }
        out.put(ReportFiles.MANIFEST, bytes(date, ReportFiles.MANIFEST));
        return out;
    }

    @Test
    void shouldReportAVerdictChangeSinceThePreviousReport() throws Exception {
        String subject = Fixtures.entity(unique("Club"));
        String metric = Fixtures.metric(unique("fee"), "MONEY", false);
        String claim = Fixtures.post("/api/claims", Map.of("subjectId", subject, "metricId", metric, "statement",
                "Le transfert a coûté 12 millions d'euros.", "language", "fr",
                "figure", Map.of("text", "12 millions d'euros", "lang", "fr")));
        LocalDate d1 = LocalDate.of(2091, 3, 1);
        LocalDate d2 = d1.plusDays(1);
        dayAfter(d2);
        runner.run(d1, true);
        assertTrue(texts(report(d1).get("verdictChanges"), "/id").stream().noneMatch(claim::equals));
        given().contentType(ContentType.JSON).body(Map.of("verdict", "FALSE")).patch("/api/claims/" + claim).then()
                .statusCode(200);
        runner.run(d2, true);
        JsonNode changes = report(d2).get("verdictChanges");
        JsonNode mine = null;
        for (JsonNode c : changes) {
            if (c.get("id").asText().equals(claim)) {
                mine = c;
            }
        }
        assertTrue(mine != null, changes.toString());
        assertEquals("UNREVIEWED", mine.get("before").asText());
        assertEquals("FALSE", mine.get("after").asText());
        assertEquals(d1.plusDays(1).atStartOfDay(PARIS).toInstant().toString(), report(d2).get("windowStart").asText());
    }

    @Test
    void shouldRunADateOnceWhenTwoRunsStartTogether() throws Exception {
        LocalDate date = LocalDate.of(2090, 1, 15);
        dayAfter(date);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ReportRuns.Claim>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    together.await();
                    return runner.run(date, false);
                }));
            }
            List<ReportRuns.Claim> outcomes = new ArrayList<>();
            for (Future<ReportRuns.Claim> f : results) {
                outcomes.add(f.get());
            }
            assertEquals(1, outcomes.stream().filter(o -> o == ReportRuns.Claim.STARTED).count(), outcomes.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(RunStatus.SUCCEEDED, io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> runs.findById(date).status));
        assertEquals(ReportRuns.Claim.DONE_ALREADY, runner.run(date, false), "a later scheduled run leaves it alone");
    }

    @Test
    void shouldCatchUpTheDatesMissedWhileDown() {
        LocalDate up = LocalDate.of(2095, 6, 10);
        dayAfter(up.minusDays(1));
        assertEquals(List.of(up.minusDays(1)), trim(scheduler.catchUp(), up.minusDays(1)));
        dayAfter(up.plusDays(3));
        assertEquals(List.of(up, up.plusDays(1), up.plusDays(2), up.plusDays(3)), scheduler.catchUp(),
                "three nights down, then yesterday");
        assertEquals(List.of(), scheduler.catchUp(), "nothing left to do");
        dayAfter(up.plusDays(30));
        List<LocalDate> ran = scheduler.catchUp();
        assertEquals(7, ran.size(), "at most catch-up-days back: " + ran);
        assertEquals(up.plusDays(30), ran.get(ran.size() - 1));
    }

    /** The first catch-up may also run dates between other tests' reports; only the last one matters here. */
    private static List<LocalDate> trim(List<LocalDate> ran, LocalDate last) {
        return ran.isEmpty() ? ran : List.of(ran.get(ran.size() - 1)).stream().filter(last::equals).toList();
    }
}
