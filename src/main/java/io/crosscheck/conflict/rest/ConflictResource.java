package io.crosscheck.conflict.rest;

import io.crosscheck.common.ApiConfig;
import io.crosscheck.common.Enums;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Responses;
import io.crosscheck.conflict.ConflictService;
import io.crosscheck.conflict.DetectionQueue;
import io.crosscheck.conflict.DetectionWorker;
import io.crosscheck.job.JobView;
import io.crosscheck.job.Jobs;
import io.crosscheck.figure.Judgement;
import io.crosscheck.link.GapCursor;
import io.crosscheck.link.LinkState;
import io.crosscheck.link.LinkType;
import io.crosscheck.link.LinkView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
 * HTTP for the conflict queue: the links detection proposed, and the decisions on them. Confirm and
 * dismiss are POSTed actions rather than a PATCH of {@code state} because they record who decided
 * and why, and because plain HTML forms (the console) can send them.
 */
@Path("/api/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conflicts", description = "Detected contradictions, agreements and context links awaiting review")
public class ConflictResource {

    private final ConflictService service;
    private final ApiConfig config;
    private final Jobs jobs;
    private final DetectionWorker worker;
    private final DetectionQueue queue;

    ConflictResource(ConflictService service, ApiConfig config, Jobs jobs, DetectionWorker worker,
            DetectionQueue queue) {
        this.service = service;
        this.config = config;
        this.jobs = jobs;
        this.worker = worker;
        this.queue = queue;
    }

    @RolesAllowed("reader")
    @GET
    @Operation(summary = "The review queue", description = "Detected links in one state (default PROPOSED), "
            + "largest relative gap between the two figures first (links without a gap last), then by id. "
            + "The cursor carries the last link's gap and id.")
    @APIResponse(responseCode = "200", description = "A page of detected links")
    @APIResponse(responseCode = "400", description = "Bad state, type, judgement, limit or cursor")
    public Page<LinkView> queue(@Parameter(example = "PROPOSED") @QueryParam("state") String state,
            @Parameter(example = "CONTRADICTS") @QueryParam("type") String type,
            @Parameter(description = "AGREE, ROUNDING_REVIEW, DIFFER or NOT_COMPARABLE", example = "ROUNDING_REVIEW")
            @QueryParam("judgement") String judgement,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.queue(Enums.parse(LinkState.class, state, "state"), Enums.parse(LinkType.class, type, "type"),
                Enums.parse(Judgement.Outcome.class, judgement, "judgement"),
                PageRequest.of(limit, null, config).limit(), GapCursor.decode(cursor));
    }

    @RolesAllowed("editor")
    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm a proposed link", description = "Optional body: {\"rationale\": \"…\", "
            + "\"fromVerdict\": \"SUPPORTED\", \"toVerdict\": \"DISPUTED\"}; verdicts are set on the two claims "
            + "in the same transaction, each recorded in the claim's history. Other proposals on the same pair are removed.")
    @APIResponse(responseCode = "200", description = "The link, now CONFIRMED")
    @APIResponse(responseCode = "404", description = "No such link")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    @APIResponse(responseCode = "422", description = "A bad state or verdict")
    public Response confirm(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid DecisionInput body) {
        return Responses.ok(service.decide(Ids.parse(id, "id"), LinkState.CONFIRMED, decision(body), ifMatch));
    }

    @RolesAllowed("editor")
    @POST
    @Path("{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dismiss a proposed link", description = "Optional body: {\"rationale\": \"…\"}. "
            + "Nothing is proposed again for this pair of claims.")
    @APIResponse(responseCode = "200", description = "The link, now DISMISSED")
    @APIResponse(responseCode = "404", description = "No such link")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    @APIResponse(responseCode = "422", description = "Verdicts sent with a dismissal")
    public Response dismiss(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid DecisionInput body) {
        return Responses.ok(service.decide(Ids.parse(id, "id"), LinkState.DISMISSED, decision(body), ifMatch));
    }

    @RolesAllowed("editor")
    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Undo a decision", description = "A detected link that was CONFIRMED or DISMISSED is "
            + "PROPOSED again, back in the review queue, without its decision (decidedBy, decidedAt and "
            + "decisionRationale cleared); the change is recorded in the link's history (GET /api/links/{id}/history), "
            + "which keeps the decision that was undone. Verdicts set while confirming are left as they are.")
    @APIResponse(responseCode = "200", description = "The link, PROPOSED again")
    @APIResponse(responseCode = "404", description = "No such link")
    @APIResponse(responseCode = "409", description = "The link is PROPOSED: no decision to undo")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    @APIResponse(responseCode = "422", description = "A link made by hand (never proposed): delete it instead")
    public Response reopen(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.reopen(Ids.parse(id, "id"), ifMatch));
    }

    private static ConflictService.Decision decision(DecisionInput body) {
        return body == null ? new ConflictService.Decision(null, null, null)
                : new ConflictService.Decision(body.rationale(), body.fromVerdict(), body.toVerdict());
    }

    @RolesAllowed("editor")
    @POST
    @Path("scan")
    @Operation(summary = "Re-scan the whole store, as a job", description = "Judges every (subject, metric) "
            + "group as the detection worker does, a page of groups at a time: adds missing proposals and "
            + "removes detected proposals that no longer hold; decisions and manual links are kept. Answers "
            + "202 with the job; poll Location (/api/jobs/{id}): processed/total count groups, the result is "
            + "{groups, claims, proposals, added, removed, truncated, millis}.")
    @APIResponse(responseCode = "202", description = "The scan job, queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "503", description = "This instance has no room for another job")
    public Response scan() {
        JobView job = jobs.submit("conflict-scan", null, worker::scan);
        return Response.accepted(job).location(job.location()).build();
    }

    @RolesAllowed("reader")
    @GET
    @Path("queue-status")
    @Operation(summary = "How far behind detection is", description = "Claim changes queue their (subject, "
            + "metric) group for detection, judged after the write by a worker on any instance. "
            + "pendingGroups: distinct groups waiting; rows: queue rows; leased: rows a worker holds now; "
            + "oldestEnqueuedAt and oldestAgeSeconds: the longest wait (null when the queue is empty).")
    @APIResponse(responseCode = "200", description = "The detection backlog")
    public DetectionQueue.Status queueStatus() {
        return queue.status();
    }
}
