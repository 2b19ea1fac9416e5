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
import io.crosscheck.compare.AxisPage;
import io.crosscheck.compare.ComparisonService;
import io.crosscheck.compare.ComparisonView;
import io.crosscheck.conflict.ConflictService;
import io.crosscheck.conflict.RationaleRenderer;
import io.crosscheck.embed.PublicUrls;
import io.crosscheck.entity.EntityService;
import io.crosscheck.entity.EntityView;
import io.crosscheck.history.HistoryView;
import io.crosscheck.link.GapCursor;
import io.crosscheck.link.LinkFilter;
import io.crosscheck.link.LinkService;
import io.crosscheck.link.LinkState;
import io.crosscheck.link.LinkType;
import io.crosscheck.link.LinkView;
import io.crosscheck.metric.MetricService;
import io.crosscheck.metric.MetricView;
import io.crosscheck.topic.TopicService;
import io.crosscheck.topic.TopicView;
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
 * The fact-checkers' console: server-rendered pages, usable without JavaScript and from the
 * keyboard, in French and English. This class reads; the form handlers live in {@link ConsoleForms}
 * and {@link ConsoleEditForms}.
 */
@PermitAll
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {

    /** How many entities, metrics or claims a picker offers (the lists are bounded; any name may be typed). */
    static final String PICKER_SIZE = "100";
    /** Links a claim page shows at a time (then "Next page"). */
    public static final String LINKS_PAGE = "100";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Texts t, Page<LinkView> queue, Page<ClaimView> latest, Page<TopicView> topics);

        static native TemplateInstance claims(Texts t, Page<ClaimView> page, String q, String verdict, String subject,
                String metric, List<Verdict> verdicts);

        static native TemplateInstance claim(Texts t, ClaimView claim, List<LinkView> links, String linksNext,
                List<String> rationales, String oembed, List<Verdict> verdicts, List<LinkType> types,
                List<ClaimView> neighbours);

        static native TemplateInstance claimForm(Texts t, ClaimForm form, Pickers pickers);

        static native TemplateInstance history(Texts t, String kind, UUID id, String heading, String back,
                Page<HistoryView> page);

        static native TemplateInstance link(Texts t, LinkView link, String rationale, ClaimView from, ClaimView to,
                Page<HistoryView> history);

        static native TemplateInstance topics(Texts t, Page<TopicView> page, String q);

        static native TemplateInstance topic(Texts t, String slug, String axisCursor, ComparisonView comparison,
                List<Chart> charts, List<Chart> story, String oembed, List<String> rationales);

        static native TemplateInstance conflicts(Texts t, Page<LinkView> page, List<Evidence> evidence, String state,
                List<Verdict> verdicts);
    }

    /** The datalists of the claim form: subjects and claimants by name, metrics by key. */
    public record Pickers(List<EntityView> entities, List<MetricView> metrics, List<Verdict> verdicts) {
    }

    /** One queue entry with both claims in full (figures, intervals, quotes, sources) and its rationale in the page's language. */
    public record Evidence(LinkView link, ClaimView from, ClaimView to, String rationale) {
    }

    private final ClaimService claims;
    private final LinkService links;
    private final ComparisonService comparisons;
    private final ConflictService conflicts;
    private final TopicService topics;
    private final EntityService entities;
    private final MetricService metrics;
    private final RationaleRenderer rationales;
    private final ApiConfig config;
    private final PublicUrls urls;

    ConsoleResource(ClaimService claims, LinkService links, ComparisonService comparisons, ConflictService conflicts,
            TopicService topics, EntityService entities, MetricService metrics, RationaleRenderer rationales,
            ApiConfig config, PublicUrls urls) {
        this.claims = claims;
        this.links = links;
        this.comparisons = comparisons;
        this.conflicts = conflicts;
        this.topics = topics;
        this.entities = entities;
        this.metrics = metrics;
        this.rationales = rationales;
        this.config = config;
        this.urls = urls;
    }

    /** Paths served by the console (HTML for browsers: security headers, HTML error pages). */
    static boolean isConsolePath(String path) {
        return path.equals("/") || path.isEmpty() || path.equals("/claims") || path.startsWith("/claims/")
                || path.equals("/topics") || path.startsWith("/topics/") || path.equals("/links")
                || path.startsWith("/links/") || path.equals("/conflicts") || path.startsWith("/conflicts/")
                || path.equals("/signin") || path.equals("/signout") || path.equals("/intake") || path.startsWith("/intake/");
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance home(@QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        Texts t = Texts.pick(lang, accept);
        return ConsolePage.render(Templates.home(t, conflicts.queue(LinkState.PROPOSED, null, null, 5, null),
                claims.list(new ClaimFilter(null, null, null, null, null, null, null, null),
                        PageRequest.of("10", null, config)),
                topics.list(null, PageRequest.of("20", null, config))), t);
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
        Texts t = Texts.pick(lang, accept);
        return ConsolePage.render(Templates.claims(t, claims.list(filter, PageRequest.of("50", cursor, config)),
                q, verdict, subject, metric, List.of(Verdict.values())), t);
    }

    @GET
    @Path("claims/new")
    @Operation(hidden = true)
    public TemplateInstance newClaim(@QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        Texts t = Texts.pick(lang, accept);
        return ConsolePage.render(Templates.claimForm(t, ClaimForm.empty(t.lang), pickers()), t);
    }

    @GET
    @Path("claims/{id}")
    @Operation(hidden = true)
    public TemplateInstance claim(@PathParam("id") String id, @QueryParam("lang") String lang,
            @QueryParam("cursor") String cursor, @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        UUID claimId = Ids.parse(id, "id");
        Texts t = Texts.pick(lang, accept);
        ClaimView claim = claims.get(claimId);
        // The claim's links a page at a time (a claim thousands of others dispute has thousands of links).
        Page<LinkView> page = links.forClaim(claimId, new LinkFilter(null, null, null, null),
                PageRequest.of(LINKS_PAGE, cursor, config));
        List<LinkView> found = page.items();
        List<ClaimView> neighbours = claims.list(new ClaimFilter(claim.subject().id().toString(), null, null, null, null,
                null, null, null), PageRequest.of(PICKER_SIZE, null, config)).items().stream()
                .filter(c -> !c.id().equals(claimId)).toList();
        return ConsolePage.render(Templates.claim(t, claim, found, page.next(),
                found.stream().map(l -> rationales.render(l, t.lang)).toList(),
                urls.oembed(uri, "/claims/" + claimId), List.of(Verdict.values()), List.of(LinkType.values()),
                neighbours), t);
    }

    @GET
    @Path("claims/{id}/edit")
    @Operation(hidden = true)
    public TemplateInstance editClaim(@PathParam("id") String id, @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String accept) {
        Texts t = Texts.pick(lang, accept);
        return ConsolePage.render(Templates.claimForm(t, ClaimForm.of(claims.get(Ids.parse(id, "id"))), pickers()), t);
    }

    @GET
    @Path("claims/{id}/history")
    @Operation(hidden = true)
    public TemplateInstance claimHistory(@PathParam("id") String id, @QueryParam("cursor") String cursor,
            @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        UUID claimId = Ids.parse(id, "id");
        Texts t = Texts.pick(lang, accept);
        Page<HistoryView> page = claims.history(claimId, PageRequest.of("50", cursor, config));
        String heading = claims.find(claimId).figure.text;
        return ConsolePage.render(Templates.history(t, "claims", claimId, heading, "/claims/" + claimId, page), t);
    }

    @GET
    @Path("links/{id}")
    @Operation(hidden = true)
    public TemplateInstance link(@PathParam("id") String id, @QueryParam("cursor") String cursor,
            @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        UUID linkId = Ids.parse(id, "id");
        Texts t = Texts.pick(lang, accept);
        LinkView link = links.get(linkId);
        return ConsolePage.render(Templates.link(t, link, rationales.render(link, t.lang), claims.get(link.from().id()),
                claims.get(link.to().id()), links.history(linkId, PageRequest.of("50", cursor, config))), t);
    }

    @GET
    @Path("topics")
    @Operation(hidden = true)
    public TemplateInstance topics(@QueryParam("q") String q, @QueryParam("cursor") String cursor,
            @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        Texts t = Texts.pick(lang, accept);
        return ConsolePage.render(Templates.topics(t, topics.list(Query.blankToNull(q),
                PageRequest.of("50", cursor, config)), q), t);
    }

    @GET
    @Path("topics/{slug}")
    @Operation(hidden = true)
    public TemplateInstance topic(@PathParam("slug") String slug, @QueryParam("cursor") String cursor,
            @QueryParam("axisCursor") String axisCursor, @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        Texts t = Texts.pick(lang, accept);
        // One axis page (max-axes series) and a page of 100 of their claims; the summaries and charts cover
        // every claim of those series, and the page says which series of how many it shows.
        ComparisonView comparison = comparisons.forTopic(slug, PageRequest.of("100", cursor, config),
                AxisPage.of(null, axisCursor, comparisons.maxAxes()));
        List<Chart> charts = comparison.axes().stream().map(a -> Chart.of(a, comparison.links(), t.lang)).toList();
        return ConsolePage.render(Templates.topic(t, slug, Query.blankToNull(axisCursor), comparison, charts,
                Chart.story(comparison, t.lang),
                urls.oembed(uri, "/topics/" + slug),
                comparison.links().stream().map(l -> rationales.render(l, t.lang)).toList()), t);
    }

    @GET
    @Path("conflicts")
    @Operation(hidden = true)
    public TemplateInstance conflicts(@QueryParam("state") String state, @QueryParam("cursor") String cursor,
            @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        LinkState s = Enums.parse(LinkState.class, state, "state");
        Texts t = Texts.pick(lang, accept);
        // Twenty entries a page: each shows both claims in full (two reads per entry, bounded by the page).
        Page<LinkView> page = conflicts.queue(s, null, null, 20, GapCursor.decode(cursor));
        List<Evidence> evidence = page.items().stream().map(l -> new Evidence(l, claims.get(l.from().id()),
                claims.get(l.to().id()), rationales.render(l, t.lang))).toList();
        return ConsolePage.render(Templates.conflicts(t, page, evidence, s == null ? "PROPOSED" : s.name(),
                List.of(Verdict.values())), t);
    }

    Pickers pickers() {
        return new Pickers(entities.list(null, null, PageRequest.of(PICKER_SIZE, null, config)).items(),
                metrics.list(null, null, PageRequest.of(PICKER_SIZE, null, config)).items(), List.of(Verdict.values()));
    }
}
