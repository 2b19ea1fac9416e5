package io.crosscheck.entity.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.crosscheck.common.ApiConfig;
import io.crosscheck.common.Enums;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Responses;
import io.crosscheck.entity.EntityInput;
import io.crosscheck.entity.EntityKind;
import io.crosscheck.entity.EntityService;
import io.crosscheck.entity.EntityView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for entities: translates requests to {@link EntityService} calls. */
@Path("/api/entities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Entities", description = "Organisations, people, publications and products: subjects and claimants")
public class EntityResource {

    private final EntityService service;
    private final ApiConfig config;

    EntityResource(EntityService service, ApiConfig config) {
        this.service = service;
        this.config = config;
    }

    @RolesAllowed("reader")
    @GET
    @Operation(summary = "List entities")
    @APIResponse(responseCode = "200", description = "A page of entities")
    @APIResponse(responseCode = "400", description = "Bad kind, limit or cursor")
    public Page<EntityView> list(
            @Parameter(description = "Text in the name or an alias", example = "deepseek") @QueryParam("q") String q,
            @Parameter(example = "ORGANIZATION") @QueryParam("kind") String kind,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.list(q, Enums.parse(EntityKind.class, kind, "kind"), PageRequest.of(limit, cursor, config));
    }

    @RolesAllowed("reader")
    @GET
    @Path("{id}")
    @Operation(summary = "Read an entity")
    @APIResponse(responseCode = "200", description = "The entity; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntityView.class)))
    @APIResponse(responseCode = "404", description = "No such entity")
    public Response get(@PathParam("id") String id) {
        return Responses.ok(service.get(Ids.parse(id, "id")));
    }

    @RolesAllowed("editor")
    @POST
    @Operation(summary = "Create an entity")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntityView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    public Response create(@Valid @NotNull EntityInput input, @Context UriInfo uri) {
        EntityView view = service.create(input);
        return Responses.created(uri, view.id().toString(), view);
    }

    @RolesAllowed("editor")
    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an entity")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntityView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull EntityInput input) {
        return Responses.ok(service.update(Ids.parse(id, "id"), input, ifMatch));
    }

    @RolesAllowed("editor")
    @PATCH
    @Path("{id}")
    @Consumes({Responses.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of an entity (JSON Merge Patch)")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntityView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        return Responses.ok(service.patch(Ids.parse(id, "id"), patch, ifMatch));
    }

    @RolesAllowed("editor")
    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an entity no claim refers to")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Claims refer to it")
    public void delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(Ids.parse(id, "id"), ifMatch);
    }
}
