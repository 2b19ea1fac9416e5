package io.crosscheck.link.rest;

import io.crosscheck.common.ApiConfig;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.link.LinkService;
import io.crosscheck.link.LinkView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for the links of one claim. */
@Path("/api/claims/{id}/links")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Links")
public class ClaimLinksResource {

    private final LinkService service;
    private final ApiConfig config;

    ClaimLinksResource(LinkService service, ApiConfig config) {
        this.service = service;
        this.config = config;
    }

    @RolesAllowed("reader")
    @GET
    @Operation(summary = "List the links of a claim, in either direction")
    @APIResponse(responseCode = "200", description = "A page of links")
    @APIResponse(responseCode = "404", description = "No such claim")
    public Page<LinkView> list(@PathParam("id") String id,
            @Parameter(example = "CONTRADICTS") @QueryParam("type") String type,
            @Parameter(example = "CONFIRMED") @QueryParam("state") String state,
            @Parameter(example = "DETECTED") @QueryParam("origin") String origin,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return service.forClaim(Ids.parse(id, "id"), LinkResource.filter(type, state, origin, null),
                PageRequest.of(limit, cursor, config));
    }
}
