package io.crosscheck.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.Fixtures;
import io.crosscheck.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The route × encoding table: for every operation of the OpenAPI document (so an endpoint added
 * later is covered without editing this test), plus the console's hidden form handlers, the plain
 * path and its other spellings (encoded dot segments, encoded letters, matrix parameters, empty and
 * dot segments, trailing variants, encoded slashes) are sent by an anonymous caller, a reader and an
 * editor. Each spelling must get the plain path's answer, or the 400 of the path guard: never
 * another answer, so never a success where the plain path is refused (the percent-encoded bypass
 * of issue 10: {@code POST /api/figures/%2e%2e/keys} with no key made an admin key).
 * Requests go through {@link RawHttp}, which sends the path exactly as written.
 */
@QuarkusTest
class RouteEncodingTest {

    /** Hidden from the document (console pages are not API), but guarded like it. */
    private static final List<String[]> HIDDEN = List.of(new String[] {"POST", "/conflicts/{id}/confirm"},
            new String[] {"POST", "/conflicts/{id}/dismiss"}, new String[] {"GET", "/conflicts"},
            new String[] {"POST", "/signout"}, new String[] {"GET", "/intake/sources/{id}"},
            new String[] {"POST", "/intake/candidates/{id}/accept"}, new String[] {"POST", "/intake/candidates/{id}/reject"});
    private static final String NO_SUCH_ID = "01890000-0000-7000-8000-00000000dead";

    @Test
    void shouldAnswerEverySpellingOfEveryRouteAsThePlainPathOrRefuseIt() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString()).path("paths");
        List<String[]> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    operations.add(new String[] {method.toUpperCase(), path.getKey(), bodyType(path.getValue().path(method))});
                }
            });
        }
        for (String[] hidden : HIDDEN) {
            operations.add(new String[] {hidden[0], hidden[1], "POST".equals(hidden[0])
                    ? "application/x-www-form-urlencoded" : null});
        }
        Map<String, String> callers = new java.util.LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("reader", Fixtures.key("READER"));
        callers.put("editor", Fixtures.key("EDITOR"));

        List<String> mismatches = new ArrayList<>();
        int sent = 0;
        int refused = 0;
        for (String[] op : operations) {
            String plain = op[1].replaceAll("\\{[^}]+}", NO_SUCH_ID);
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                HttpResponse<String> expected = send(op[0], plain, op[2], caller.getValue());
                sent++;
                for (String variant : variants(plain)) {
                    HttpResponse<String> actual = send(op[0], variant, op[2], caller.getValue());
                    sent++;
                    if (actual.statusCode() == 400 && actual.body().contains(PathGuard.TITLE)) {
                        refused++;
                    } else if (actual.statusCode() != expected.statusCode()) {
                        mismatches.add(caller.getKey() + " " + op[0] + " " + variant + " → " + actual.statusCode()
                                + " but " + plain + " → " + expected.statusCode());
                    }
                }
                // An encoded semicolon is data, not a separator: another address, which must not
                // open what the plain one refuses.
                HttpResponse<String> other = send(op[0], plain + "%3Bx=1", op[2], caller.getValue());
                sent++;
                if (expected.statusCode() >= 400 && other.statusCode() < 400) {
                    mismatches.add(caller.getKey() + " " + op[0] + " " + plain + "%3Bx=1 → " + other.statusCode()
                            + " but " + plain + " → " + expected.statusCode());
                }
            }
        }
        System.out.printf("Route × encoding: %d operations, %d requests, %d refused by the path guard%n",
                operations.size(), sent, refused);
        assertTrue(mismatches.isEmpty(), mismatches.size() + " spellings answered differently:\n"
                + String.join("\n", mismatches.subList(0, Math.min(40, mismatches.size()))));
        assertTrue(operations.size() > 50, "the document lists the operations: " + operations.size());
    }

    /** Other spellings of {@code path}, as an attacker would write them. */
    static Set<String> variants(String path) {
        String[] segments = path.substring(1).split("/");
        Set<String> variants = new LinkedHashSet<>();
        for (int i = 1; i < segments.length; i++) {
            String head = "/" + String.join("/", java.util.Arrays.copyOfRange(segments, 0, i));
            String tail = String.join("/", java.util.Arrays.copyOfRange(segments, i, segments.length));
            for (String dots : List.of("/figures/%2e%2e/", "/x/%2E%2E/", "/x/%2e%2E/", "/x/.%2e/", "/%2e/", "/./",
                    "/x/../", "//", "/;x=1/", "/%2f", "%2F", "%5c", "/%252e%252e/")) {
                variants.add(head + (dots.startsWith("/") ? dots : dots + "/") + tail);
            }
            variants.add(head + ";x=1/" + tail);
        }
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (!segment.isEmpty() && Character.isLetter(segment.charAt(0))) {
                String hex = String.format("%02X", (int) segment.charAt(0));
                for (String encoded : List.of("%" + hex, "%" + hex.toLowerCase(java.util.Locale.ROOT))) {
                    String[] copy = segments.clone();
                    copy[i] = encoded + segment.substring(1);
                    variants.add("/" + String.join("/", copy));
                }
            }
        }
        variants.add("/" + path);
        variants.add(path + "/");
        variants.add(path + "/.");
        variants.add(path + "/..");
        variants.add(path + "%2f");
        variants.add(path + "/%2e");
        variants.add(path + ";x=1");
        variants.add(path + "%00");
        return variants;
    }

    private static HttpResponse<String> send(String method, String path, String bodyType, String key) {
        String body = bodyType == null ? null : bodyType.contains("json") ? "{}" : "";
        return RawHttp.send(method, path, key, bodyType, body);
    }

    private static String bodyType(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isMissingNode() || !content.fieldNames().hasNext()) {
            return null;
        }
        return content.has("application/json") ? "application/json" : content.fieldNames().next();
    }
}
