package io.crosscheck.transfer.rest;

import io.crosscheck.common.ApiException;
import io.crosscheck.common.BodyTooLargeException;
import io.crosscheck.job.JobView;
import io.crosscheck.transfer.ImportFormat;
import io.crosscheck.transfer.ImportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Imports claims from a file in the body, as a background job; its Content-Type says which format it is. */
@Path(ImportService.PATH)
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
    @Operation(summary = "Import claims from CSV, JSON Lines or ClaimReview JSON-LD, as a job",
            description = "The file is received and checked first (size, charset, row count), then imported in the "
                    + "background: poll the job at Location. Unknown entities, metrics (given their dimension) and "
                    + "sources are created. A claim already stored (same source, subject, metric and figure text) "
                    + "counts as a duplicate and is not changed. Refused rows are the job's issues, by line.")
    @APIResponse(responseCode = "202", description = "The import job, queued; Location is its status resource")
    @APIResponse(responseCode = "400", description = "Unknown mode or charset, a file that cannot be decoded (the "
            + "problem names the line) or read at all; nothing is imported")
    @APIResponse(responseCode = "413", description = "Over crosscheck.transfer.max-upload-bytes or "
            + "crosscheck.transfer.max-rows; nothing is imported")
    @APIResponse(responseCode = "415", description = "Not text/csv, application/x-ndjson or application/ld+json")
    @APIResponse(responseCode = "503", description = "Too many jobs waiting on this instance; retry later")
    public Response importClaims(@Context HttpHeaders headers,
            @Parameter(description = "partial (default): keep the valid rows; atomic: check every row first and "
                    + "import nothing if any fails") @QueryParam("mode") String mode, InputStream body)
            throws BodyTooLargeException {
        MediaType type = headers.getMediaType();
        ImportFormat format = ImportFormat.of(type == null ? null : type.getType() + "/" + type.getSubtype());
        if (format == null) {
            throw new ApiException(415, "Unsupported media type", "Send text/csv, application/x-ndjson or "
                    + "application/ld+json.", null, null);
        }
        ImportService.Mode parsed = mode(mode);
        JobView job = imports.submit(body, format, type.getParameters().get("charset"), parsed);
        return Response.accepted(job).location(job.location()).build();
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
