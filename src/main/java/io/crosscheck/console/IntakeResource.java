package io.crosscheck.console;

import io.crosscheck.common.Languages;
import com.fasterxml.jackson.databind.JsonNode;
import io.crosscheck.common.ApiConfig;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Query;
import io.crosscheck.common.TextRules;
import io.crosscheck.extraction.AcceptInput;
import io.crosscheck.extraction.CandidateResults;
import io.crosscheck.extraction.CandidateService;
import io.crosscheck.extraction.CandidateState;
import io.crosscheck.extraction.CandidateView;
import io.crosscheck.extraction.RejectInput;
import io.crosscheck.job.JobState;
import io.crosscheck.job.JobView;
import io.crosscheck.job.Jobs;
import io.crosscheck.source.SourceCreate;
import io.crosscheck.source.SourceFetcher;
import io.crosscheck.source.SourceService;
import io.crosscheck.source.SourceView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The console's intake desk: an editor pastes an article's URL (fetched in a job, which proposes
 * claim candidates) or its text (stored, candidates proposed at once), then reviews the candidates on
 * the text itself, each figure highlighted, and accepts (overriding subject, metric or claimant by
 * name) or rejects each with a reason. The handlers call {@link CandidateService} and
 * {@link SourceService} as the API does; the forms are {@link ConsoleWrite}s (session, same origin,
 * CSRF token) and answer 303 to the source's page with a one-line feedback.
 */
@Path("/intake")
@Produces(MediaType.TEXT_HTML)
public class IntakeResource {

    /** Candidates reviewed on one page (their figures highlighted); the next page follows a cursor. */
    static final String PAGE_SIZE = "100";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance intake(Texts t);

        static native TemplateInstance fetching(Texts t, JobView job, String error);

