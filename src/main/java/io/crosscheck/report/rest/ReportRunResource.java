package io.crosscheck.report.rest;

import io.crosscheck.report.ReportRunView;
import io.crosscheck.report.ReportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Runs a report now: the only report operation that writes, and the one that needs an admin key
 * (@RolesAllowed("admin"); docs/reports.md, "Access").
 */
@Path("/api/reports/run")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportRunResource {

    private final ReportService reports;

    ReportRunResource(ReportService reports) {
        this.reports = reports;
    }

    @RolesAllowed("admin")
    @POST
    @Operation(summary = "Run (or re-run) the report of a date", description = "Needs an admin key.")
    @APIResponse(responseCode = "200", description = "The run, finished (SUCCEEDED or FAILED)")
    @APIResponse(responseCode = "400", description = "Missing or malformed date")
    @APIResponse(responseCode = "409", description = "That date is being written right now")
    @APIResponse(responseCode = "422", description = "The date is not over yet in the report zone")
    public ReportRunView run(@Parameter(example = "2025-01-28", required = true) @QueryParam("date") String date) {
        return reports.run(date);
    }
}
