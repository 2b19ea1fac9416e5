package io.crosscheck.extraction.rest;

import io.crosscheck.claim.ClaimView;
import io.crosscheck.common.ApiConfig;
import io.crosscheck.common.Ids;
import io.crosscheck.common.PageRequest;
import io.crosscheck.extraction.CandidateService;
import io.crosscheck.extraction.ExtractionService;
import io.crosscheck.job.JobView;
import io.crosscheck.extraction.PromoteInput;
import io.crosscheck.extraction.SourceExtraction;
import io.crosscheck.security.ComputeOnly;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** HTTP for reading a stored source's figures and turning one into a claim. */
@Path("/api/sources/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceExtractionResource {

    private final ExtractionService service;
    private final CandidateService candidates;
    private final ApiConfig config;

    SourceExtractionResource(ExtractionService service, CandidateService candidates, ApiConfig config) {
        this.service = service;
        this.candidates = candidates;
        this.config = config;
    }

    @RolesAllowed("editor")
    @POST
    @Path("candidates")
    @Operation(summary = "Propose claim candidates for the source's text",
            description = "A job (kind candidates): every figure of the current text becomes a PROPOSED candidate with "
                    + "its inferred subject, metric, claimant and scope (see GET /api/candidates?source=). Proposing again "
                    + "adds only figures without a candidate for this text version.")
    @APIResponse(responseCode = "202", description = "Queued; Location names the job")
    @APIResponse(responseCode = "404", description = "No such source")
    @APIResponse(responseCode = "422", description = "The source has no stored text")
    public Response propose(@PathParam("id") String id) {
        JobView job = candidates.submitPropose(Ids.parse(id, "id"));
        return Response.accepted(job).location(job.location()).build();
    }

    @RolesAllowed("reader")
    @ComputeOnly
    @POST
    @Path("extract")
    @Operation(summary = "Find candidate figures in a source's text, each with its sentence",
            description = "Paged like every list (limit, cursor; the next page's cursor in next). The text is read "
                    + "once per version; later pages and calls come from a cache.")
    @APIResponse(responseCode = "200", description = "Candidates in text order")
    @APIResponse(responseCode = "404", description = "No such source")
    @APIResponse(responseCode = "422", description = "The source has no stored text")
    public SourceExtraction extract(@PathParam("id") String id,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.extract(Ids.parse(id, "id"), PageRequest.of(limit, null, config).limit(), cursor);
    }

    @RolesAllowed("editor")
    @POST
    @Path("claims")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a claim of a candidate figure",
            description = "The figure, the quote (its sentence) and the offsets come from the text; you pick subject and metric.")
    @APIResponse(responseCode = "201", description = "The claim, with its appearance in this source")
    @APIResponse(responseCode = "422", description = "No candidate at start..end, or the figure does not fit the metric")
    public Response promote(@PathParam("id") String id, @Valid @NotNull PromoteInput input) {
        ClaimView claim = service.promote(Ids.parse(id, "id"), input);
        return Response.created(UriBuilder.fromPath("/api/claims/{id}").build(claim.id()))
                .entity(claim).tag(io.crosscheck.common.ETags.of(claim.version())).build();
    }
}
