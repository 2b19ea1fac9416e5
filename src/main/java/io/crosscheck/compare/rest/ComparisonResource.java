package io.crosscheck.compare.rest;

import io.crosscheck.common.Query;
import io.crosscheck.compare.ComparisonService;
import io.crosscheck.compare.ComparisonView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for comparisons of one subject's claims, side by side per metric. */
@Path("/api/comparisons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comparisons", description = "Claims side by side, one axis per subject, metric and currency")
public class ComparisonResource {

    private final ComparisonService service;

    ComparisonResource(ComparisonService service) {
        this.service = service;
    }

    @RolesAllowed("reader")
    @GET
    @Operation(summary = "Compare the claims on one subject, optionally one metric")
    @APIResponse(responseCode = "200", description = "Axes with claims, summaries and links")
    @APIResponse(responseCode = "400", description = "No subject given")
    public ComparisonView subject(@Parameter(example = "DeepSeek") @QueryParam("subject") String subject,
            @Parameter(example = "training-cost") @QueryParam("metric") String metric) {
        return service.forSubject(Query.blankToNull(subject), Query.blankToNull(metric));
    }
}
