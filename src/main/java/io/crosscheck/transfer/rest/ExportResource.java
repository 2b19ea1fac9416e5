package io.crosscheck.transfer.rest;

import io.crosscheck.transfer.ClaimRows;
import io.crosscheck.transfer.ExportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Full exports of all claims, streamed: the response starts before the last row is read. */
@Path("/api/export")
@Tag(name = "Export and import", description = "All claims as CSV, JSON Lines or schema.org ClaimReview")
public class ExportResource {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String JSON_LINES = "application/x-ndjson; charset=UTF-8";
    static final String JSON_LD = "application/ld+json; charset=UTF-8";

    private final ExportService exports;

    ExportResource(ExportService exports) {
        this.exports = exports;
    }

    @RolesAllowed("reader")
    @GET
    @Path("claims.csv")
    @Produces(CSV)
    @Operation(summary = "Every claim as CSV (RFC 4180), one row per claim with its first appearance")
    @APIResponse(responseCode = "200", description = "The CSV, streamed")
    public Response csv() {
        return file((StreamingOutput) out -> exports.csv(ClaimRows.Filter.ALL, out), CSV, "claims.csv");
    }

    @RolesAllowed("reader")
    @GET
    @Path("claims.jsonl")
    @Produces(JSON_LINES)
    @Operation(summary = "Every claim as JSON Lines, with all its appearances")
    @APIResponse(responseCode = "200", description = "One JSON object per line, streamed")
    public Response jsonLines() {
        return file((StreamingOutput) out -> exports.jsonLines(ClaimRows.Filter.ALL, out), JSON_LINES, "claims.jsonl");
    }

    @RolesAllowed("reader")
    @GET
    @Path("claimreview.jsonld")
    @Produces(JSON_LD)
    @Operation(summary = "Every reviewed claim (verdict other than UNREVIEWED) as schema.org ClaimReview JSON-LD")
    @APIResponse(responseCode = "200", description = "A JSON-LD document with an @graph of ClaimReviews, streamed")
    public Response claimReviews() {
        return file((StreamingOutput) out -> exports.claimReviews(ClaimRows.Filter.reviewed(), out), JSON_LD,
                "claimreview.jsonld");
    }

    private static Response file(StreamingOutput body, String type, String name) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
