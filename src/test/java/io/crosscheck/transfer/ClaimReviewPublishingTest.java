package io.crosscheck.transfer;

import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * The ClaimReview export against Google's fact-check structured data: a table of the properties it
 * requires and recommends (developers.google.com/search/docs/appearance/structured-data/factcheck),
 * checked on every review of claims in each verdict and in French, English and Spanish, after expansion by a
 * JSON-LD processor (so a property only counts when it means the schema.org term). Then the same
 * export is imported back and keeps its verdicts.
 */
@QuarkusTest
class ClaimReviewPublishingTest {

    static final String S = ExportResourceTest.S;
    static final List<String> VERDICTS = List.of("SUPPORTED", "DISPUTED", "MISLEADING", "FALSE", "UNVERIFIABLE", "OUTDATED");

    /** A claim created for the table, with what its review must say. */
    record Expected(String id, String verdict, String language, String claimant, String sourceUrl, String published) {
    }

    /** One of Google's properties: where it lives, whether Google requires it, and what is right for it. */
    record Check(String property, boolean required, BiPredicate<JsonObject, Expected> holds) {
    }

    static final List<Check> GOOGLE = List.of(
            new Check("claimReviewed", true, (r, e) -> !value(r, "claimReviewed").isBlank()),
            new Check("reviewRating.alternateName", true, (r, e) -> {
                String text = value(node(r, "reviewRating"), "alternateName");
                return text.equals(RatingTexts.DEFAULTS.label(e.verdict(), e.language()).alternateName())
                        && !text.equals(e.verdict()) && text.contains(" ");
            }),
            new Check("url", true, (r, e) -> id(r, "url").matches("https?://[^/]+/claims/" + e.id())),
            new Check("author.name", false, (r, e) -> value(node(r, "author"), "name").equals("Crosscheck")),
            new Check("author.url", false, (r, e) -> id(node(r, "author"), "url").equals("https://factcheck.example/")),
            new Check("author.@type", false, (r, e) -> type(node(r, "author")).equals(S + "Organization")),
            new Check("datePublished", false, (r, e) -> value(r, "datePublished").matches("\\d{4}-\\d{2}-\\d{2}")),
            new Check("itemReviewed.@type", false, (r, e) -> type(node(r, "itemReviewed")).equals(S + "Claim")),
            new Check("itemReviewed.author.name", false,
                    (r, e) -> value(node(node(r, "itemReviewed"), "author"), "name").equals(e.claimant())),
            new Check("itemReviewed.datePublished", false,
                    (r, e) -> value(node(r, "itemReviewed"), "datePublished").equals(e.published())),
            new Check("itemReviewed.appearance.url", false,
                    (r, e) -> id(node(node(r, "itemReviewed"), "appearance"), "url").equals(e.sourceUrl())),
            new Check("itemReviewed.firstAppearance.url", false,
                    (r, e) -> id(node(node(r, "itemReviewed"), "firstAppearance"), "url").equals(e.sourceUrl())),
            new Check("reviewRating.name", false, (r, e) -> value(node(r, "reviewRating"), "name")
                    .equals(RatingTexts.DEFAULTS.label(e.verdict(), e.language()).name())),
            new Check("reviewRating.ratingValue within worstRating..bestRating", false, (r, e) -> {
                JsonObject rating = node(r, "reviewRating");
                if (e.verdict().equals("UNVERIFIABLE")) {
                    return !rating.containsKey(S + "ratingValue");
                }
                int v = Integer.parseInt(value(rating, "ratingValue"));
                return v >= Integer.parseInt(value(rating, "worstRating")) && v <= Integer.parseInt(value(rating, "bestRating"));
            }),
            new Check("inLanguage", false, (r, e) -> value(r, "inLanguage").equals(e.language())));

    private static Expected claim(String verdict, String language) {
        String claimant = unique("Porte-parole");
        String subject = Fixtures.entity(unique("Studio"));
        String metric = Fixtures.metric(unique("budget"), "MONEY", false);
        String url = "https://example.org/" + unique("article");
        String source = Fixtures.post("/api/sources", Map.of("url", url, "title", "Budget", "publisher", "Le Quotidien",
                "language", language, "publishedDate", "2024-03-0" + (1 + VERDICTS.indexOf(verdict))));
        Map<String, List<String>> words = Map.of(
                "fr", List.of("Le film a coûté 40 millions d'euros.", "Le budget publié diffère.", "40 millions d'euros"),
                "en", List.of("The film cost 40 million euros.", "See the budget.", "40 million euros"),
                "es", List.of("La película costó 40 millones de euros.", "El presupuesto publicado difiere.",
                        "40 millones de euros"));
        List<String> w = words.get(language);
        // The figure is given structured, so the review does not depend on how the engine reads the text.
        String id = Fixtures.post("/api/claims", Map.of("subjectId", subject, "metricId", metric,
                "claimantId", Fixtures.entity(claimant),
                "statement", w.get(0), "language", language, "verdict", verdict, "verdictRationale", w.get(1),
                "figure", Map.of("kind", "EXACT", "value", 40_000_000, "currency", "EUR", "text", w.get(2), "lang", language),
                "appearances", List.of(Map.of("sourceId", source, "quote", w.get(2)))));
        return new Expected(id, verdict, language, claimant, url, "2024-03-0" + (1 + VERDICTS.indexOf(verdict)));
    }

