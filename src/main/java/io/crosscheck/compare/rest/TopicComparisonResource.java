package io.crosscheck.compare.rest;

import io.crosscheck.compare.ComparisonService;
import io.crosscheck.compare.ComparisonView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for the comparison of a topic's claims. */
@Path("/api/topics/{slug}/comparison")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comparisons", description = "Claims side by side, one axis per subject, metric and currency")
public class TopicComparisonResource {

    private final ComparisonService service;

    TopicComparisonResource(ComparisonService service) {
        this.service = service;
    }

    @RolesAllowed("reader")
    @GET
    @Operation(summary = "Compare a topic's claims")
    @APIResponse(responseCode = "200", description = "Axes with claims, summaries and links")
    @APIResponse(responseCode = "404", description = "No such topic")
    public ComparisonView topic(@Parameter(example = "deepseek-costs") @PathParam("slug") String slug) {
        return service.forTopic(slug);
    }
}
