package io.crosscheck.security;

import io.crosscheck.common.ApiDescriptionOpenApi;
import io.crosscheck.common.Problem;
import io.crosscheck.common.ProblemResponsesOpenApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Writes who may call each operation into the OpenAPI document. Quarkus adds a security requirement
 * naming the roles of each {@code @RolesAllowed} method (OpenAPI 3.1 lets other schemes than OAuth
 * list roles); this filter, which runs at start so it sees the configuration, turns it into the two
 * ways of sending a key (bearer or {@code X-API-Key}), makes the key optional where anonymous callers
 * count as readers, writes {@code security: []} on public operations, and adds the 401, 403 and 429
 * answers as problems.
 */
public class SecurityOpenApi implements OASFilter {

    static final String SCHEME = "apiKey";
    static final String HEADER_SCHEME = "apiKeyHeader";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        org.eclipse.microprofile.config.Config config = ConfigProvider.getConfig();
        boolean readsPublic = !config.getOptionalValue("crosscheck.security.reads-require-key", Boolean.class).orElse(false);
        boolean computeNeedsKey = config.getOptionalValue("crosscheck.security.compute.requires-key", Boolean.class)
                .orElse(false);
        openAPI.getComponents().setSecuritySchemes(new java.util.LinkedHashMap<>(Map.of()));
        openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("An API key: Authorization: Bearer <key>. Roles: reader ⊂ editor ⊂ admin; each operation "
                        + "lists the roles it accepts. Reads are public unless crosscheck.security.reads-require-key is true."));
        openAPI.getComponents().addSecurityScheme(HEADER_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-API-Key")
                .description("The same API key, in the X-API-Key header."));
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
                for (Operation operation : path.getValue().getOperations().values()) {
                    // The Java method's own annotations: @ComputeOnly POSTs are reads that
                    // crosscheck.security.compute.requires-key can close to anonymous callers.
                    java.lang.reflect.Method method = ApiDescriptionOpenApi.javaMethod(operation);
                    boolean compute = method != null && (method.isAnnotationPresent(ComputeOnly.class)
                            || method.getDeclaringClass().isAnnotationPresent(ComputeOnly.class));
                    describe(path.getKey(), operation, readsPublic && !(compute && computeNeedsKey));
                }
            }
        }
        ApiDescriptionOpenApi.describe(openAPI, config);
    }

    private static void describe(String path, Operation operation, boolean readsPublic) {
        List<String> roles = roles(operation);
        if (roles == null) {
            operation.setSecurity(new ArrayList<>());
        } else {
            List<SecurityRequirement> ways = new ArrayList<>();
            if (readsPublic && roles.contains(Roles.READER)) {
                ways.add(OASFactory.createSecurityRequirement());
            }
            ways.add(OASFactory.createSecurityRequirement().addScheme(SCHEME, roles));
            ways.add(OASFactory.createSecurityRequirement().addScheme(HEADER_SCHEME, roles));
            operation.setSecurity(ways);
        }
        if (operation.getResponses() == null) {
            return;
        }
        boolean keyNeeded = roles != null && !(readsPublic && roles.contains(Roles.READER));
        put(operation, "401", keyNeeded ? "No API key, or an unknown or revoked one"
                : "An API key was sent but is unknown or revoked" + (roles == null ? "" : " (or reads require a key)"));
        if (roles != null) {
            put(operation, "403", "The key's role is not enough (needs " + String.join(" or ", roles) + ")");
        }
        if (path.startsWith("/api")) {
            put(operation, "429", "Rate limit spent; see Retry-After");
        }
    }

    /** The roles of the requirement Quarkus derived from {@code @RolesAllowed}, or null for a public operation. */
    private static List<String> roles(Operation operation) {
        if (operation.getSecurity() == null) {
            return null;
        }
        for (SecurityRequirement requirement : operation.getSecurity()) {
            if (requirement.getSchemes() != null) {
                for (List<String> scopes : requirement.getSchemes().values()) {
                    if (scopes != null && !scopes.isEmpty()) {
                        return List.copyOf(scopes);
                    }
                }
            }
        }
        return null;
    }

    private static void put(Operation operation, String status, String description) {
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(ProblemResponsesOpenApi.PROBLEM_REF))));
        operation.getResponses().addAPIResponse(status, response);
    }
}
