package io.crosscheck.claim.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.crosscheck.claim.AppearanceInput;
import io.crosscheck.claim.ClaimFilter;
import io.crosscheck.claim.ClaimInput;
import io.crosscheck.claim.ClaimOrder;
import io.crosscheck.claim.ClaimService;
import io.crosscheck.claim.ClaimView;
import io.crosscheck.claim.Verdict;
import io.crosscheck.common.ApiConfig;
import io.crosscheck.common.Enums;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Query;
import io.crosscheck.common.Responses;
import io.crosscheck.history.HistoryView;
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

/** HTTP for claims and their appearances: translates requests to {@link ClaimService} calls. */
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Assertions with their figures, claimants and appearances")
public class ClaimResource {

    private final ClaimService service;
    private final ApiConfig config;

    ClaimResource(ClaimService service, ApiConfig config) {
        this.service = service;
        this.config = config;
    }

    @RolesAllowed("reader")
    @GET
    @Operation(summary = "List and search claims", description = "Filters combine with AND. Paged by cursor, in creation "
            + "order, or best matches first with sort=relevance and q. q is a full-text search of the statement, the "
            + "figure as written and the scope: whole words, accents and case ignored, \"a phrase\", a or b, -word.")
    @APIResponse(responseCode = "200", description = "A page of claims")
    @APIResponse(responseCode = "400", description = "Bad verdict, sort, q, limit or cursor")
    public Page<ClaimView> list(
            @Parameter(description = "Subject: entity id, name or alias", example = "DeepSeek") @QueryParam("subject") String subject,
            @Parameter(description = "Metric id or key", example = "training-cost") @QueryParam("metric") String metric,
            @Parameter(description = "Claimant: entity id, name or alias", example = "SemiAnalysis") @QueryParam("claimant") String claimant,
            @Parameter(description = "Source id or URL") @QueryParam("source") String source,
            @Parameter(description = "Topic slug", example = "deepseek-costs") @QueryParam("topic") String topic,
            @Parameter(example = "UNREVIEWED") @QueryParam("verdict") String verdict,
            @Parameter(description = "Language of the statement", example = "fr") @QueryParam("lang") String lang,
            @Parameter(description = "Words of the statement, figure or scope (web search syntax)", example = "milliard")
            @QueryParam("q") String q,
            @Parameter(description = "id (creation order, the default) or relevance (needs q)") @QueryParam("sort") String sort,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        ClaimFilter filter = new ClaimFilter(Query.blankToNull(subject), Query.blankToNull(metric),
                Query.blankToNull(claimant), Query.blankToNull(source), Query.blankToNull(topic),
                Enums.parse(Verdict.class, verdict, "verdict"),
                Query.blankToNull(lang), q);
        if (Enums.parse(ClaimOrder.class, sort, "sort") == ClaimOrder.RELEVANCE) {
            return service.listByRelevance(filter, PageRequest.of(limit, null, config).limit(), cursor);
        }
        return service.list(filter, PageRequest.of(limit, cursor, config));
    }

    @RolesAllowed("reader")
    @GET
    @Path("{id}")
    @Operation(summary = "Read a claim with its appearances")
    @APIResponse(responseCode = "200", description = "The claim; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "404", description = "No such claim")
    public Response get(@PathParam("id") String id) {
        return Responses.ok(service.get(Ids.parse(id, "id")));
    }

    @RolesAllowed("editor")
    @POST
    @Operation(summary = "Create a claim", description = "Subject, metric, claimant and sources are referenced by id.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[]")
    @APIResponse(responseCode = "422", description = "Unknown reference, figure that does not fit the metric, or a quote not in the source")
    public Response create(@Valid @NotNull ClaimInput input, @Context UriInfo uri) {
        ClaimView view = service.create(input);
        return Responses.created(uri, view.id().toString(), view);
    }

    @RolesAllowed("editor")
    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a claim, appearances included")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    @APIResponse(responseCode = "422", description = "Unknown reference or inconsistent figure")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ClaimInput input) {
        return Responses.ok(service.update(Ids.parse(id, "id"), input, ifMatch));
    }

    @RolesAllowed("editor")
    @PATCH
    @Path("{id}")
    @Consumes({Responses.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of a claim (JSON Merge Patch)", description = "e.g. {\"verdict\": \"SUPPORTED\"}")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        return Responses.ok(service.patch(Ids.parse(id, "id"), patch, ifMatch));
    }

    @RolesAllowed("editor")
    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a claim and its appearances")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public void delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(Ids.parse(id, "id"), ifMatch);
    }

    @RolesAllowed("reader")
    @GET
    @Path("{id}/history")
    @Operation(summary = "The recorded changes of a claim, oldest first",
            description = "Who (the API key's name, or system), when, and a field-level diff of the claim's input form; "
                    + "appearances and verdicts included. Still readable after the claim is deleted.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "404", description = "No claim with this id ever existed")
    public Page<HistoryView> history(@PathParam("id") String id, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.history(Ids.parse(id, "id"), PageRequest.of(limit, cursor, config));
    }

    @RolesAllowed("editor")
    @POST
    @Path("{id}/appearances")
    @Operation(summary = "Add an appearance of a claim in a source")
    @APIResponse(responseCode = "200", description = "The claim with the new appearance",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "422", description = "Unknown source, or a quote not in its text")
    public Response addAppearance(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AppearanceInput input) {
        return Responses.ok(service.addAppearance(Ids.parse(id, "id"), input, ifMatch));
    }

    @RolesAllowed("editor")
    @DELETE
    @Path("{id}/appearances/{appearanceId}")
    @Operation(summary = "Remove an appearance from a claim")
    @APIResponse(responseCode = "200", description = "The claim without it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "404", description = "No such claim or appearance")
    public Response removeAppearance(@PathParam("id") String id, @PathParam("appearanceId") String appearanceId,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.removeAppearance(Ids.parse(id, "id"), Ids.parse(appearanceId, "appearanceId"), ifMatch));
    }
}
