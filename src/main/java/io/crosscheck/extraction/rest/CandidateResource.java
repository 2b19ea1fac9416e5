package io.crosscheck.extraction.rest;

import io.crosscheck.common.ApiConfig;
import io.crosscheck.common.Enums;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.extraction.AcceptInput;
import io.crosscheck.extraction.BulkAcceptInput;
import io.crosscheck.extraction.CandidateResults;
import io.crosscheck.extraction.CandidateService;
import io.crosscheck.extraction.CandidateState;
import io.crosscheck.extraction.CandidateView;
import io.crosscheck.extraction.RejectInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for reviewing claim candidates: list, read, accept (one or the confident ones), reject. */
@Path("/api/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates", description = "Figures found in sources, with inferred subject, metric and claimant")
public class CandidateResource {

    private final CandidateService service;
    private final ApiConfig config;

    CandidateResource(CandidateService service, ApiConfig config) {
        this.service = service;
        this.config = config;
    }

    @RolesAllowed("reader")
    @GET
    @Operation(summary = "List claim candidates", description = "In creation order (for one source: text order).")
    @APIResponse(responseCode = "200", description = "A page of candidates")
    public Page<CandidateView> list(
            @Parameter(description = "PROPOSED, ACCEPTED or REJECTED", example = "PROPOSED") @QueryParam("state") String state,
            @Parameter(description = "Source id or URL") @QueryParam("source") String source,
            @Parameter(description = "Topic slug: candidates of the sources the topic follows") @QueryParam("topic") String topic,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.list(Enums.parse(CandidateState.class, state, "state"), source, topic,
                PageRequest.of(limit, cursor, config));
    }

    @RolesAllowed("reader")
    @GET
    @Path("{id}")
    @Operation(summary = "Read a claim candidate")
    @APIResponse(responseCode = "200", description = "The candidate")
    @APIResponse(responseCode = "404", description = "No such candidate")
    public CandidateView get(@PathParam("id") String id) {
        return service.get(Ids.parse(id, "id"));
    }

    @RolesAllowed("editor")
    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept a candidate",
            description = "Creates the claim (figure, quote and offsets from the text; subject, metric and claimant as "
                    + "inferred unless given), or, when a claim with the same subject, metric, claimant and figure exists, "
                    + "adds this quote to it as a new appearance (attached: true). The body is optional.")
    @APIResponse(responseCode = "201", description = "A new claim; Location names it")
    @APIResponse(responseCode = "200", description = "Attached to an existing claim")
    @APIResponse(responseCode = "409", description = "Decided already, or the source's text changed since")
    @APIResponse(responseCode = "422", description = "No subject or metric inferred nor given, a name that matches "
            + "nothing or several entities, or a metric of another dimension; errors[0].field names it")
    public Response accept(@PathParam("id") String id, @Valid AcceptInput input) {
        CandidateResults.Accepted done = service.accept(Ids.parse(id, "id"), input);
        if (done.candidate().attached()) {
            return Response.ok(done).build();
        }
        return Response.created(UriBuilder.fromPath("/api/claims/{id}").build(done.claim().id())).entity(done).build();
    }

    @RolesAllowed("editor")
    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a candidate, saying why")
    @APIResponse(responseCode = "200", description = "The rejected candidate")
    @APIResponse(responseCode = "409", description = "Decided already")
    public CandidateView reject(@PathParam("id") String id, @Valid @NotNull RejectInput input) {
        return service.reject(Ids.parse(id, "id"), input);
    }

    @RolesAllowed("editor")
    @POST
    @Path("accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept the confident candidates",
            description = "Proposed candidates (of a source and/or topic) whose subject and metric were inferred with at "
                    + "least minConfidence (default 0.8), oldest first, at most limit (default 50, at most 100); each in "
                    + "its own transaction, failures listed.")
    @APIResponse(responseCode = "200", description = "What was accepted, attached or failed")
    @APIResponse(responseCode = "422", description = "No such source or topic")
    public CandidateResults.Bulk acceptConfident(@Valid @NotNull BulkAcceptInput input) {
        return service.acceptConfident(input);
    }
}