    @Test
    void shouldPublishEveryPropertyGoogleRequiresAndRecommendsInTheReviewsLanguage() throws Exception {
        List<Expected> table = new ArrayList<>();
        for (String language : List.of("fr", "en", "es")) {
            for (String verdict : VERDICTS) {
                table.add(claim(verdict, language));
            }
        }
        byte[] body = given().get("/api/export/claimreview.jsonld").then().statusCode(200).extract().asByteArray();
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(body)))
                .loader(ExportResourceTest.OFFLINE).get();
        Map<String, JsonObject> byId = new HashMap<>();
        expanded.stream().map(JsonValue::asJsonObject).forEach(n -> byId.put(n.getString("@id", ""), n));
        List<String> failures = new ArrayList<>();
        for (Expected e : table) {
            JsonObject review = byId.get("urn:uuid:" + e.id());
            assertTrue(review != null, "no review for " + e);
            assertEquals(S + "ClaimReview", type(review));
            for (Check check : GOOGLE) {
                boolean ok;
                try {
                    ok = check.holds().test(review, e);
                } catch (RuntimeException missing) {
                    ok = false;
                }
                if (!ok) {
                    failures.add((check.required() ? "required " : "recommended ") + check.property() + " on "
                            + e.verdict() + "/" + e.language() + ": " + review);
                }
            }
        }
        assertEquals(List.of(), failures);
        // The page each url names is there, and public.
        String url = id(byId.get("urn:uuid:" + table.get(0).id()), "url");
        Fixtures.anonymous().accept("text/html").get(URI.create(url).getPath()).then().statusCode(200);
        // French reviews read French, English ones English, Spanish ones Spanish.
        assertEquals("Faux : les sources contredisent ce chiffre", value(node(byId.get("urn:uuid:" + table.get(3).id()),
                "reviewRating"), "alternateName"));
        assertEquals("False: the sources contradict this figure", value(node(byId.get("urn:uuid:" + table.get(9).id()),
                "reviewRating"), "alternateName"));
        JsonObject spanishFalse = node(byId.get("urn:uuid:" + table.get(15).id()), "reviewRating");
        assertEquals("Falso: las fuentes contradicen esta cifra", value(spanishFalse, "alternateName"));
        assertEquals("Falso", value(spanishFalse, "name"));
        assertEquals("Engañoso: la cifra da una imagen falsa", value(node(byId.get("urn:uuid:" + table.get(14).id()),
                "reviewRating"), "alternateName"));
    }

    @Test
    void shouldTakeTheReviewUrlFromThePublicBaseUrlsHostOnly() {
        Expected e = claim("FALSE", "fr");
        String doc = given().get("/api/export/claimreview.jsonld").then().statusCode(200).extract().asString();
        assertTrue(doc.contains("\"url\" : \"http://localhost:"), "the request's own allowed host");
        assertTrue(doc.contains("/claims/" + e.id() + "\""), doc.length() + " bytes");
        Fixtures.problem(given().header("Host", "evil.example").get("/api/export/claimreview.jsonld").then(), 400);
    }

    @Test
    void shouldImportItsOwnExportWithTheSameVerdicts() throws Exception {
        Map<String, Expected> byClaimant = new LinkedHashMap<>();
        for (String verdict : VERDICTS) {
            for (String language : List.of("fr", "en", "es")) {
                Expected e = claim(verdict, language);
                byClaimant.put(e.claimant(), e);
            }
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonNode all = mapper.readTree(given().get("/api/export/claimreview.jsonld").then().statusCode(200)
                .extract().asByteArray());
        ArrayNode mine = mapper.createArrayNode();
        for (JsonNode review : all.get("@graph")) {
            if (byClaimant.containsKey(review.path("itemReviewed").path("author").path("name").asText())) {
                // Drop the numbers: the texts alone must carry the verdict (OUTDATED and MISLEADING have no
                // exact place on a five-step scale that another reader would map back).
                ((ObjectNode) review.get("reviewRating")).remove(List.of("ratingValue", "bestRating", "worstRating"));
                mine.add(review);
            }
        }
        assertEquals(byClaimant.size(), mine.size());
        ObjectNode doc = mapper.createObjectNode().put("@context", "https://schema.org");
        doc.set("@graph", mine);
        JsonPath job = ImportResourceTest.importJob("application/ld+json",
                mapper.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8), null);
        assertEquals(byClaimant.size(), job.getInt("result.created"), job.prettify());
        for (Expected e : byClaimant.values()) {
            List<String> verdicts = given().queryParam("claimant", e.claimant()).get("/api/claims").then().statusCode(200)
                    .extract().path("items.verdict");
            // The original and its imported copy (under metric reviewed-money).
            assertEquals(List.of(e.verdict(), e.verdict()), verdicts, e.toString());
        }
    }

    static JsonObject node(JsonObject o, String property) {
        return o.getJsonArray(S + property).getJsonObject(0);
    }

    static String value(JsonObject o, String property) {
        JsonValue v = o.getJsonArray(S + property).getJsonObject(0).get("@value");
        return v.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) v).getString() : v.toString();
    }

    static String id(JsonObject o, String property) {
        return o.getJsonArray(S + property).getJsonObject(0).getString("@id");
    }

    static String type(JsonObject o) {
        return o.getJsonArray("@type").getString(0);
    }
}
