package io.crosscheck.console;

import io.crosscheck.claim.Verdict;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.Enums;
import io.crosscheck.common.Ids;
import io.crosscheck.conflict.ConflictService;
import io.crosscheck.link.LinkState;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The console's form handlers. Every one is a {@link ConsoleWrite}, so the sign-in and CSRF filter
 * can guard them all, and each answers 303 See Other (post, redirect, get) so a reload never posts twice.
 */
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
    @PermitAll // the console's sign-in and CSRF filter (ConsoleWrite) guards it
    @Operation(hidden = true)
    public Response confirm(@PathParam("id") String id, @RestForm String rationale, @RestForm String fromVerdict,
            @RestForm String toVerdict, @RestForm String lang, @RestForm String csrf) {
        requireCsrf(csrf);
        conflicts.decide(Ids.parse(id, "id"), LinkState.CONFIRMED, new ConflictService.Decision(rationale,
                Enums.parse(Verdict.class, fromVerdict, "fromVerdict"), Enums.parse(Verdict.class, toVerdict, "toVerdict")),
                null);
        return back(lang);
    }

    @POST
    @Path("dismiss")
    @PermitAll // the console's sign-in and CSRF filter (ConsoleWrite) guards it
    @Operation(hidden = true)
    public Response dismiss(@PathParam("id") String id, @RestForm String rationale, @RestForm String lang,
            @RestForm String csrf) {
        requireCsrf(csrf);
        conflicts.decide(Ids.parse(id, "id"), LinkState.DISMISSED, new ConflictService.Decision(rationale, null, null),
                null);
        return back(lang);
    }

    /** The form must carry the session's CSRF token: another site cannot know it. */
    private void requireCsrf(String csrf) {
        if (user.get().map(session -> !session.csrfMatches(csrf)).orElse(true)) {
            throw ApiException.forbidden("The form's CSRF token is missing or stale; reload the page and try again.");
        }
    }

    private static Response back(String lang) {
        String query = "en".equals(lang) || "fr".equals(lang) ? "?lang=" + lang : "";
        return Response.seeOther(URI.create("/conflicts" + query)).build();
    }
}
