package io.crosscheck.conflict.rest;

import io.crosscheck.common.ApiConfig;
import io.crosscheck.common.Enums;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Responses;
import io.crosscheck.conflict.ConflictService;
import io.crosscheck.conflict.ScanResult;
import io.crosscheck.link.LinkState;
import io.crosscheck.link.LinkType;
import io.crosscheck.link.LinkView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP for the conflict queue: the links detection proposed, and the decisions on them. Confirm and
 * dismiss are POSTed actions rather than a PATCH of {@code state} because they record who decided
 * and why, and because plain HTML forms (the console) can send them.
 */
@Path("/api/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conflicts", description = "Detected contradictions, agreements and context links awaiting review")
public class ConflictResource {

    private final ConflictService service;
    private final ApiConfig config;

    ConflictResource(ConflictService service, ApiConfig config) {
        this.service = service;
        this.config = config;
    }

    @RolesAllowed("reader")
    @GET
    @Operation(summary = "The review queue", description = "Detected links in one state (default PROPOSED), oldest first, paged.")
    @APIResponse(responseCode = "200", description = "A page of detected links")
    @APIResponse(responseCode = "400", description = "Bad state, type, limit or cursor")
    public Page<LinkView> queue(@Parameter(example = "PROPOSED") @QueryParam("state") String state,
            @Parameter(example = "CONTRADICTS") @QueryParam("type") String type,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return service.queue(Enums.parse(LinkState.class, state, "state"), Enums.parse(LinkType.class, type, "type"),
                PageRequest.of(limit, cursor, config));
    }

    @RolesAllowed("editor")
    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm a proposed link", description = "Optional body: {\"rationale\": \"…\"}.")
    @APIResponse(responseCode = "200", description = "The link, now CONFIRMED")
    @APIResponse(responseCode = "404", description = "No such link")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public Response confirm(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid DecisionInput body) {
        return Responses.ok(service.decide(Ids.parse(id, "id"), LinkState.CONFIRMED, body == null ? null : body.rationale(), ifMatch));
    }

    @RolesAllowed("editor")
    @POST
    @Path("{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dismiss a proposed link", description = "Dismissed links are never proposed again.")
    @APIResponse(responseCode = "200", description = "The link, now DISMISSED")
    @APIResponse(responseCode = "404", description = "No such link")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public Response dismiss(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid DecisionInput body) {
        return Responses.ok(service.decide(Ids.parse(id, "id"), LinkState.DISMISSED, body == null ? null : body.rationale(), ifMatch));
    }

    @RolesAllowed("editor")
    @POST
    @Path("scan")
    @Operation(summary = "Re-scan the whole store", description = "Adds missing proposals and removes detected proposals that no longer hold; decisions are kept.")
    @APIResponse(responseCode = "200", description = "What the scan did")
    public ScanResult scan() {
        return service.scan();
    }
}
