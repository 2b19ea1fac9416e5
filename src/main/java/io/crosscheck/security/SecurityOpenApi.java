package io.crosscheck.security;

import io.crosscheck.common.Problem;
import io.crosscheck.common.ProblemResponsesOpenApi;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Writes the access policy of {@link AccessRules} into the OpenAPI document: the bearer scheme,
 * the operations that need it, and their 401, 403 and 429 answers.
 */
public class SecurityOpenApi implements OASFilter {

    static final String SCHEME = "apiKey";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("An API key: Authorization: Bearer <key> (or X-API-Key: <key>). "
                        + "Writes need the editor role, /api/keys the admin role; reads are public unless "
                        + "crosscheck.security.reads-require-key is true."));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                describe(path.getKey(), op.getKey().name(), op.getValue());
            }
        }
    }

    private static void describe(String path, String method, Operation operation) {
        var needed = AccessRules.required(method, path, false);
        if (!path.startsWith("/api") || operation.getResponses() == null) {
            return;
        }
        if (needed.isPresent()) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME));
            add(operation, "401", "No API key, or an unknown or revoked one");
            add(operation, "403", "The key's role is not enough (needs " + needed.get().name().toLowerCase(java.util.Locale.ROOT) + ")");
        } else {
            add(operation, "401", "An API key was sent but is unknown or revoked (or reads require a key)");
        }
        add(operation, "429", "Rate limit spent; see Retry-After");
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(ProblemResponsesOpenApi.PROBLEM_REF))));
        operation.getResponses().addAPIResponse(status, response);
    }
}
