package io.crosscheck.source.rest;

import io.crosscheck.common.ApiConfig;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.source.SourceService;
import io.crosscheck.source.SourceTextView;
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

/** The text versions of a source: every text it has had, so quotes from a corrected article stay readable. */
@Path("/api/sources/{id}/versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceVersionResource {

    private final SourceService service;
    private final ApiConfig config;

    SourceVersionResource(SourceService service, ApiConfig config) {
        this.service = service;
        this.config = config;
    }

    @GET
    @RolesAllowed("reader")
    @Operation(summary = "List a source's text versions, oldest first (without the texts)")
    @APIResponse(responseCode = "200", description = "A page of versions")
    @APIResponse(responseCode = "404", description = "No such source")
    public Page<SourceTextView> list(@PathParam("id") String id,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.versions(Ids.parse(id, "id"), PageRequest.of(limit, null, config), cursor);
    }

    @GET
    @Path("{version}")
    @RolesAllowed("reader")
    @Operation(summary = "Read one text version of a source, with its text")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "404", description = "No such source or version")
    public SourceTextView get(@PathParam("id") String id, @PathParam("version") String version) {
        return service.version(Ids.parse(id, "id"), number(version));
    }

    private static int number(String raw) {
        try {
            int n = Integer.parseInt(raw.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.invalid("version", "must be a version number (1, 2, …)");
    }
}
