package io.crosscheck.topic.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.crosscheck.common.ApiConfig;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Responses;
import io.crosscheck.topic.TopicInput;
import io.crosscheck.topic.TopicService;
import io.crosscheck.topic.TopicView;
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

/** HTTP for topics, addressed by slug ({@code /api/topics/deepseek-costs}). */
@Path("/api/topics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Topics", description = "Dossiers grouping claims")
public class TopicResource {

    private final TopicService service;
    private final ApiConfig config;

    TopicResource(TopicService service, ApiConfig config) {
        this.service = service;
        this.config = config;
    }

    @RolesAllowed("reader")
    @GET
    @Operation(summary = "List topics")
    @APIResponse(responseCode = "200", description = "A page of topics")
    public Page<TopicView> list(
            @Parameter(description = "Text in the title or slug", example = "deepseek") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.list(q, PageRequest.of(limit, cursor, config));
    }

    @RolesAllowed("reader")
    @GET
    @Path("{slug}")
    @Operation(summary = "Read a topic and its claims")
    @APIResponse(responseCode = "200", description = "The topic; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicView.class)))
    @APIResponse(responseCode = "404", description = "No such topic")
    public Response get(@Parameter(example = "deepseek-costs") @PathParam("slug") String slug) {
        return Responses.ok(service.get(slug));
    }

    @RolesAllowed("editor")
    @POST
    @Operation(summary = "Create a topic")
    @APIResponse(responseCode = "201", description = "Created; Location is /api/topics/{slug}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicView.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken")
    @APIResponse(responseCode = "422", description = "Unknown claim id")
    public Response create(@Valid @NotNull TopicInput input, @Context UriInfo uri) {
        TopicView view = service.create(input);
        return Responses.created(uri, view.slug(), view);
    }

    @RolesAllowed("editor")
    @PUT
    @Path("{slug}")
    @Operation(summary = "Replace a topic (title, description, claims)")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    @APIResponse(responseCode = "422", description = "Slug changed, or unknown claim id")
    public Response update(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TopicInput input) {
        return Responses.ok(service.update(slug, input, ifMatch));
    }

    @RolesAllowed("editor")
    @PATCH
    @Path("{slug}")
    @Consumes({Responses.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of a topic (JSON Merge Patch)")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public Response patch(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        return Responses.ok(service.patch(slug, patch, ifMatch));
    }

    @RolesAllowed("editor")
    @DELETE
    @Path("{slug}")
    @Operation(summary = "Delete a topic (its claims stay)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch) {
        service.delete(slug, ifMatch);
    }
}
