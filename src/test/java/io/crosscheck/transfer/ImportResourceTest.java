package io.crosscheck.transfer;

import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportResourceTest {

    /** Columns that a store assigns itself; a round trip keeps everything else. */
    static final List<String> ASSIGNED = List.of("id", "version", "created_at", "updated_at");

    private static String claimsOf(String subjectName, String metric, int n) {
        String subject = Fixtures.entity(subjectName);
        String source = Fixtures.source("https://example.org/" + unique("wire"), null);
        for (int i = 1; i <= n; i++) {
            Fixtures.post("/api/claims", Map.of("subjectId", subject, "metricId", metric, "statement",
                    "Le club a payé " + (10 * i) + " millions d'euros, selon l'agence.", "language", "fr", "scope",
                    "transfert n°" + i, "verdict", i == 1 ? "SUPPORTED" : "UNREVIEWED",
                    "figure", Map.of("text", (10 * i) + " millions d'euros", "lang", "fr"),
                    "appearances", List.of(Map.of("sourceId", source, "quote", (10 * i) + " millions d'euros",
                            "attribution", "selon l'agence"))));
        }
        return subject;
    }

    /** The export's header and the rows of one subject, with the columns a store assigns removed. */
    private static List<List<String>> rowsOf(String csv, String subjectName) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            for (CSVRecord r : p) {
                if (r.get("subject").equals(subjectName)) {
                    List<String> kept = new ArrayList<>();
                    for (String column : ClaimCsv.HEADER) {
                        if (!ASSIGNED.contains(column)) {
                            kept.add(r.get(column));
                        }
                    }
                    out.add(kept);
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Object::toString));
        return out;
    }

    private static String filtered(String csv, String subjectName) {
        StringBuilder out = new StringBuilder();
        String[] lines = csv.split("\r\n");
        out.append(lines[0]).append("\r\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].contains("," + subjectName + ",")) {
                out.append(lines[i]).append("\r\n");
            }
        }
        return out.toString();
    }

    /** Posts a file to /api/import, checks the 202 and its Location, and returns the job once it has ended. */
    static JsonPath importJob(String contentType, byte[] body, String mode) {
        // REST Assured would add "; charset=ISO-8859-1" to a text type that names none: send the type as given.
        var request = given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                .encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(contentType).body(body);
        if (mode != null) {
            request.queryParam("mode", mode);
        }
        String location = request.post("/api/import").then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.matchesPattern(".*/api/jobs/[0-9a-f-]{36}"))
                .body("kind", equalTo("import")).extract().header("Location");
        return Fixtures.awaitJob(location);
    }

    static JsonPath importCsv(String csv, String mode) {
        return importJob("text/csv; charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8), mode);
    }

    /** The issues of a job, every page. */
    static List<Map<String, Object>> issues(JsonPath job) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/jobs/" + job.getString("id") + "/issues").then().statusCode(200)
                    .extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("next");
        } while (cursor != null);
        return all;
    }

    private static void deleteClaimsOf(String subjectId) {
        List<String> ids = given().queryParam("subject", subjectId).queryParam("limit", 100).get("/api/claims").then()
                .extract().path("items.id");
        ids.forEach(id -> given().delete("/api/claims/" + id).then().statusCode(204));
    }

    @Test
    void shouldRecreateExportedClaimsFromTheirCsvAndRecogniseThemWhenImportedAgain() throws Exception {
        String name = unique("Club");
        String metric = Fixtures.metric(unique("fee"), "MONEY", true);
        String subject = claimsOf(name, metric, 3);
        String before = given().get("/api/export/claims.csv").then().statusCode(200).extract().asString();
        String file = filtered(before, name);
        deleteClaimsOf(subject);
        JsonPath job = importCsv(file, null);
        assertEquals("SUCCEEDED", job.getString("state"));
        assertEquals(3, job.getInt("result.rows"));
        assertEquals(3, job.getInt("result.created"));
        assertEquals(0, job.getInt("result.duplicates"));
        assertEquals(0, job.getInt("result.failed"));
        assertEquals(true, job.getBoolean("result.committed"));
        assertEquals("UTF-8", job.getString("result.charset"));
        assertEquals(3, job.getInt("processed"));
        assertEquals(3, job.getInt("total"));
        String after = given().get("/api/export/claims.csv").then().extract().asString();
        assertEquals(rowsOf(before, name), rowsOf(after, name));
        JsonPath again = importCsv(file, null);
        assertEquals(0, again.getInt("result.created"));
        assertEquals(3, again.getInt("result.duplicates"));
        assertEquals(rowsOf(before, name), rowsOf(given().get("/api/export/claims.csv").then().extract().asString(), name));
    }

    @Test
    void shouldRecreateExportedClaimsFromTheirJsonLines() {
        String name = unique("Club");
        String metric = Fixtures.metric(unique("fee"), "MONEY", true);
        String subject = claimsOf(name, metric, 2);
        StringBuilder file = new StringBuilder();
        for (String line : given().get("/api/export/claims.jsonl").then().extract().asString().split("\n")) {
            if (line.contains("\"subject\":\"" + name + "\"")) {
                file.append(line).append('\n');
            }
        }
        deleteClaimsOf(subject);
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(2, importJob("application/x-ndjson", bytes, null).getInt("result.created"));
        given().queryParam("subject", subject).get("/api/claims").then().body("items.size()", equalTo(2))
                .body("items.appearances.flatten().attribution", hasItem("selon l'agence"))
                .body("items.verdict", hasItem("SUPPORTED"));
        JsonPath again = importJob("application/x-ndjson", bytes, null);
        assertEquals(0, again.getInt("result.created"));
        assertEquals(2, again.getInt("result.duplicates"));
    }

    @Test
    void shouldNeutraliseFormulaCellsOnExportAndRestoreThemOnImport() throws Exception {
        String name = unique("Club");
        String subject = Fixtures.entity(name);
        String metric = Fixtures.metric(unique("growth"), "PERCENT", true);
        String source = Fixtures.source("https://example.org/" + unique("formula"), null);
        List<String> statements = List.of("=SUM(A1:A9) : 1 % des transferts.", "-5 % sur un an, selon l'agence.",
                "@agence : +3 % cette année.", "'Cité' tel quel : 2 %.");
        // Two changes (ADR 0013): the round trip keeps their nature too.
        List<String> figures = List.of("1 %", "une baisse de 5 %", "+3 %", "2 %");
        for (int i = 0; i < statements.size(); i++) {
            Fixtures.post("/api/claims", Map.of("subjectId", subject, "metricId", metric, "statement", statements.get(i),
                    "language", "fr", "figure", Map.of("text", figures.get(i), "lang", "fr"),
                    "appearances", List.of(Map.of("sourceId", source, "quote", statements.get(i)))));
        }
        String before = given().get("/api/export/claims.csv").then().statusCode(200).extract().asString();
        String file = filtered(before, name);
        List<String> cells = new ArrayList<>();
        List<String> natures = new ArrayList<>();
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(file))) {
            for (CSVRecord r : p) {
                cells.add(r.get("statement"));
                cells.add(r.get("figure_text"));
                natures.add(r.get("figure_nature"));
            }
        }
        assertEquals(List.of("CHANGE", "CHANGE", "LEVEL", "LEVEL"), natures.stream().sorted().toList());
        assertTrue(cells.contains("'=SUM(A1:A9) : 1 % des transferts."), cells.toString());
        assertTrue(cells.contains("'-5 % sur un an, selon l'agence."), cells.toString());
        assertTrue(cells.contains("'@agence : +3 % cette année."), cells.toString());
        assertTrue(cells.contains("''Cité' tel quel : 2 %."), cells.toString());
        assertTrue(cells.stream().noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0), cells.toString());
        deleteClaimsOf(subject);
        JsonPath job = importCsv(file, "atomic");
        assertEquals(4, job.getInt("result.created"), issues(job).toString());
        List<String> imported = given().queryParam("subject", subject).queryParam("limit", 100).get("/api/claims").then()
                .extract().path("items.statement");
        assertEquals(new java.util.TreeSet<>(statements), new java.util.TreeSet<>(imported));
        List<String> quotes = given().queryParam("subject", subject).queryParam("limit", 100).get("/api/claims").then()
                .extract().path("items.appearances.flatten().quote");
        assertEquals(new java.util.TreeSet<>(statements), new java.util.TreeSet<>(quotes));
        String after = given().get("/api/export/claims.csv").then().extract().asString();
        assertEquals(rowsOf(before, name), rowsOf(after, name), "the round trip is loss-free");
    }

    private static String badFile(String name, String metric) {
        return String.join("\r\n", "subject,metric,metric_dimension,figure_text,figure_lang,statement,language,verdict",
                name + "," + metric + ",MONEY,3 millions d'euros,fr,Trois millions.,fr,",
                name + "," + metric + ",MONEY,4 millions d'euros,fr,Quatre millions.,fr,MAYBE",
                name + "," + metric + ",MONEY,5 millions d'euros,fr,,fr,",
                "\"" + name + "\",\"" + metric + "\",MONEY,6 millions d'euros,fr,\"Six\nmillions.\",fr,",
                name + "," + metric + ",MONEY,pas un chiffre,fr,Rien.,fr,") + "\r\n";
    }

    @Test
    void shouldKeepTheValidRowsAndReportEachBadRowWithItsLineAsJobIssues() {
        String name = unique("Club");
        String metric = unique("fee");
        JsonPath job = importCsv(badFile(name, metric), "partial");
        assertEquals("SUCCEEDED", job.getString("state"));
        assertEquals(5, job.getInt("result.rows"));
        assertEquals(2, job.getInt("result.created"));
        assertEquals(3, job.getInt("result.failed"));
        assertEquals(3, job.getInt("issueCount"));
        List<Map<String, Object>> issues = issues(job);
        assertEquals(List.of("line 3", "line 4", "line 7"), issues.stream().map(i -> i.get("item")).toList());
        assertEquals("verdict", issues.get(0).get("field"));
        assertEquals("statement", issues.get(1).get("field"));
        assertEquals("figure.text", issues.get(2).get("field"));
        given().queryParam("subject", name).get("/api/claims").then().body("items.size()", equalTo(2));
    }

    @Test
    void shouldWriteNothingInAtomicModeWhenAnyRowFailsAndListEveryBadRow() {
        String name = unique("Club");
        String metric = unique("fee");
        JsonPath job = importCsv(badFile(name, metric), "atomic");
        assertEquals("FAILED", job.getString("state"));
        assertTrue(job.getString("error").startsWith("3 of 5 rows are invalid, so none was imported (mode=atomic)"),
                job.getString("error"));
        assertEquals(List.of("line 3", "line 4", "line 7"), issues(job).stream().map(i -> i.get("item")).toList());
        given().queryParam("subject", name).get("/api/claims").then().body("items.size()", equalTo(0));
        given().get("/api/metrics/" + metric).then().statusCode(404);
        given().queryParam("q", name).get("/api/entities").then().body("items.size()", equalTo(0));
    }

    @Test
    void shouldWriteAValidAtomicImportInCommittedBatches() {
        String name = unique("Club");
        String metric = unique("fee");
        StringBuilder csv = new StringBuilder("subject,metric,metric_dimension,figure_text,figure_lang,statement,language,"
                + "source_url,quote\r\n");
        for (int i = 1; i <= 10; i++) {
            csv.append(name).append(',').append(metric).append(",MONEY,").append(i).append(" millions d'euros,fr,")
                    .append("Transfert n°").append(i).append(",fr,https://example.org/").append(name).append("/").append(i)
                    .append(',').append(i).append(" millions d'euros\r\n");
        }
        JsonPath job = importCsv(csv.toString(), "atomic");
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals(10, job.getInt("result.created"));
        assertEquals("ATOMIC", job.getString("result.mode"));
        assertEquals(20, job.getInt("total"), "atomic mode reads the file twice: the check, then the writes");
        assertEquals(20, job.getInt("processed"));
        given().queryParam("subject", name).queryParam("limit", 100).get("/api/claims").then().body("items.size()", equalTo(10));
    }

    @Test
    void shouldRefuseAFileWithMoreRowsThanTheCapBeforeWritingAnything() {
        String name = unique("Club");
        StringBuilder csv = new StringBuilder("subject,metric,metric_dimension,figure_text,statement,language\r\n");
        for (int i = 0; i <= 200; i++) { // crosscheck.transfer.max-rows is 200 in tests
            csv.append(name).append(",fee,MONEY,").append(i + 1).append(" millions d'euros,Un transfert.,fr\r\n");
        }
        String newest = newestImportJob();
        problem(given().contentType("text/csv").body(csv.toString()).post("/api/import").then(), 413)
                .body("detail", org.hamcrest.Matchers.containsString("more than 200 rows"));
        assertEquals(newest, newestImportJob(), "no job was started");
        given().queryParam("subject", name).get("/api/claims").then().body("items.size()", equalTo(0));
        // The negative control: at the cap, the file is taken.
        String atCap = csv.substring(0, csv.lastIndexOf(name));
        assertEquals(200, importCsv(atCap, null).getInt("result.created"));
    }

    static String newestImportJob() {
        List<String> ids = given().queryParam("kind", "import").queryParam("limit", 1).get("/api/jobs").then()
                .statusCode(200).extract().path("items.id");
        return ids.isEmpty() ? null : ids.get(0);
    }

    @Test
    void shouldDetectConflictsForImportedClaimsOncePerBatch() {
        String name = unique("Studio");
        String subject = Fixtures.entity(name);
        String metric = unique("budget");
        String metricId = Fixtures.metric(metric, "MONEY", false);
        String source = Fixtures.source("https://example.org/" + unique("budget"), null);
        Fixtures.post("/api/claims", Map.of("subjectId", subject, "metricId", metricId, "statement",
                "Le budget est de 10 millions d'euros.", "language", "fr", "figure",
                Map.of("text", "10 millions d'euros", "lang", "fr"),
                "appearances", List.of(Map.of("sourceId", source, "quote", "10 millions d'euros"))));
        StringBuilder csv = new StringBuilder("subject,metric,figure_text,figure_lang,statement,language\r\n");
        for (int i = 1; i <= 6; i++) { // two batches of 4 and 2 in tests
            csv.append(name).append(',').append(metric).append(',').append(100 * i).append(" millions d'euros,fr,")
                    .append("Le budget serait de ").append(100 * i).append(" millions.,fr\r\n");
        }
        assertEquals(6, importCsv(csv.toString(), null).getInt("result.created"));
        List<String> claimIds = given().queryParam("subject", subject).queryParam("limit", 100).get("/api/claims")
                .then().extract().path("items.id");
        assertEquals(7, claimIds.size());
        // The stored claim (10 M) and the imported ones (100 M to 600 M) cannot all be right: each batch queued
        // its group for detection, which proposes contradictions between them, as for claims created one by one.
        Fixtures.awaitDetection();
        List<String> types = given().queryParam("claim", claimIds.get(0)).queryParam("limit", 100).get("/api/links")
                .then().statusCode(200).extract().path("items.type");
        assertTrue(types.contains("CONTRADICTS"), types.toString());
    }

    @Test
    void shouldResolveABatchsNamesAndSourcesWhateverTheirSpellingAndCreateEachNewSourceOnce() {
        String name = unique("Club");
        String subject = Fixtures.entity(name);
        String claimant = unique("Agence");
        String claimantId = Fixtures.entity(claimant);
        String metric = unique("fee");
        String path = unique("transfert");
        String stored = Fixtures.source("https://example.org/" + path, null);
        String fresh = unique("article");
        String other = unique("autre");
        // One batch (4 rows in tests): the subject and claimant in other cases, the stored source and a new one
        // each under two spellings of their URL (host case, a tracking parameter), and a second new source.
        String csv = "subject,metric,metric_dimension,claimant,figure_text,figure_lang,statement,language,source_url,"
                + "source_title,quote\r\n"
                + name.toUpperCase() + "," + metric + ",MONEY," + claimant.toLowerCase() + ",10 millions d'euros,fr,"
                + "Dix millions.,fr,https://EXAMPLE.org/" + path + "?fbclid=1,Titre,Selon le club\r\n"
                + name + "," + metric + ",MONEY," + claimant + ",20 millions d'euros,fr,Vingt millions.,fr,"
                + "https://news.example.org/" + fresh + ",Titre,Selon le club\r\n"
                + name.toLowerCase() + "," + metric + ",MONEY,,30 millions d'euros,fr,Trente millions.,fr,"
                + "https://NEWS.example.org/" + fresh + "?gclid=2,Titre,Selon le club\r\n"
                + name + "," + metric + ",MONEY,,40 millions d'euros,fr,Quarante millions.,fr,"
                + "https://news.example.org/" + other + ",Titre,Selon le club\r\n";
        JsonPath job = importCsv(csv, null);
        assertEquals(4, job.getInt("result.created"), issues(job).toString());
        JsonPath claims = given().queryParam("subject", subject).queryParam("limit", 100).get("/api/claims").then()
                .statusCode(200).extract().jsonPath();
        Map<String, String> sourceByText = new java.util.HashMap<>();
        Map<String, String> claimantByText = new java.util.HashMap<>();
        for (Map<String, Object> c : claims.<Map<String, Object>>getList("items")) {
            String text = (String) ((Map<?, ?>) c.get("figure")).get("text");
            sourceByText.put(text, (String) ((Map<?, ?>) ((Map<?, ?>) ((List<?>) c.get("appearances")).get(0)).get("source"))
                    .get("id"));
            claimantByText.put(text, c.get("claimant") == null ? null : (String) ((Map<?, ?>) c.get("claimant")).get("id"));
        }
        assertEquals(4, sourceByText.size());
        assertEquals(stored, sourceByText.get("10 millions d'euros"), "the stored source, by another spelling");
        assertEquals(sourceByText.get("20 millions d'euros"), sourceByText.get("30 millions d'euros"),
                "one new source for two spellings of its URL");
        assertNotEquals(stored, sourceByText.get("20 millions d'euros"));
        assertNotEquals(sourceByText.get("20 millions d'euros"), sourceByText.get("40 millions d'euros"));
        assertEquals(claimantId, claimantByText.get("10 millions d'euros"));
        assertEquals(claimantId, claimantByText.get("20 millions d'euros"));
        // Imported again: every row is a duplicate of what the first import stored.
        assertEquals(4, importCsv(csv, null).getInt("result.duplicates"));
    }

    @Test
    void shouldImportClaimReviewsFromAnotherFactChecker() {
        String org = unique("Ministère");
        String url = "https://news.example.com/" + unique("budget");
        String doc = """
                {
                  "@context": "https://schema.org",
                  "@graph": [
                    {
                      "@type": "ClaimReview",
                      "url": "https://factcheck.example.org/budget",
                      "claimReviewed": "The ministry spent $5.6 million on the campaign.",
                      "inLanguage": "en",
                      "datePublished": "2025-02-01",
                      "author": {"@type": "Organization", "name": "Example Checks"},
                      "itemReviewed": {
                        "@type": "Claim",
                        "author": {"@type": "Organization", "name": "%s"},
                        "firstAppearance": {"@type": "CreativeWork", "url": "%s", "headline": "Budget",
                          "publisher": {"@type": "Organization", "name": "Example News"}, "datePublished": "2025-01-30T08:00:00Z"}
                      },
                      "reviewRating": {"@type": "Rating", "ratingValue": 2, "bestRating": 7, "worstRating": 1,
                        "alternateName": "Mostly False"}
                    },
                    {
                      "@type": "ClaimReview",
                      "claimReviewed": "The minister never said that.",
                      "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "%s"}},
                      "reviewRating": {"@type": "Rating", "alternateName": "False"}
                    }
                  ]
                }
                """.formatted(org, url, org);
        JsonPath job = importJob("application/ld+json", doc.getBytes(StandardCharsets.UTF_8), null);
        assertEquals("CLAIM_REVIEW", job.getString("result.format"));
        assertEquals(1, job.getInt("result.created"));
        assertEquals(1, job.getInt("result.failed"));
        assertEquals("line 20", issues(job).get(0).get("item"));
        assertEquals("claimReviewed", issues(job).get(0).get("field"));
        given().queryParam("claimant", org).get("/api/claims").then().body("items.size()", equalTo(1))
                .body("items[0].verdict", equalTo("MISLEADING")).body("items[0].figure.currency", equalTo("USD"))
                .body("items[0].metric.key", equalTo("reviewed-money"))
                .body("items[0].appearances[0].source.url", equalTo(url))
                .body("items[0].appearances[0].source.publishedDate", equalTo("2025-01-30"));
        JsonPath again = importJob("application/ld+json", doc.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(0, again.getInt("result.created"));
        assertEquals(1, again.getInt("result.duplicates"));
    }

    @Test
    void shouldRefuseAFormatItCannotRead() {
        problem(given().contentType("application/pdf").body("%PDF".getBytes()).post("/api/import").then(), 415);
        problem(given().contentType("text/csv; charset=UTF-8").body("a\r\n").post("/api/import?mode=sometimes").then(), 400);
    }
}
