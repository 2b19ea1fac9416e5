package io.crosscheck.job.rest;

import io.crosscheck.common.ApiConfig;
import io.crosscheck.common.Enums;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.job.JobIssueView;
import io.crosscheck.job.JobState;
import io.crosscheck.job.JobView;
import io.crosscheck.job.Jobs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The status resources of background jobs (imports, fetches, scans): progress, outcome, item issues. */
@Path("/api/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs", description = "Long work done in the background; submitting answers 202 with a job to poll")
public class JobResource {

    private final Jobs jobs;
    private final ApiConfig config;

    JobResource(Jobs jobs, ApiConfig config) {
        this.jobs = jobs;
        this.config = config;
    }

    @GET
    @RolesAllowed("editor")
    @Operation(summary = "List jobs, newest first")
    @APIResponse(responseCode = "200", description = "A page of jobs")
    @APIResponse(responseCode = "400", description = "Bad state, limit or cursor")
    public Page<JobView> list(@Parameter(description = "Only jobs of this kind", example = "import") @QueryParam("kind") String kind,
            @Parameter(description = "Only jobs in this state") @QueryParam("state") String state,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        return jobs.list(kind == null || kind.isBlank() ? null : kind.trim(), Enums.parse(JobState.class, state, "state"),
                PageRequest.of(limit, cursor, config));
    }

    @GET
    @Path("{id}")
    @RolesAllowed("reader")
    @Operation(summary = "Read a job's state, progress and outcome",
            description = "Poll until state is SUCCEEDED, FAILED or CANCELLED; while it runs the answer carries Retry-After.")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "404", description = "No such job")
    public Response get(@PathParam("id") String id) {
        JobView job = jobs.get(Ids.parse(id, "id"));
        Response.ResponseBuilder ok = Response.ok(job);
        if (!job.state().finished()) {
            ok.header("Retry-After", 1);
        }
        return ok.build();
    }

    @GET
    @Path("{id}/issues")
    @RolesAllowed("reader")
    @Operation(summary = "List what a job found wrong with single items (import lines, feed entries), in order")
    @APIResponse(responseCode = "200", description = "A page of issues")
    @APIResponse(responseCode = "404", description = "No such job")
    public Page<JobIssueView> issues(@PathParam("id") String id,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        return jobs.issues(Ids.parse(id, "id"), PageRequest.of(limit, null, config), cursor);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("editor")
    @Operation(summary = "Cancel a job", description = "A queued job ends at once; a running one at its next check. "
            + "What it committed before stays.")
    @APIResponse(responseCode = "202", description = "Cancellation asked; the job as it is now")
    @APIResponse(responseCode = "404", description = "No such job")
    @APIResponse(responseCode = "409", description = "The job has already ended")
    public Response cancel(@PathParam("id") String id) {
        return Response.accepted(jobs.cancel(Ids.parse(id, "id"))).build();
    }
}
