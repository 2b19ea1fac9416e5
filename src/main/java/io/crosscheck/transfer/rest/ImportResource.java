package io.crosscheck.transfer.rest;

import io.crosscheck.common.ApiException;
import io.crosscheck.transfer.ImportFormat;
import io.crosscheck.transfer.ImportResult;
import io.crosscheck.transfer.ImportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Imports claims from a file in the body; its Content-Type says which format it is. */
@Path("/api/import")
@Tag(name = "Export and import")
public class ImportResource {

    private final ImportService imports;

    ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @RolesAllowed("editor")
    @POST
    @Consumes({"text/csv", "application/x-ndjson", "application/jsonl", "application/ld+json"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import claims from CSV, JSON Lines or ClaimReview JSON-LD",
            description = "Unknown entities, metrics (given their dimension) and sources are created. A claim already "
                    + "stored (same source, subject, metric and figure text) counts as a duplicate and is not changed.")
    @APIResponse(responseCode = "200", description = "Counts of rows created, duplicates and errors (each with its line)")
    @APIResponse(responseCode = "400", description = "Unknown mode, or a file that cannot be read at all")
    @APIResponse(responseCode = "415", description = "Not text/csv, application/x-ndjson or application/ld+json")
    @APIResponse(responseCode = "422", description = "mode=atomic and some rows are invalid: nothing was imported")
    public ImportResult importClaims(@HeaderParam("Content-Type") String contentType,
            @Parameter(description = "partial (default): keep the valid rows; atomic: refuse the batch if any row fails")
            @QueryParam("mode") String mode, InputStream body) {
        return imports.importClaims(body, ImportFormat.of(contentType), mode(mode));
    }

    private static ImportService.Mode mode(String mode) {
        if (mode == null || mode.isBlank()) {
            return ImportService.Mode.PARTIAL;
        }
        try {
            return ImportService.Mode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("mode", "must be partial or atomic");
        }
    }
}
