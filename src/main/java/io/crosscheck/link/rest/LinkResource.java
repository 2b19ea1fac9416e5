package io.crosscheck.link.rest;

import io.crosscheck.common.ApiConfig;
import io.crosscheck.common.Enums;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.history.HistoryView;
import io.crosscheck.common.Responses;
import io.crosscheck.link.LinkFilter;
import io.crosscheck.link.LinkInput;
import io.crosscheck.link.LinkOrigin;
import io.crosscheck.link.LinkService;
import io.crosscheck.link.LinkState;
import io.crosscheck.link.LinkType;
import io.crosscheck.link.LinkView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for links between claims: translates requests to {@link LinkService} calls. */
@Path("/api/links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Links", description = "Typed edges between claims: contradicts, refines, supports, supersedes, duplicates, context")
public class LinkResource {

    private final LinkService service;
    private final ApiConfig config;

    LinkResource(LinkService service, ApiConfig config) {
        this.service = service;
        this.config = config;
    }

    @RolesAllowed("reader")
    @GET
    @Operation(summary = "List links", description = "Filters combine with AND. Paged by cursor, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of links")
    @APIResponse(responseCode = "400", description = "Bad type, state, origin, claim id, limit or cursor")
    public Page<LinkView> list(
            @Parameter(example = "CONTRADICTS") @QueryParam("type") String type,
            @Parameter(example = "PROPOSED") @QueryParam("state") String state,
            @Parameter(example = "DETECTED") @QueryParam("origin") String origin,
            @Parameter(description = "Links touching this claim id") @QueryParam("claim") String claim,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.list(filter(type, state, origin, claim), PageRequest.of(limit, cursor, config));
    }

    @RolesAllowed("reader")
    @GET
    @Path("{id}")
    @Operation(summary = "Read a link")
    @APIResponse(responseCode = "200", description = "The link; its ETag is its version")
    @APIResponse(responseCode = "404", description = "No such link")
    public Response get(@PathParam("id") String id) {
        return Responses.ok(service.get(Ids.parse(id, "id")));
    }

    @RolesAllowed("reader")
    @GET
    @Path("{id}/history")
    @Operation(summary = "Who made, decided or removed a link, and what changed", description = "Oldest first, paged.")
    @APIResponse(responseCode = "200", description = "A page of history entries")
    @APIResponse(responseCode = "404", description = "No link ever had this id")
    public Page<HistoryView> history(@PathParam("id") String id,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.history(Ids.parse(id, "id"), PageRequest.of(limit, cursor, config));
    }

    @RolesAllowed("editor")
    @POST
    @Operation(summary = "Link two claims", description = "Symmetric types are stored once, whatever the direction given.")
    @APIResponse(responseCode = "201", description = "Created (CONFIRMED, origin MANUAL)")
    @APIResponse(responseCode = "409", description = "The same link exists (existingId names it)")
    @APIResponse(responseCode = "422", description = "Unknown claim, a self-link, or a SUPERSEDES cycle")
    public Response create(@Valid @NotNull LinkInput input, @Context UriInfo uri) {
        LinkView view = service.create(input);
        return Responses.created(uri, view.id().toString(), view);
    }

    @RolesAllowed("editor")
    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a link")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such link")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public void delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(Ids.parse(id, "id"), ifMatch);
    }

    static LinkFilter filter(String type, String state, String origin, String claim) {
        return new LinkFilter(Enums.parse(LinkType.class, type, "type"), Enums.parse(LinkState.class, state, "state"),
                Enums.parse(LinkOrigin.class, origin, "origin"),
                claim == null || claim.isBlank() ? null : Ids.parse(claim.trim(), "claim"));
    }
}
