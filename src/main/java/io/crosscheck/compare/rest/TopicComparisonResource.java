package io.crosscheck.compare.rest;

import io.crosscheck.common.ApiConfig;
import io.crosscheck.compare.AxisPage;
import io.crosscheck.compare.ComparisonService;
import io.crosscheck.compare.ComparisonView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for the comparison of a topic's claims. */
@Path("/api/topics/{slug}/comparison")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comparisons", description = "Claims side by side, one axis per subject, metric and currency")
public class TopicComparisonResource {

    private final ComparisonService service;
    private final ApiConfig config;

    TopicComparisonResource(ComparisonService service, ApiConfig config) {
        this.service = service;
        this.config = config;
    }

    @RolesAllowed("reader")
    @GET
    @Operation(summary = "Compare a topic's claims",
            description = ComparisonPages.DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Axes with summaries, one page of claims, and their links",
            content = @Content(schema = @Schema(implementation = ComparisonView.class)),
            headers = @Header(name = "Link", description = ComparisonPages.LINK,
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A bad limit, cursor, axisLimit or axisCursor")
    @APIResponse(responseCode = "404", description = "No such topic")
    public Response topic(@Parameter(example = "deepseek-costs") @PathParam("slug") String slug,
            @BeanParam ComparisonPaging paging, @Context UriInfo uri) {
        AxisPage axes = paging.axes(service.maxAxes());
        return ComparisonPages.of(service.forTopic(slug, paging.page(config), axes), uri);
    }
}
