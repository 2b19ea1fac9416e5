package io.crosscheck.report.rest;

import io.crosscheck.common.ApiConfig;
import io.crosscheck.common.ClientStreams;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.report.ReportRunView;
import io.crosscheck.report.ReportService;
import io.crosscheck.report.ReportStore;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading reports: the runs and their files. Re-running a date is {@link ReportRunResource}. */
@jakarta.ws.rs.Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Nightly reports of what changed and what is still disputed")
public class ReportResource {

    private final ReportService reports;
    private final ApiConfig config;

    ReportResource(ReportService reports, ApiConfig config) {
        this.reports = reports;
        this.config = config;
    }

    @RolesAllowed("reader")
    @GET
    @Operation(summary = "List report runs, newest date first")
    @APIResponse(responseCode = "200", description = "A page of runs")
    public Page<ReportRunView> list(@Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        return reports.list(PageRequest.of(limit, null, config).limit(), cursor);
    }

    @RolesAllowed("reader")
    @GET
    @jakarta.ws.rs.Path("{date}")
    @Operation(summary = "Read one run with its files (name, size, SHA-256)")
    @APIResponse(responseCode = "200", description = "The run")
    @APIResponse(responseCode = "404", description = "No run for that date")
    public ReportRunView get(@Parameter(example = "2025-01-28") @PathParam("date") String date) {
        return reports.get(date);
    }

    @RolesAllowed("reader")
    @GET
    @jakarta.ws.rs.Path("{date}/{file}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_HTML, "application/ld+json"})
    @Operation(summary = "Download a file of a run, by the exact name its manifest lists")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "404", description = "No such run or file")
    public Response file(@PathParam("date") String date,
            @Parameter(example = "report-2025-01-28.csv") @PathParam("file") String file,
            @Context HttpServerResponse response) {
        ReportStore.Stored stored = reports.file(date, file);
        StreamingOutput body = ClientStreams.untilClientLeaves(response, out -> reports.copy(stored, out));
        return Response.ok(body, type(file)).header("Content-Length", Long.toString(stored.size()))
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static String type(String name) {
        if (name.endsWith(".csv")) {
            return "text/csv; charset=UTF-8";
        }
        if (name.endsWith(".html")) {
            return "text/html; charset=UTF-8";
        }
        if (name.endsWith(".jsonld")) {
            return "application/ld+json; charset=UTF-8";
        }
        return "application/json; charset=UTF-8";
    }
}
