package io.crosscheck.metric.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.crosscheck.common.ApiConfig;
import io.crosscheck.common.Enums;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Responses;
import io.crosscheck.figure.Dimension;
import io.crosscheck.metric.MetricInput;
import io.crosscheck.metric.MetricService;
import io.crosscheck.metric.MetricView;
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

/** HTTP for metrics, addressed by id or by key ({@code /api/metrics/training-cost}). */
@Path("/api/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Metrics", description = "What claims measure")
public class MetricResource {

    private final MetricService service;
    private final ApiConfig config;

    MetricResource(MetricService service, ApiConfig config) {
        this.service = service;
        this.config = config;
    }

    @RolesAllowed("reader")
    @GET
    @Operation(summary = "List metrics")
    @APIResponse(responseCode = "200", description = "A page of metrics")
    public Page<MetricView> list(
            @Parameter(description = "Text in the key or a label", example = "cost") @QueryParam("q") String q,
            @Parameter(example = "MONEY") @QueryParam("dimension") String dimension,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.list(q, Enums.parse(Dimension.class, dimension, "dimension"), PageRequest.of(limit, cursor, config));
    }

    @RolesAllowed("reader")
    @GET
    @Path("{idOrKey}")
    @Operation(summary = "Read a metric by id or key")
    @APIResponse(responseCode = "200", description = "The metric; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricView.class)))
    @APIResponse(responseCode = "404", description = "No such metric")
    public Response get(@Parameter(example = "training-cost") @PathParam("idOrKey") String idOrKey) {
        return Responses.ok(service.get(idOrKey));
    }

    @RolesAllowed("editor")
    @POST
    @Operation(summary = "Create a metric")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    @APIResponse(responseCode = "409", description = "The key is taken; existingId names the metric")
    public Response create(@Valid @NotNull MetricInput input, @Context UriInfo uri) {
        MetricView view = service.create(input);
        return Responses.created(uri, view.id().toString(), view);
    }

    @RolesAllowed("editor")
    @PUT
    @Path("{idOrKey}")
    @Operation(summary = "Replace a metric")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricView.class)))
    @APIResponse(responseCode = "409", description = "Key taken, or dimension change while claims use it")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public Response update(@PathParam("idOrKey") String idOrKey, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MetricInput input) {
        return Responses.ok(service.update(idOrKey, input, ifMatch));
    }

    @RolesAllowed("editor")
    @PATCH
    @Path("{idOrKey}")
    @Consumes({Responses.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of a metric (JSON Merge Patch)")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public Response patch(@PathParam("idOrKey") String idOrKey, @HeaderParam("If-Match") String ifMatch,
            JsonNode patch) {
        return Responses.ok(service.patch(idOrKey, patch, ifMatch));
    }

    @RolesAllowed("editor")
    @DELETE
    @Path("{idOrKey}")
    @Operation(summary = "Delete a metric no claim uses")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Claims use it")
    public void delete(@PathParam("idOrKey") String idOrKey, @HeaderParam("If-Match") String ifMatch) {
        service.delete(idOrKey, ifMatch);
    }
}
