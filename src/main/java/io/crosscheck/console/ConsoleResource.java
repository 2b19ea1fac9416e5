package io.crosscheck.console;

import io.crosscheck.claim.ClaimFilter;
import io.crosscheck.claim.ClaimService;
import io.crosscheck.claim.ClaimView;
import io.crosscheck.claim.Verdict;
import io.crosscheck.common.ApiConfig;
import io.crosscheck.common.Enums;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Query;
import io.crosscheck.compare.ComparisonService;
import io.crosscheck.compare.ComparisonView;
import io.crosscheck.conflict.ConflictService;
import io.crosscheck.embed.PublicUrls;
import io.crosscheck.link.GapCursor;
import io.crosscheck.link.LinkFilter;
import io.crosscheck.link.LinkService;
import io.crosscheck.link.LinkState;
import io.crosscheck.link.LinkView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The fact-checkers' console: server-rendered pages, usable without JavaScript, in French and
 * English. Reads only; the form handlers live in {@link ConsoleForms}.
 */
@PermitAll
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claims(Texts t, Page<ClaimView> page, String q, String verdict, String subject,
                String metric, List<Verdict> verdicts);

        static native TemplateInstance claim(Texts t, ClaimView claim, List<LinkView> links, String oembed);

        static native TemplateInstance topic(Texts t, String slug, ComparisonView comparison, List<Chart> charts,
                List<Chart> story, String oembed);

        static native TemplateInstance conflicts(Texts t, Page<LinkView> page, String state, List<Verdict> verdicts);
    }

    private final ClaimService claims;
    private final LinkService links;
    private final ComparisonService comparisons;
    private final ConflictService conflicts;
    private final ApiConfig config;
    private final PublicUrls urls;

    ConsoleResource(ClaimService claims, LinkService links, ComparisonService comparisons, ConflictService conflicts,
            ApiConfig config, PublicUrls urls) {
        this.claims = claims;
        this.links = links;
        this.comparisons = comparisons;
        this.conflicts = conflicts;
        this.config = config;
        this.urls = urls;
    }

    static boolean isConsolePath(String path) {
        return path.equals("/claims") || path.startsWith("/claims/") || path.startsWith("/topics/")
                || path.equals("/conflicts") || path.startsWith("/conflicts/") || path.equals("/signin")
                || path.equals("/signout");
    }

    @GET
    @Path("claims")
    @Operation(hidden = true)
    public TemplateInstance claims(@QueryParam("q") String q, @QueryParam("verdict") String verdict,
            @QueryParam("subject") String subject, @QueryParam("metric") String metric,
            @QueryParam("cursor") String cursor, @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String accept) {
        ClaimFilter filter = new ClaimFilter(Query.blankToNull(subject), Query.blankToNull(metric), null, null, null,
                Enums.parse(Verdict.class, verdict, "verdict"), null, q);
        return Templates.claims(Texts.pick(lang, accept), claims.list(filter, PageRequest.of("50", cursor, config)),
                q, verdict, subject, metric, List.of(Verdict.values()));
    }

    @GET
    @Path("claims/{id}")
    @Operation(hidden = true)
    public TemplateInstance claim(@PathParam("id") String id, @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        UUID claimId = Ids.parse(id, "id");
        return Templates.claim(Texts.pick(lang, accept), claims.get(claimId),
                links.forClaim(claimId, new LinkFilter(null, null, null, null), PageRequest.of("100", null, config)).items(),
                urls.oembed(uri, "/claims/" + claimId));
    }

    @GET
    @Path("topics/{slug}")
    @Operation(hidden = true)
    public TemplateInstance topic(@PathParam("slug") String slug, @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        Texts t = Texts.pick(lang, accept);
        ComparisonView comparison = comparisons.forTopic(slug);
        List<Chart> charts = comparison.axes().stream().map(a -> Chart.of(a, comparison.links(), t.lang)).toList();
        return Templates.topic(t, slug, comparison, charts, Chart.story(comparison, t.lang),
                urls.oembed(uri, "/topics/" + slug));
    }

    @GET
    @Path("conflicts")
    @Operation(hidden = true)
    public TemplateInstance conflicts(@QueryParam("state") String state, @QueryParam("cursor") String cursor,
            @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        LinkState s = Enums.parse(LinkState.class, state, "state");
        return Templates.conflicts(Texts.pick(lang, accept), conflicts.queue(s, null, null, 50, GapCursor.decode(cursor)),
                s == null ? "PROPOSED" : s.name(), List.of(Verdict.values()));
    }
}
