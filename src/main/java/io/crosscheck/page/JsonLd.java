package io.crosscheck.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article described by a page's JSON-LD ({@code <script type="application/ld+json">}): the first
 * node typed NewsArticle (or a kind of it), else Article or BlogPosting, looked for at the top level,
 * in arrays, in {@code @graph} and in {@code mainEntity}. Malformed blocks are skipped.
 */
final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Set<String>> PREFERENCE = List.of(
            Set.of("NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
                    "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle"),
            Set.of("Article", "BlogPosting", "Report", "ScholarlyArticle", "TechArticle", "LiveBlogPosting"));
    private static final int MAX_BLOCK_CHARS = 500_000;
    private static final int MAX_NODES = 2_000;

    private JsonLd() {
    }

    /** The article node, or null. */
    static JsonNode article(Document document) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
            String data = script.data();
            if (data.length() > MAX_BLOCK_CHARS) {
                continue;
            }
            try {
                collect(JSON.readTree(data), nodes, 0);
            } catch (JsonProcessingException e) {
                // a broken block on the page: the other sources of metadata still apply
            }
        }
        for (Set<String> types : PREFERENCE) {
            for (JsonNode node : nodes) {
                if (types(node).stream().anyMatch(types::contains)) {
                    return node;
                }
            }
        }
        return null;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6 || out.size() >= MAX_NODES) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out, depth + 1);
            collect(node.get("mainEntity"), out, depth + 1);
        }
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.get("@type");
        List<String> out = new ArrayList<>();
        if (type != null && type.isTextual()) {
            out.add(bare(type.asText()));
        } else if (type != null && type.isArray()) {
            type.forEach(t -> out.add(bare(t.asText())));
        }
        return out;
    }

    private static String bare(String type) {
        int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return cut >= 0 ? type.substring(cut + 1) : type;
    }

    /** A text field, or the {@code name} of an object (or of the first object of a list). */
    static String name(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return blankToNull(node.asText());
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        if (node.isObject()) {
            return blankToNull(node.path("name").asText(null));
        }
        return null;
    }

    /** Every name of a field that may hold one or several people ("author"), joined with commas. */
    static String names(JsonNode node) {
        if (node == null || !node.isArray()) {
            return name(node);
        }
        String joined = java.util.stream.StreamSupport.stream(node.spliterator(), false).map(JsonLd::name)
                .filter(n -> n != null).distinct().collect(Collectors.joining(", "));
        return blankToNull(joined);
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? blankToNull(v.asText()) : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
