package io.crosscheck.source.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.crosscheck.common.ApiConfig;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Responses;
import io.crosscheck.job.JobView;
import io.crosscheck.source.SourceCreate;
import io.crosscheck.source.SourceFetcher;
import io.crosscheck.source.SourceInput;
import io.crosscheck.source.SourceService;
import io.crosscheck.source.SourceView;
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

/** HTTP for sources: translates requests to {@link SourceService} calls. */
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Published works in which claims appear")
public class SourceResource {

    private final SourceService service;
    private final SourceFetcher fetcher;
    private final ApiConfig config;

    SourceResource(SourceService service, SourceFetcher fetcher, ApiConfig config) {
        this.service = service;
        this.fetcher = fetcher;
        this.config = config;
    }

    @GET
    @RolesAllowed("reader")
    @Operation(summary = "List sources", description = "Paged by cursor, in creation order.")
    @APIResponse(responseCode = "200", description = "A page of sources")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    public Page<SourceView> list(
            @Parameter(description = "Text in the title or publisher", example = "DeepSeek") @QueryParam("q") String q,
            @Parameter(example = "Tom's Hardware") @QueryParam("publisher") String publisher,
            @Parameter(example = "fr") @QueryParam("lang") String lang,
            @Parameter(description = "Any form of the source URL") @QueryParam("url") String url,
            @Parameter(description = "Slug of a topic: the sources it follows", example = "deepseek-costs")
            @QueryParam("topic") String topic,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.list(q, publisher, lang, url, topic, PageRequest.of(limit, cursor, config));
    }

    @GET
    @Path("{id}")
    @RolesAllowed("reader")
    @Operation(summary = "Read a source, with its full text")
    @APIResponse(responseCode = "200", description = "The source; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "400", description = "Malformed id")
    @APIResponse(responseCode = "404", description = "No such source")
    public Response get(@PathParam("id") String id) {
        return Responses.ok(service.get(Ids.parse(id, "id")));
    }

    @POST
    @RolesAllowed("editor")
    @Operation(summary = "Create a source, or fetch it from its URL",
            description = "With the whole source (url, title, publisher, language…) it is stored at once: 201. With only "
                    + "{\"url\"} (or \"fetch\": true) the page is fetched in a job: 202 with the job, whose result names "
                    + "the source (sourceId, location) once it succeeds. The URL is canonicalised; a second source with the "
                    + "same canonical URL is refused.")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "202", description = "The page is being fetched; Location names the job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    @APIResponse(responseCode = "409", description = "A source with this URL exists; existingId names it")
    @APIResponse(responseCode = "422", description = "The URL may not be fetched (reason says which rule), or no such topic")
    @APIResponse(responseCode = "503", description = "Too many jobs are waiting on this instance")
    public Response create(@NotNull SourceCreate input, @Context UriInfo uri) {
        if (input.fetchRequested()) {
            JobView job = fetcher.submit(input);
            return Response.accepted(job).location(job.location()).build();
        }
        SourceView view = service.create(input);
        return Responses.created(uri, view.id().toString(), view);
    }

    @POST
    @Path("{id}/fetch")
    @RolesAllowed("editor")
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(summary = "Fetch a source's page again",
            description = "A job (202). The request is conditional when the page was fetched before (a 304 changes "
                    + "nothing); a changed text becomes a new version and the quotes citing the source are re-checked.")
    @APIResponse(responseCode = "202", description = "The page is being fetched; Location names the job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "404", description = "No such source")
    @APIResponse(responseCode = "422", description = "The source's URL may not be fetched")
    public Response refetch(@PathParam("id") String id) {
        JobView job = fetcher.submitRefetch(Ids.parse(id, "id"));
        return Response.accepted(job).location(job.location()).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("editor")
    @Operation(summary = "Replace a source")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "404", description = "No such source")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SourceInput input) {
        return Responses.ok(service.update(Ids.parse(id, "id"), input, ifMatch));
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed("editor")
    @Consumes({Responses.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of a source (JSON Merge Patch, RFC 7396)")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        return Responses.ok(service.patch(Ids.parse(id, "id"), patch, ifMatch));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("editor")
    @Operation(summary = "Delete a source that no claim cites")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Claims cite it")
    public void delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(Ids.parse(id, "id"), ifMatch);
    }
}
