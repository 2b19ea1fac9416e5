package io.crosscheck.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Declares in the OpenAPI document the errors every operation can answer, as {@code Problem}
 * bodies: 400, 406 everywhere; 404 with a path parameter; 413 and 415 with a body; 409 and 422 on
 * writes; 412 where If-Match applies. Operations only annotate what is particular to them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesOpenApi implements OASFilter {

    /** Where the schema of problem+json bodies lives in the document. */
    public static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api")) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                describe(path.getKey(), op.getKey(), op.getValue());
            }
        }
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        boolean hasId = path.contains("{");
        boolean hasBody = operation.getRequestBody() != null;
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        add(operation, "400", "Invalid request: malformed JSON, ids, parameters or fields", true);
        add(operation, "404", "No such resource", hasId || write);
        add(operation, "406", "Only application/json can be answered", true);
        add(operation, "409", "Conflicts with stored data or a concurrent change", write);
        add(operation, "412", "If-Match does not name the current version", write && hasId);
        add(operation, "413", "Body too large", hasBody);
        add(operation, "415", "Body not sent as JSON", hasBody);
        // Any POST can meet a reused Idempotency-Key with another request, body or not.
        add(operation, "422", "Well-formed but inconsistent, or an Idempotency-Key reused for another request",
                hasBody || method == PathItem.HttpMethod.POST);
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            }
        });
    }

    private static void add(Operation operation, String status, String description, boolean applies) {
        if (applies && !operation.getResponses().hasAPIResponse(status)) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem; extensions such as existingId, incident or retryAfter may be added.")
                .required(List.of("type", "title", "status"))
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text).addProperty("instance", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError));
    }
}
