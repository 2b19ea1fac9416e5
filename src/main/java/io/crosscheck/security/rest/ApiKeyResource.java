package io.crosscheck.security.rest;

import io.crosscheck.common.ApiConfig;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.idempotency.SecretAnswer;
import io.crosscheck.security.ApiKeyInput;
import io.crosscheck.security.ApiKeyService;
import io.crosscheck.security.ApiKeyView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for API keys (admin only): create (the secret is shown once), list, revoke. */
@RolesAllowed("admin")
@Path("/api/keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Who may change what; admin role only")
public class ApiKeyResource {

    private final ApiKeyService service;
    private final ApiConfig config;

    ApiKeyResource(ApiKeyService service, ApiConfig config) {
        this.service = service;
        this.config = config;
    }

    @GET
    @Operation(summary = "List API keys, without their secrets")
    @APIResponse(responseCode = "200", description = "A page of keys")
    public Page<ApiKeyView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return service.list(PageRequest.of(limit, cursor, config));
    }

    @POST
    @SecretAnswer
    @Operation(summary = "Create an API key", description = "The secret is in `key`, in this answer only. With an "
            + "Idempotency-Key, a repeat answers 409 with the key's Location: the secret is never stored to replay it.")
    @APIResponse(responseCode = "201", description = "Created; `key` holds the secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyView.class)))
    @APIResponse(responseCode = "400", description = "Missing name or unknown role")
    @APIResponse(responseCode = "409", description = "The name is taken (revoked keys included) or reserved, or a repeat "
            + "of an Idempotency-Key whose answer held the secret")
    public Response create(@Valid @NotNull ApiKeyInput input, @Context UriInfo uri) {
        ApiKeyView view = service.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an API key", description = "Takes effect on the next request, on every instance.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such key")
    public void revoke(@PathParam("id") String id) {
        service.revoke(Ids.parse(id, "id"));
    }
}
