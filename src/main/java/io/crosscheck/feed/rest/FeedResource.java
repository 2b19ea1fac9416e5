package io.crosscheck.feed.rest;

import io.crosscheck.common.ApiConfig;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Responses;
import io.crosscheck.feed.FeedInput;
import io.crosscheck.feed.FeedService;
import io.crosscheck.feed.FeedView;
import io.crosscheck.feed.PollResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

/** HTTP for feeds: translates requests to {@link FeedService} calls. */
@Path("/api/feeds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Feeds", description = "RSS and Atom feeds polled for new articles")
public class FeedResource {

    private final FeedService service;
    private final ApiConfig config;

    FeedResource(FeedService service, ApiConfig config) {
        this.service = service;
        this.config = config;
    }

    @GET
    @RolesAllowed("editor")
    @Operation(summary = "List feeds", description = "Paged by cursor, in creation order.")
    @APIResponse(responseCode = "200", description = "A page of feeds")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    public Page<FeedView> list(
            @Parameter(description = "Slug of a topic: the feeds feeding it") @QueryParam("topic") String topic,
            @Parameter(description = "true: only feeds whose last poll failed; false: only healthy ones")
            @QueryParam("failing") Boolean failing,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.list(topic, failing, PageRequest.of(limit, cursor, config));
    }

    @GET
    @Path("{id}")
    @RolesAllowed("editor")
    @Operation(summary = "Read a feed, with what its last poll found")
    @APIResponse(responseCode = "200", description = "The feed; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedView.class)))
    @APIResponse(responseCode = "404", description = "No such feed")
    public Response get(@PathParam("id") String id) {
        return Responses.ok(service.get(Ids.parse(id, "id")));
    }

    @POST
    @RolesAllowed("editor")
    @Operation(summary = "Follow a feed", description = "It is polled at once by the scheduler, then every interval.")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    @APIResponse(responseCode = "409", description = "A feed with this URL exists; existingId names it")
    @APIResponse(responseCode = "422", description = "The URL may not be fetched (reason says which rule), or no such topic")
    public Response create(FeedInput input, @Context UriInfo uri) {
        FeedView view = service.create(input);
        return Responses.created(uri, view.id().toString(), view);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("editor")
    @Operation(summary = "Replace a feed's settings", description = "A new URL forgets the old validators and errors.")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    @APIResponse(responseCode = "404", description = "No such feed")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, FeedInput input) {
        return Responses.ok(service.update(Ids.parse(id, "id"), input, ifMatch));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("editor")
    @Operation(summary = "Stop following a feed", description = "The sources its items made are kept.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such feed")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public void delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(Ids.parse(id, "id"), ifMatch);
    }

    @POST
    @Path("{id}/poll")
    @RolesAllowed("editor")
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(summary = "Poll a feed now",
            description = "Synchronous and bounded: the feed document is fetched (conditionally; within the fetcher's "
                    + "timeouts and size cap) and read here; each new item (at most crosscheck.feeds.max-items-per-poll) "
                    + "is queued as a fetch job, listed in queued[]. A failed fetch or parse is answered 200 with "
                    + "outcome FAILED and recorded on the feed (lastStatus, lastError, backoff).")
    @APIResponse(responseCode = "200", description = "What the poll did",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PollResult.class)))
    @APIResponse(responseCode = "404", description = "No such feed")
    @APIResponse(responseCode = "409", description = "Another poller holds the feed right now")
    public PollResult poll(@PathParam("id") String id) {
        return service.pollNow(Ids.parse(id, "id"));
    }
}
