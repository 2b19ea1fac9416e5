package io.crosscheck.report.rest;

import io.crosscheck.job.JobView;
import io.crosscheck.report.ReportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @Operation(summary = "Run (or re-run) the report of a date, as a job", description = "Needs an admin key. "
            + "Answers 202 with the job; poll Location (/api/jobs/{id}): its result is the finished run (as "
            + "GET /api/reports/{date}), and the job FAILED when the run did. Meanwhile the run itself is "
            + "RUNNING at /api/reports/{date}.")
    @APIResponse(responseCode = "202", description = "The report job, queued; the run is RUNNING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed date")
    @APIResponse(responseCode = "409", description = "That date is being written right now")
    @APIResponse(responseCode = "422", description = "The date is not over yet in the report zone")
    @APIResponse(responseCode = "503", description = "This instance has no room for another job (the run is left FAILED)")
    public Response run(@Parameter(example = "2025-01-28", required = true) @QueryParam("date") String date) {
        JobView job = reports.run(date);
        return Response.accepted(job).location(job.location()).build();
    }
}
