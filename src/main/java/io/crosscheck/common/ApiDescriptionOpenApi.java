package io.crosscheck.common;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * What makes the OpenAPI document good for client generators, derived so that it cannot drift from
 * the code (called by {@code SecurityOpenApi}, the runtime filter):
 * <ul>
 * <li>an {@code operationId} on every operation: smallrye names each one after its Java method
 * ({@code quarkus.smallrye-openapi.operation-id-strategy=package-class-method}); this turns that into a
 * camelCase verb-and-noun ({@code listClaims}, {@code getClaim}, {@code confirmConflict}), and
 * {@link #javaMethod} gives the method back to the security filter;</li>
 * <li>the response headers the API sends: {@code ETag} wherever a versioned resource is answered,
 * {@code Location} on 201 and 202, {@code Retry-After} on 429 and while a job runs,
 * {@code Idempotent-Replayed} on POSTs, {@code Content-Disposition} on file downloads,
 * {@code Cache-Control} on widgets and oEmbed;</li>
 * <li>{@code servers} from {@code crosscheck.embed.public-base-url} (else the host serving the document);</li>
 * <li>human tag names with descriptions for the classes without {@code @Tag};</li>
 * <li>an example on every JSON request body, built from the schema's own examples.</li>
 * </ul>
 * See docs/api.md, "OpenAPI".
 */
public final class ApiDescriptionOpenApi {

    /** Tags of the resources that carry no {@code @Tag}, by class. */
    private static final Map<String, String[]> TAGS = Map.of(
            "EmbedResource", new String[] {"Widgets", "Embeddable HTML widgets of a claim, a topic or a comparison, and embed.js"},
            "OEmbedResource", new String[] {"oEmbed", "oEmbed 1.0 discovery of widgets for CMSs and link previews"});

    /** Names that the verb-and-noun rule would make awkward, by class and method. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("ConflictResource.queue", "listConflictQueue"),
            Map.entry("ConflictResource.queueStatus", "getConflictQueueStatus"),
            Map.entry("ConflictResource.scan", "scanConflicts"),
            Map.entry("ClaimResource.history", "getClaimHistory"),
            Map.entry("ClaimResource.addAppearance", "addClaimAppearance"),
            Map.entry("ClaimResource.removeAppearance", "removeClaimAppearance"),
            Map.entry("LinkResource.history", "getLinkHistory"),
            Map.entry("JobResource.issues", "listJobIssues"),
            Map.entry("SourceExtractionResource.extract", "extractSourceFigures"),
            Map.entry("SourceExtractionResource.promote", "createClaimsFromSource"),
            Map.entry("FigureResource.parse", "parseFigure"),
            Map.entry("FigureResource.extract", "extractFigures"),
            Map.entry("ComparisonResource.subject", "compareSubject"),
            Map.entry("TopicComparisonResource.topic", "compareTopic"),
            Map.entry("EmbedResource.claim", "embedClaim"),
            Map.entry("EmbedResource.topic", "embedTopic"),
            Map.entry("EmbedResource.comparison", "embedComparison"),
            Map.entry("EmbedResource.loader", "getEmbedScript"),
            Map.entry("EmbedResource.constant", "getBenchWidget"),
            Map.entry("OEmbedResource.get", "getOEmbed"),
            Map.entry("ImportResource.importClaims", "importClaims"),
            Map.entry("ExportResource.csv", "exportClaimsCsv"),
            Map.entry("ExportResource.jsonLines", "exportClaimsJsonLines"),
            Map.entry("ExportResource.claimReviews", "exportClaimReviews"),
            Map.entry("ReportRunResource.run", "runReport"),
            Map.entry("SourceResource.refetch", "refetchSource"),
            Map.entry("SourceVersionResource.list", "listSourceVersions"),
            Map.entry("SourceVersionResource.get", "getSourceVersion"),
            Map.entry("ClaimLinksResource.list", "listClaimLinks"));

    private ApiDescriptionOpenApi() {
    }

    /** The Java method behind an operation still named by smallrye's package-class-method strategy, or null. */
    public static Method javaMethod(Operation operation) {
        String id = operation.getOperationId();
        int cut = id == null ? -1 : id.lastIndexOf('_');
        if (cut < 0) {
            return null;
        }
        try {
            Class<?> type = Class.forName(id.substring(0, cut), false, Thread.currentThread().getContextClassLoader());
            for (Method m : type.getMethods()) {
                if (m.getName().equals(id.substring(cut + 1))) {
                    return m;
                }
            }
        } catch (ClassNotFoundException e) {
            return null;
        }
        return null;
    }

    public static void describe(OpenAPI openAPI, Config config) {
        servers(openAPI, config);
        headers(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, String[]> usedTags = new TreeMap<>();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                Operation operation = op.getValue();
                Method method = javaMethod(operation);
                if (method != null) {
                    String type = method.getDeclaringClass().getSimpleName();
                    operation.setOperationId(operationId(type, method.getName()));
                    if (TAGS.containsKey(type)) {
                        operation.setTags(List.of(TAGS.get(type)[0]));
                        usedTags.put(TAGS.get(type)[0], TAGS.get(type));
                    }
                }
                if (op.getKey() == PathItem.HttpMethod.GET || op.getKey() == PathItem.HttpMethod.HEAD
                        || op.getKey() == PathItem.HttpMethod.DELETE) {
                    // Nothing reads a body there: what smallrye took for one is an injected object (the
                    // widgets' Vert.x HttpServerRequest), which generators would make clients send.
                    operation.setRequestBody(null);
                }
                responseHeaders(path.getKey(), op.getKey(), operation, openAPI);
                example(operation, openAPI);
            }
        }
        tags(openAPI, usedTags);
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().removeSchema("HttpServerRequest");
        }
    }

    /** camelCase verb and noun from a resource class and method: ClaimResource.list → listClaims. */
    static String operationId(String type, String method) {
        String named = NAMES.get(type + "." + method);
        if (named != null) {
            return named;
        }
        String noun = type.replaceAll("(Resource|Forms)$", "");
        return switch (method) {
            case "list" -> "list" + plural(noun);
            default -> method + noun;
        };
    }

    private static String plural(String noun) {
        if (noun.endsWith("y") && !noun.matches(".*[aeiou]y")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun.endsWith("s") ? noun : noun + "s";
    }

    private static void servers(OpenAPI openAPI, Config config) {
        String base = config.getOptionalValue("crosscheck.embed.public-base-url", String.class)
                .filter(s -> !s.isBlank()).map(String::strip).map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s)
                .orElse(null);
        openAPI.setServers(new ArrayList<>(List.of(base != null
                ? OASFactory.createServer().url(base).description("This deployment (crosscheck.embed.public-base-url)")
                : OASFactory.createServer().url("/").description("The host serving this document "
                        + "(set crosscheck.embed.public-base-url to name it)"))));
    }

    static final String ETAG = "ETag";
    static final String LOCATION = "Location";
    static final String RETRY_AFTER = "Retry-After";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String DISPOSITION = "Content-Disposition";
    static final String CACHE_CONTROL = "Cache-Control";

    private static void headers(OpenAPI openAPI) {
        Map<String, String> described = new LinkedHashMap<>();
        described.put(ETAG, "The resource's version as a strong entity tag (\"3\"); send it back in If-Match to update or delete.");
        described.put(LOCATION, "The created resource, or the job to poll (/api/jobs/{id}).");
        described.put(RETRY_AFTER, "Seconds to wait before trying again (a rate limit), or before polling again (a running job).");
        described.put(REPLAYED, "true when this is the stored answer to an earlier request with the same Idempotency-Key.");
        described.put(DISPOSITION, "attachment, with the file's name.");
        described.put(CACHE_CONTROL, "How long shared caches may keep the answer.");
        for (Map.Entry<String, String> h : described.entrySet()) {
            Schema schema = OASFactory.createSchema().addType(h.getKey().equals(RETRY_AFTER) ? Schema.SchemaType.INTEGER
                    : h.getKey().equals(REPLAYED) ? Schema.SchemaType.BOOLEAN : Schema.SchemaType.STRING);
            openAPI.getComponents().addHeader(h.getKey(), OASFactory.createHeader().description(h.getValue()).schema(schema));
        }
    }

    private static void responseHeaders(String path, PathItem.HttpMethod method, Operation operation, OpenAPI openAPI) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        boolean embed = path.startsWith("/embed") || path.startsWith("/oembed");
        for (Map.Entry<String, APIResponse> r : operation.getResponses().getAPIResponses().entrySet()) {
            String status = r.getKey();
            APIResponse response = r.getValue();
            boolean success = status.startsWith("2");
            if (success && (versioned(response, openAPI) || (embed && !path.equals("/oembed") && !path.equals("/embed.js")))) {
                header(response, ETAG);
            }
            if (status.equals("201") || status.equals("202")) {
                header(response, LOCATION);
            }
            if (status.equals("429") || (success && path.equals("/api/jobs/{id}") && method == PathItem.HttpMethod.GET)) {
                header(response, RETRY_AFTER);
            }
            if (success && method == PathItem.HttpMethod.POST && path.startsWith("/api/")) {
                header(response, REPLAYED);
            }
            if (success && (path.startsWith("/api/export/") || path.startsWith("/api/reports/{date}/"))) {
                header(response, DISPOSITION);
            }
            if (success && embed) {
                header(response, CACHE_CONTROL);
            }
        }
    }

    /** A JSON answer whose schema has a {@code version}: Responses and the idempotency replay tag it. */
    private static boolean versioned(APIResponse response, OpenAPI openAPI) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return false;
        }
        for (MediaType media : response.getContent().getMediaTypes().values()) {
            Schema schema = resolve(media.getSchema(), openAPI);
            if (schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version")) {
                return true;
            }
        }
        return false;
    }

    private static void header(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            Header ref = OASFactory.createHeader().ref("#/components/headers/" + name);
            response.addHeader(name, ref);
        }
    }

    private static Schema resolve(Schema schema, OpenAPI openAPI) {
        for (int i = 0; schema != null && schema.getRef() != null && i < 8; i++) {
            String ref = schema.getRef();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            schema = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null ? null
                    : openAPI.getComponents().getSchemas().get(name);
        }
        return schema;
    }

    /** An example for each JSON request body without one, built from its schema's property examples. */
    private static void example(Operation operation, OpenAPI openAPI) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> m : operation.getRequestBody().getContent().getMediaTypes().entrySet()) {
            MediaType media = m.getValue();
            if (!m.getKey().contains("json") || binary(media.getSchema()) || media.getExample() != null
                    || (media.getExamples() != null && !media.getExamples().isEmpty())) {
                continue;
            }
            Object example = sample(media.getSchema(), openAPI, 0, new HashMap<>());
            if (example != null) {
                media.setExample(example);
            }
        }
    }

    private static boolean binary(Schema schema) {
        return schema != null && "binary".equals(schema.getFormat());
    }

    /** A value for a schema: its example, else its first enum value, else one built from its required and exemplified properties. */
    private static Object sample(Schema schema, OpenAPI openAPI, int depth, Map<String, Object> seen) {
        Schema s = resolve(schema, openAPI);
        if (s == null || depth > 4) {
            return null;
        }
        if (s.getExample() != null) {
            return s.getExample();
        }
        if (s.getExamples() != null && !s.getExamples().isEmpty()) {
            return s.getExamples().get(0);
        }
        if (s.getEnumeration() != null && !s.getEnumeration().isEmpty()) {
            return s.getEnumeration().get(0);
        }
        if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
            return sample(s.getAllOf().get(0), openAPI, depth + 1, seen);
        }
        if (s.getProperties() != null && !s.getProperties().isEmpty()) {
            Map<String, Object> object = new LinkedHashMap<>();
            Set<String> required = s.getRequired() == null ? Set.of() : Set.copyOf(s.getRequired());
            for (Map.Entry<String, Schema> p : s.getProperties().entrySet()) {
                Object value = sample(p.getValue(), openAPI, depth + 1, seen);
                if (value == null && required.contains(p.getKey())) {
                    value = plain(resolve(p.getValue(), openAPI));
                }
                if (value != null) {
                    object.put(p.getKey(), value);
                }
            }
            return object.isEmpty() ? null : object;
        }
        if (s.getType() != null && s.getType().contains(Schema.SchemaType.ARRAY) && s.getItems() != null) {
            Object item = sample(s.getItems(), openAPI, depth + 1, seen);
            return item == null ? null : List.of(item);
        }
        return null;
    }

    private static Object plain(Schema s) {
        if (s == null || s.getType() == null || s.getType().isEmpty()) {
            return null;
        }
        return switch (s.getType().get(0)) {
            case STRING -> "uuid".equals(s.getFormat()) ? "3fa85f64-5717-4562-b3fc-2c963f66afa6"
                    : "date".equals(s.getFormat()) ? "2025-01-31" : "text";
            case INTEGER, NUMBER -> 1;
            case BOOLEAN -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A top-level tag, with a description, for every tag an operation names. */
    private static void tags(OpenAPI openAPI, Map<String, String[]> added) {
        Map<String, Tag> all = new LinkedHashMap<>();
        if (openAPI.getTags() != null) {
            openAPI.getTags().forEach(t -> all.put(t.getName(), t));
        }
        added.forEach((name, t) -> all.putIfAbsent(name, OASFactory.createTag().name(name).description(t[1])));
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                if (op.getTags() != null) {
                    for (String name : op.getTags()) {
                        all.putIfAbsent(name, OASFactory.createTag().name(name).description(name));
                    }
                }
            }
        }
        List<Tag> sorted = new ArrayList<>(all.values());
        sorted.sort(java.util.Comparator.comparing(t -> t.getName().toLowerCase(Locale.ROOT)));
        openAPI.setTags(sorted);
    }
}
