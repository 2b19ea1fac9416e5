package io.crosscheck.common;

import static io.crosscheck.Fixtures.anonymous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document as client generators read it: an operationId on every operation (camelCase,
 * unique), named tags with descriptions, explicit security on every operation, the response headers
 * the concurrency protocol depends on, servers and request examples. The document is also written to
 * {@code target/openapi.json}, which {@code .ci/run} lints with Spectral (.spectral.yaml).
 */
@QuarkusTest
class OpenApiDescriptionTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private JsonNode document() throws Exception {
        String json = anonymous().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        Files.writeString(Path.of("target", "openapi.json"), json);
        return new ObjectMapper().readTree(json);
    }

    private static List<Map.Entry<String, JsonNode>> operations(JsonNode doc) {
        List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    all.add(Map.entry(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()));
                }
            }
        }
        return all;
    }

    @Test
    void shouldNameEveryOperationOnceInCamelCase() throws Exception {
        JsonNode doc = document();
        Set<String> seen = new HashSet<>();
        List<Map.Entry<String, JsonNode>> ops = operations(doc);
        assertTrue(ops.size() > 50, "every operation: " + ops.size());
        for (Map.Entry<String, JsonNode> op : ops) {
            String id = op.getValue().path("operationId").asText("");
            assertTrue(id.matches("[a-z][a-zA-Z0-9]*"), op.getKey() + ": " + id);
            assertTrue(seen.add(id), "duplicate operationId " + id + " on " + op.getKey());
        }
        assertEquals("listClaims", op(doc, "get", "/api/claims").get("operationId").asText());
        assertEquals("getClaim", op(doc, "get", "/api/claims/{id}").get("operationId").asText());
        assertEquals("createClaim", op(doc, "post", "/api/claims").get("operationId").asText());
        assertEquals("confirmConflict", op(doc, "post", "/api/conflicts/{id}/confirm").get("operationId").asText());
        assertEquals("getOEmbed", op(doc, "get", "/oembed").get("operationId").asText());
        assertEquals("listApiKeys", op(doc, "get", "/api/keys").get("operationId").asText());
    }

    @Test
    void shouldTagEveryOperationWithANamedDescribedTag() throws Exception {
        JsonNode doc = document();
        Set<String> declared = new HashSet<>();
        for (JsonNode tag : doc.get("tags")) {
            assertFalse(tag.path("description").asText("").isBlank(), tag.toString());
            declared.add(tag.get("name").asText());
        }
        for (Map.Entry<String, JsonNode> op : operations(doc)) {
            JsonNode tags = op.getValue().get("tags");
            assertNotNull(tags, op.getKey());
            for (JsonNode tag : tags) {
                assertFalse(tag.asText().endsWith("Resource"), op.getKey() + ": " + tag);
                assertTrue(declared.contains(tag.asText()), op.getKey() + ": " + tag);
            }
        }
        assertEquals("Widgets", op(doc, "get", "/embed/claims/{id}").get("tags").get(0).asText());
        assertEquals("oEmbed", op(doc, "get", "/oembed").get("tags").get(0).asText());
    }

    @Test
    void shouldStateSecurityOnEveryOperationAndBothWaysOfSendingAKey() throws Exception {
        JsonNode doc = document();
        assertEquals("header", doc.at("/components/securitySchemes/apiKeyHeader/in").asText());
        assertEquals("X-API-Key", doc.at("/components/securitySchemes/apiKeyHeader/name").asText());
        assertEquals("bearer", doc.at("/components/securitySchemes/apiKey/scheme").asText());
        for (Map.Entry<String, JsonNode> op : operations(doc)) {
            JsonNode security = op.getValue().get("security");
            assertNotNull(security, op.getKey());
            boolean widget = op.getKey().contains(" /embed") || op.getKey().contains(" /oembed");
            assertEquals(widget, security.isEmpty(), "security: [] exactly on the @PermitAll widget routes: " + op.getKey());
        }
        // The compute POSTs are reads: anonymous callers may send them (an empty requirement is listed).
        for (String compute : List.of("/api/figures/parse", "/api/figures/extract")) {
            JsonNode security = op(doc, "post", compute).get("security");
            assertEquals(0, security.get(0).size(), compute + ": " + security);
            assertEquals("reader", security.get(1).get("apiKey").get(0).asText());
        }
        assertEquals(2, op(doc, "post", "/api/claims").get("security").size(), "writes need a key, in either header");
    }

    @Test
    void shouldDeclareTheHeadersOfTheConcurrencyProtocol() throws Exception {
        JsonNode doc = document();
        for (String h : List.of("ETag", "Location", "Retry-After", "Idempotent-Replayed", "Content-Disposition", "Cache-Control")) {
            assertFalse(doc.at("/components/headers/" + h + "/description").asText("").isBlank(), h);
        }
        JsonNode create = op(doc, "post", "/api/claims").get("responses").get("201").get("headers");
        for (String h : List.of("ETag", "Location", "Idempotent-Replayed")) {
            assertEquals("#/components/headers/" + h, create.get(h).get("$ref").asText(), h);
        }
        assertNotNull(op(doc, "get", "/api/claims/{id}").at("/responses/200/headers/ETag").get("$ref"));
        assertNotNull(op(doc, "put", "/api/claims/{id}").at("/responses/200/headers/ETag").get("$ref"));
        assertNotNull(op(doc, "post", "/api/import").at("/responses/202/headers/Location").get("$ref"));
        assertNotNull(op(doc, "get", "/api/jobs/{id}").at("/responses/200/headers/Retry-After").get("$ref"));
        assertNotNull(op(doc, "get", "/embed/claims/{id}").at("/responses/200/headers/ETag").get("$ref"));
        for (Map.Entry<String, JsonNode> op : operations(doc)) {
            JsonNode tooMany = op.getValue().at("/responses/429");
            if (!tooMany.isMissingNode()) {
                assertNotNull(tooMany.at("/headers/Retry-After").get("$ref"), op.getKey());
            }
            // OpenAPI requires a schema (or content) on every header written in place; shared ones are $refs.
            for (Iterator<Map.Entry<String, JsonNode>> responses = op.getValue().path("responses").fields(); responses.hasNext();) {
                Map.Entry<String, JsonNode> response = responses.next();
                for (Iterator<Map.Entry<String, JsonNode>> headers = response.getValue().path("headers").fields(); headers.hasNext();) {
                    Map.Entry<String, JsonNode> header = headers.next();
                    JsonNode h = header.getValue();
                    assertTrue(h.has("$ref") || h.has("schema") || h.has("content"),
                            op.getKey() + " " + response.getKey() + " " + header.getKey() + ": " + h);
                }
            }
        }
    }

    @Test
    void shouldNameServersAndGiveExamplesOfRequestBodies() throws Exception {
        JsonNode doc = document();
        assertTrue(doc.get("servers").size() >= 1);
        JsonNode example = op(doc, "post", "/api/claims").at("/requestBody/content/application~1json/example");
        assertEquals("fr", example.get("language").asText(), "the schema's own examples: " + example);
        assertTrue(example.get("statement").asText().contains("5,6 millions"), example.toString());
        assertFalse(doc.get("servers").get(0).get("url").asText().isBlank());
        for (Map.Entry<String, JsonNode> op : operations(doc)) {
            JsonNode content = op.getValue().at("/requestBody/content");
            for (Iterator<Map.Entry<String, JsonNode>> media = content.fields(); media.hasNext();) {
                Map.Entry<String, JsonNode> m = media.next();
                if (m.getKey().contains("json") && !m.getValue().at("/schema/format").asText().equals("binary")) {
                    assertTrue(m.getValue().has("example") || m.getValue().has("examples"), op.getKey() + " " + m.getKey());
                }
            }
        }
    }

    private static JsonNode op(JsonNode doc, String method, String path) {
        JsonNode op = doc.get("paths").get(path).get(method);
        assertNotNull(op, method + " " + path);
        return op;
    }
}
