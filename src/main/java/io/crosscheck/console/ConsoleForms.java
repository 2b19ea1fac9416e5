package io.crosscheck.console;

import io.crosscheck.common.Languages;
import io.crosscheck.claim.Verdict;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.Enums;
import io.crosscheck.common.Ids;
import io.crosscheck.common.TextRules;
import io.crosscheck.conflict.ConflictService;
import io.crosscheck.link.LinkState;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The console's form handlers. Every one is a {@link ConsoleWrite}, so the sign-in and CSRF filter
 * can guard them all, and each answers 303 See Other (post, redirect, get) so a reload never posts twice.
 */
@RolesAllowed("editor")
@Path("/conflicts/{id}")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@ConsoleWrite
public class ConsoleForms {

    private final ConflictService conflicts;
    private final ConsoleUser user;

    ConsoleForms(ConflictService conflicts, ConsoleUser user) {
        this.conflicts = conflicts;
        this.user = user;
    }

    @POST
    @Path("confirm")
    @Operation(hidden = true)
    public Response confirm(@PathParam("id") String id, @RestForm String rationale, @RestForm String fromVerdict,
            @RestForm String toVerdict, @RestForm String lang, @RestForm String csrf) {
        user.requireCsrf(csrf);
        requirePlainText("rationale", rationale);
        conflicts.decide(Ids.parse(id, "id"), LinkState.CONFIRMED, new ConflictService.Decision(rationale,
                Enums.parse(Verdict.class, fromVerdict, "fromVerdict"), Enums.parse(Verdict.class, toVerdict, "toVerdict")),
                null);
        return back(lang, "PROPOSED", "confirmed");
    }

    @POST
    @Path("dismiss")
    @Operation(hidden = true)
    public Response dismiss(@PathParam("id") String id, @RestForm String rationale, @RestForm String lang,
            @RestForm String csrf) {
        user.requireCsrf(csrf);
        requirePlainText("rationale", rationale);
        conflicts.decide(Ids.parse(id, "id"), LinkState.DISMISSED, new ConflictService.Decision(rationale, null, null),
                null);
        return back(lang, "PROPOSED", "dismissed");
    }

    /** Undoes a decision: the link is PROPOSED again, back in the queue (recorded in its history). */
    @POST
    @Path("reopen")
    @Operation(hidden = true)
    public Response reopen(@PathParam("id") String id, @RestForm String state, @RestForm String lang,
            @RestForm String csrf) {
        user.requireCsrf(csrf);
        conflicts.reopen(Ids.parse(id, "id"), null);
        LinkState from = Enums.parse(LinkState.class, state, "state");
        return back(lang, from == null ? "PROPOSED" : from.name(), "reopened");
    }

    /** Anonymous (no live session): sign in first. Only this class's handlers answer so. */
    @ServerExceptionMapper
    Response signInFirst(UnauthorizedException e, UriInfo uri) {
        return ConsoleWriteFilter.signInFirst(uri.getRequestUri().getRawPath());
    }

    /** Signed in with a key that may only read. */
    @ServerExceptionMapper
    Response readOnly(ForbiddenException e, UriInfo uri) {
        return ConsoleWriteFilter.readOnly(user.name(), uri.getRequestUri().getRawPath());
    }

    /**
     * Form fields are decoded after the request filters run ({@code common/ParameterText} sees only
     * query and path parameters here), so the handler applies the same text rules itself.
     */
    static void requirePlainText(String field, String value) {
        String problem = TextRules.problem(value);
        if (problem != null) {
            throw ApiException.invalid(field, problem);
        }
    }


    /** Back to the queue in the state the form was on, with the feedback line. */
    private static Response back(String lang, String state, String done) {
        String query = "?state=" + state + "&done=" + done
                + (Languages.isSupported(lang) ? "&lang=" + Languages.supported(lang) : "");
        return Response.seeOther(URI.create("/conflicts" + query)).build();
    }
}
