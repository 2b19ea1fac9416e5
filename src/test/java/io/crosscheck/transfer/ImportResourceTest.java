package io.crosscheck.transfer;

import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
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
        given().contentType("text/csv; charset=UTF-8").body(file).post("/api/import").then().statusCode(200)
                .body("rows", equalTo(3)).body("created", equalTo(3)).body("duplicates", equalTo(0))
                .body("failed", equalTo(0)).body("committed", equalTo(true));
        String after = given().get("/api/export/claims.csv").then().extract().asString();
        assertEquals(rowsOf(before, name), rowsOf(after, name));
        given().contentType("text/csv; charset=UTF-8").body(file).post("/api/import").then().statusCode(200)
                .body("created", equalTo(0)).body("duplicates", equalTo(3));
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
        given().contentType("application/x-ndjson").body(file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/import").then().statusCode(200)
                .body("created", equalTo(2));
        given().queryParam("subject", subject).get("/api/claims").then().body("items.size()", equalTo(2))
                .body("items.appearances.flatten().attribution", hasItem("selon l'agence"))
                .body("items.verdict", hasItem("SUPPORTED"));
        given().contentType("application/x-ndjson").body(file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/import").then()
                .body("created", equalTo(0)).body("duplicates", equalTo(2));
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
    void shouldKeepTheValidRowsAndReportEachBadRowWithItsLine() {
        String name = unique("Club");
        String metric = unique("fee");
        given().contentType("text/csv; charset=UTF-8").body(badFile(name, metric)).post("/api/import?mode=partial").then()
                .statusCode(200).body("rows", equalTo(5)).body("created", equalTo(2)).body("failed", equalTo(3))
                .body("errors.line", equalTo(List.of(3, 4, 7))).body("errors[0].field", equalTo("verdict"))
                .body("errors[1].field", equalTo("statement"));
        given().queryParam("subject", name).get("/api/claims").then().body("items.size()", equalTo(2));
    }

    @Test
    void shouldRefuseTheWholeBatchInAtomicMode() {
        String name = unique("Club");
        String metric = unique("fee");
        problem(given().contentType("text/csv; charset=UTF-8").body(badFile(name, metric)).post("/api/import?mode=atomic").then(), 422)
                .body("result.created", equalTo(0)).body("result.committed", equalTo(false))
                .body("result.errors.line", equalTo(List.of(3, 4, 7))).body("errors[0].field", equalTo("line 3 verdict"));
        given().queryParam("subject", name).get("/api/claims").then().body("items.size()", equalTo(0));
        given().get("/api/metrics/" + metric).then().statusCode(404);
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
        given().contentType("application/ld+json").body(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/import").then().statusCode(200)
                .body("format", equalTo("CLAIM_REVIEW")).body("created", equalTo(1)).body("failed", equalTo(1))
                .body("errors[0].line", equalTo(20)).body("errors[0].field", equalTo("claimReviewed"));
        given().queryParam("claimant", org).get("/api/claims").then().body("items.size()", equalTo(1))
                .body("items[0].verdict", equalTo("MISLEADING")).body("items[0].figure.currency", equalTo("USD"))
                .body("items[0].metric.key", equalTo("reviewed-money"))
                .body("items[0].appearances[0].source.url", equalTo(url))
                .body("items[0].appearances[0].source.publishedDate", equalTo("2025-01-30"));
        given().contentType("application/ld+json").body(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/import").then().statusCode(200)
                .body("created", equalTo(0)).body("duplicates", equalTo(1));
    }

    @Test
    void shouldRefuseAFormatItCannotRead() {
        problem(given().contentType("application/pdf").body("%PDF".getBytes()).post("/api/import").then(), 415);
        problem(given().contentType("text/csv; charset=UTF-8").body("a\r\n").post("/api/import?mode=sometimes").then(), 400);
    }
}
