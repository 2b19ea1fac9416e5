package io.crosscheck.transfer;

import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportResourceTest {

    static final String S = "http://schema.org/";

    /** Serves the bundled schema.org context for https://schema.org and refuses every other URL: no network. */
    static final DocumentLoader OFFLINE = new DocumentLoader() {
        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            String u = url.toString().replaceAll("/+$", "");
            if (!u.equals("https://schema.org") && !u.equals("http://schema.org")) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "offline: " + url);
            }
            return JsonDocument.of(MediaType.JSON_LD,
                    ExportResourceTest.class.getResourceAsStream("/jsonld/schemaorg-context.jsonld"));
        }
    };

    static String reviewedClaim(String verdict) {
        String subject = Fixtures.entity(unique("Studio"));
        String claimant = Fixtures.entity(unique("Cabinet"));
        String metric = Fixtures.metric(unique("budget"), "MONEY", false);
        String url = "https://example.org/" + unique("article");
        String source = Fixtures.source(url, null);
        return Fixtures.post("/api/claims", Map.of("subjectId", subject, "metricId", metric, "claimantId", claimant,
                "statement", "Le film a coûté 40 millions d'euros.", "language", "fr", "verdict", verdict,
                "verdictRationale", "Le budget publié est de 55 M€.",
                "figure", Map.of("text", "40 millions d'euros", "lang", "fr"),
                "appearances", List.of(Map.of("sourceId", source, "quote", "40 millions d'euros"))));
    }

    @Test
    void shouldExportClaimReviewsThatAJsonLdProcessorReads() throws Exception {
        String id = reviewedClaim("FALSE");
        byte[] body = given().get("/api/export/claimreview.jsonld").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/ld+json")).extract().asByteArray();
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(body))).loader(OFFLINE).get();
        JsonObject review = expanded.stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("@id", "").equals("urn:uuid:" + id)).findFirst().orElseThrow();
        assertTrue(review.getJsonArray("@type").getString(0).equals(S + "ClaimReview"));
        assertEquals("Le film a coûté 40 millions d'euros.", value(review, "claimReviewed"));
        assertTrue(value(review, "datePublished").matches("\\d{4}-\\d{2}-\\d{2}"));
        JsonObject item = node(review, "itemReviewed");
        assertEquals(S + "Claim", item.getJsonArray("@type").getString(0));
        assertTrue(value(node(item, "author"), "name").startsWith("Cabinet-"));
        String url = node(node(item, "appearance"), "url").getString("@id");
        assertTrue(url.startsWith("https://example.org/article-"), url);
        assertEquals(url, node(node(item, "firstAppearance"), "url").getString("@id"));
        JsonObject rating = node(review, "reviewRating");
        assertEquals("Faux : les sources contredisent ce chiffre", value(rating, "alternateName"));
        assertEquals("Faux", value(rating, "name"));
        assertEquals("1", value(rating, "ratingValue"));
        assertEquals("5", value(rating, "bestRating"));
        assertEquals("1", value(rating, "worstRating"));
        assertEquals("Crosscheck", value(node(review, "author"), "name"));
    }

    private static JsonObject node(JsonObject o, String property) {
        return o.getJsonArray(S + property).getJsonObject(0);
    }

    private static String value(JsonObject o, String property) {
        JsonValue v = o.getJsonArray(S + property).getJsonObject(0).get("@value");
        return v.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) v).getString() : v.toString();
    }

    @Test
    void shouldExportEveryClaimAsCsvThatParsesBack() throws Exception {
        String id = reviewedClaim("SUPPORTED");
        String csv = given().get("/api/export/claims.csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            assertEquals(ClaimCsv.HEADER, parser.getHeaderNames());
            List<CSVRecord> rows = parser.getRecords();
            CSVRecord mine = rows.stream().filter(r -> r.get("id").equals(id)).findFirst().orElseThrow();
            assertEquals("40000000", mine.get("figure_value"));
            assertEquals("EUR", mine.get("figure_currency"));
            assertEquals("Le film a coûté 40 millions d'euros.", mine.get("statement"));
            assertEquals("SUPPORTED", mine.get("verdict"));
            assertTrue(mine.get("source_url").startsWith("https://example.org/article-"));
            assertTrue(rows.stream().anyMatch(r -> r.get("figure_text").equals("5,6 millions de dollars")), "the dossier");
        }
        assertTrue(csv.contains("\r\n"), "RFC 4180 line breaks");
    }

    @Test
    void shouldStartTheCsvWithAUtf8ByteOrderMarkOnRequest() {
        byte[] plain = given().get("/api/export/claims.csv").then().statusCode(200).extract().asByteArray();
        byte[] marked = given().queryParam("bom", "true").get("/api/export/claims.csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray();
        assertEquals('i', plain[0], "no mark by default");
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 'i'),
                List.of(marked[0], marked[1], marked[2], marked[3]));
        io.crosscheck.Fixtures.problem(given().queryParam("bom", "yes").get("/api/export/claims.csv").then(), 400);
    }

    @Test
    void shouldExportEveryClaimAsJsonLines() throws Exception {
        String id = reviewedClaim("DISPUTED");
        String jsonl = given().get("/api/export/claims.jsonl").then().statusCode(200).extract().asString();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode mine = null;
        for (String line : jsonl.split("\n")) {
            JsonNode n = mapper.readTree(line);
            if (n.get("id").asText().equals(id)) {
                mine = n;
            }
        }
        assertTrue(mine != null);
        assertEquals(1, mine.get("appearances").size());
        assertEquals("DISPUTED", mine.get("verdict").asText());
        assertEquals(40000000, mine.get("figureValue").asLong());
    }
}