        static native TemplateInstance source(Texts t, SourceView source, List<Segment> segments,
                Page<CandidateView> candidates, ConsoleResource.Pickers pickers, String claim, String problem,
                String cursor);
    }

    /** A run of the source's text: plain, or the figure of candidate number {@code mark} (1-based). */
    public record Segment(String text, int mark, UUID candidate) {
        public boolean marked() {
            return mark > 0;
        }
    }

    private final CandidateService candidates;
    private final SourceService sources;
    private final SourceFetcher fetcher;
    private final Jobs jobs;
    private final ConsoleResource pages;
    private final ConsoleUser user;
    private final ApiConfig config;

    IntakeResource(CandidateService candidates, SourceService sources, SourceFetcher fetcher, Jobs jobs,
            ConsoleResource pages, ConsoleUser user, ApiConfig config) {
        this.candidates = candidates;
        this.sources = sources;
        this.fetcher = fetcher;
        this.jobs = jobs;
        this.pages = pages;
        this.user = user;
        this.config = config;
    }

    @PermitAll
    @GET
    @Operation(hidden = true)
    public Response form(@QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        Texts t = Texts.pick(lang, accept);
        return editorOnly("/intake", t).orElseGet(() -> Response.ok(ConsolePage.render(Templates.intake(t), t)).build());
    }

    /** A fetch job's progress: "fetching…" with a refresh link, then the source's candidates. */
    @PermitAll
    @GET
    @Path("jobs/{id}")
    @Operation(hidden = true)
    public Response job(@PathParam("id") String id, @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String accept) {
        Texts t = Texts.pick(lang, accept);
        UUID jobId = Ids.parse(id, "id");
        Optional<Response> refused = editorOnly("/intake/jobs/" + jobId, t);
        if (refused.isPresent()) {
            return refused.get();
        }
        JobView job = jobs.get(jobId);
        if (!"fetch".equals(job.kind())) {
            throw ApiException.notFound("fetch job", jobId);
        }
        if (job.state() == JobState.SUCCEEDED) {
            JsonNode source = job.result() == null ? null : job.result().get("sourceId");
            UUID sourceId = source == null ? null : Ids.tryParse(source.asText());
            if (sourceId != null) {
                return see("/intake/sources/" + sourceId, t.lang, null, null);
            }
        }
        String error = job.state() == JobState.SUCCEEDED ? "no source was stored" : job.error();
        return Response.ok(ConsolePage.render(Templates.fetching(t, job, error), t)).build();
    }

    @PermitAll
    @GET
    @Path("sources/{id}")
    @Operation(hidden = true)
    public Response source(@PathParam("id") String id, @QueryParam("claim") String claim,
            @QueryParam("cursor") String cursor, @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String accept) {
        Texts t = Texts.pick(lang, accept);
        UUID sourceId = Ids.parse(id, "id");
        return editorOnly("/intake/sources/" + sourceId, t).orElseGet(() -> Response.ok(
                sourcePage(sourceId, claim, cursor, null, t)).build());
    }

    @RolesAllowed("editor")
    @ConsoleWrite
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response submit(@RestForm String url, @RestForm String text, @RestForm String title,
            @RestForm String publisher, @RestForm String language, @RestForm String lang, @RestForm String csrf) {
        user.requireCsrf(csrf);
        for (String[] field : new String[][] {{"url", url}, {"title", title}, {"publisher", publisher},
                {"language", language}}) {
            String problem = TextRules.problem(field[1]);
            if (problem != null) {
                throw ApiException.invalid(field[0], problem);
            }
        }
        if (Query.blankToNull(url) == null) {
            throw ApiException.invalid("url", "give the article's address (and paste its text, or leave the text empty to fetch it)");
        }
        if (Query.blankToNull(text) == null) {
            JobView job = fetcher.submit(new SourceCreate(url.strip(), null, null, null, null, null, null, true, null));
            return see("/intake/jobs/" + job.id(), lang, null, null);
        }
        SourceView created = sources.create(new SourceCreate(url.strip(), Query.blankToNull(title),
                Query.blankToNull(publisher), null, Query.blankToNull(language), null, text, false, null));
        candidates.propose(created.id());
        return see("/intake/sources/" + created.id(), lang, "candidates-proposed", null);
    }

    @RolesAllowed("editor")
    @ConsoleWrite
    @POST
    @Path("candidates/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response accept(@PathParam("id") String id, @RestForm String subject, @RestForm String metric,
            @RestForm String claimant, @RestForm String lang, @RestForm String csrf) {
        user.requireCsrf(csrf);
        UUID candidateId = Ids.parse(id, "id");
        for (String[] field : new String[][] {{"subject", subject}, {"metric", metric}, {"claimant", claimant}}) {
            String problem = TextRules.problem(field[1]);
            if (problem != null) {
                throw ApiException.invalid(field[0], problem);
            }
        }
        CandidateView candidate = candidates.get(candidateId);
        try {
            // A blank claimant field clears the claimant (the API's "claimant": "").
            CandidateResults.Accepted done = candidates.accept(candidateId, new AcceptInput(
                    Query.blankToNull(subject) == null ? null : subject.strip(),
                    Query.blankToNull(metric) == null ? null : metric.strip(),
                    claimant == null ? null : claimant.strip(), null, null, null, null, null));
            return see("/intake/sources/" + candidate.sourceId(), lang,
                    done.candidate().attached() ? "candidate-attached" : "candidate-accepted", done.claim().id());
        } catch (ApiException e) {
            Texts t = Texts.pick(lang, null);
            String field = e.errors() == null || e.errors().isEmpty() ? "" : e.errors().get(0).field() + ": ";
            return Response.status(e.status()).entity(sourcePage(candidate.sourceId(), null, null,
                    field.isEmpty() ? e.getMessage() : field + e.errors().get(0).message(), t)).build();
        }
    }

    @RolesAllowed("editor")
    @ConsoleWrite
    @POST
    @Path("candidates/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reject(@PathParam("id") String id, @RestForm String reason, @RestForm String lang,
            @RestForm String csrf) {
        user.requireCsrf(csrf);
        UUID candidateId = Ids.parse(id, "id");
        String problem = TextRules.problem(reason);
        if (problem != null) {
            throw ApiException.invalid("reason", problem);
        }
        if (Query.blankToNull(reason) == null) {
            throw ApiException.invalid("reason", "say why this figure is not a claim");
        }
        if (reason.strip().length() > 1000) {
            throw ApiException.invalid("reason", "at most 1000 characters");
        }
        CandidateView rejected = candidates.reject(candidateId, new RejectInput(reason.strip()));
        return see("/intake/sources/" + rejected.sourceId(), lang, "candidate-rejected", null);
    }

    /** Anonymous (no live session): sign in first, coming back to the intake. */
    @ServerExceptionMapper
    Response signInFirst(UnauthorizedException e) {
        return signIn("/intake");
    }

    /** Signed in with a key that may only read. */
    @ServerExceptionMapper
    Response readOnly(ForbiddenException e, UriInfo uri) {
        return ConsoleWriteFilter.readOnly(user.name(), uri.getRequestUri().getRawPath());
    }

    private TemplateInstance sourcePage(UUID sourceId, String claim, String cursor, String problem, Texts t) {
        SourceView view = sources.get(sourceId);
        Page<CandidateView> page = candidates.list(CandidateState.PROPOSED, sourceId.toString(), null,
                PageRequest.of(PAGE_SIZE, cursor, config));
        UUID claimId = Ids.tryParse(claim);
        return ConsolePage.render(Templates.source(t, view, segments(view.text(), view.textVersion(), page.items()),
                page, pages.pickers(), claimId == null ? null : claimId.toString(), problem, cursor), t);
    }

    /**
     * The text cut into runs, each candidate's figure (of the current text version) its own marked run:
     * sorted by offset, a figure that overlaps the previous one or falls outside the text left unmarked.
     */
    static List<Segment> segments(String text, Integer version, List<CandidateView> found) {
        List<Segment> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        List<CandidateView> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((CandidateView c) -> c.figure().start()).thenComparingInt(c -> c.figure().end()));
        int at = 0;
        for (CandidateView c : sorted) {
            int start = c.figure().start();
            int end = c.figure().end();
            if (version == null || c.textVersion() != version || start < at || end <= start || end > text.length()) {
                continue;
            }
            if (start > at) {
                out.add(new Segment(text.substring(at, start), 0, null));
            }
            out.add(new Segment(text.substring(start, end), found.indexOf(c) + 1, c.id()));
            at = end;
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), 0, null));
        }
        return out;
    }

    /** Empty for a signed-in editor; else the sign-in page (no session) or 403 (a read-only session). */
    private Optional<Response> editorOnly(String path, Texts t) {
        if (!user.signedIn()) {
            return Optional.of(signIn(path + "?lang=" + t.lang));
        }
        if (!user.canWrite()) {
            return Optional.of(ConsoleWriteFilter.readOnly(user.name(), path));
        }
        return Optional.empty();
    }

    private static Response signIn(String next) {
        return Response.seeOther(URI.create("/signin?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8))).build();
    }


    private static Response see(String path, String lang, String done, UUID claim) {
        StringBuilder to = new StringBuilder(path);
        char sep = '?';
        if (done != null) {
            to.append(sep).append("done=").append(done);
            sep = '&';
        }
        if (claim != null) {
            to.append(sep).append("claim=").append(claim);
            sep = '&';
        }
        if (Languages.isSupported(lang)) {
            to.append(sep).append("lang=").append(Languages.supported(lang));
        }
        return Response.seeOther(URI.create(to.toString())).build();
    }
}
