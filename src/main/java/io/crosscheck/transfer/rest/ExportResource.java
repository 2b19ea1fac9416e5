package io.crosscheck.transfer.rest;

import io.crosscheck.common.ApiException;
import io.crosscheck.common.ClientStreams;
import io.crosscheck.embed.PublicUrls;
import io.crosscheck.transfer.ClaimReviewSettings;
import io.crosscheck.transfer.ClaimReviews;
import io.crosscheck.transfer.ClaimRows;
import io.crosscheck.transfer.ExportService;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    private final ClaimReviewSettings claimReviews;
    private final PublicUrls urls;

    ExportResource(ExportService exports, ClaimReviewSettings claimReviews, PublicUrls urls) {
        this.exports = exports;
        this.claimReviews = claimReviews;
        this.urls = urls;
    }

    @RolesAllowed("reader")
    @GET
    @Path("claims.csv")
    @Produces(CSV)
    @Operation(summary = "Every claim as CSV (RFC 4180), one row per claim with its first appearance",
            description = "Text cells that a spreadsheet would run as a formula start with an apostrophe (see "
                    + "docs/reports.md); an import removes it.")
    @APIResponse(responseCode = "200", description = "The CSV, streamed")
    @APIResponse(responseCode = "400", description = "bom is neither true nor false")
    public Response csv(@Parameter(description = "true: start with a UTF-8 byte-order mark, so that spreadsheets "
            + "(Excel) read the accents right") @QueryParam("bom") String bom, @Context HttpServerResponse response) {
        boolean withBom = flag(bom, "bom");
        return file(response, out -> exports.csv(ClaimRows.Filter.ALL, out, withBom), CSV, "claims.csv");
    }

    @RolesAllowed("reader")
    @GET
    @Path("claims.jsonl")
    @Produces(JSON_LINES)
    @Operation(summary = "Every claim as JSON Lines, with all its appearances")
    @APIResponse(responseCode = "200", description = "One JSON object per line, streamed")
    public Response jsonLines(@Context HttpServerResponse response) {
        return file(response, out -> exports.jsonLines(ClaimRows.Filter.ALL, out), JSON_LINES, "claims.jsonl");
    }

    @RolesAllowed("reader")
    @GET
    @Path("claimreview.jsonld")
    @Produces(JSON_LD)
    @Operation(summary = "Every reviewed claim (verdict other than UNREVIEWED) as schema.org ClaimReview JSON-LD",
            description = "Each review's url is the claim's public page (/claims/{id}) under "
                    + "crosscheck.embed.public-base-url, or under this request's host when that is unset; see docs/reports.md.")
    @APIResponse(responseCode = "200", description = "A JSON-LD document with an @graph of ClaimReviews, streamed")
    public Response claimReviews(@Context UriInfo uri, @Context HttpServerResponse response) {
        ClaimReviews.Publisher by = claimReviews.publisher(urls.base(uri));
        return file(response, out -> exports.claimReviews(ClaimRows.Filter.reviewed(), out, by), JSON_LD,
                "claimreview.jsonld");
    }

    private static boolean flag(String value, String name) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.trim().equalsIgnoreCase("true")) {
            return true;
        }
        throw ApiException.invalid(name, "must be true or false");
    }

    /** A download, streamed until it ends or its client leaves (ClientStreams). */
    private static Response file(HttpServerResponse response, StreamingOutput body, String type, String name) {
        return Response.ok(ClientStreams.untilClientLeaves(response, body), type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
