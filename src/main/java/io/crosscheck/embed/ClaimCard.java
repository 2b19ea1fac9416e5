package io.crosscheck.embed;

import io.crosscheck.claim.ClaimView;
import io.crosscheck.link.LinkType;
import io.crosscheck.link.LinkView;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a claim widget shows, ready for {@link WidgetHtml#claim}: links are already checked (http/https
 * only) and texts cut; the page shows the sources that fit its byte budget and counts the others.
 */
public record ClaimCard(UUID id, String statement, String language, String figureText, String figureNormal,
        String claimant, String subject, String metric, String verdict, String verdictLabel, List<SourceLine> sources,
        List<Other> disputedBy, int moreDisputers, Other supersededBy, String href) {

    /** One appearance: where the claim was published, with the exact quote. */
    public record SourceLine(String title, String publisher, String href, LocalDate date, String quote,
            String attribution) {
    }

    /** Another claim named by this one's links. */
    public record Other(UUID id, String figure, String claimant, String href) {
    }

    /**
     * Claims named in "disputed by" a card lists at most; the card says how many more there are (the
     * claim page lists the first {@link io.crosscheck.claim.Disputes#LISTED}, its links all of them).
     */
    static final int DISPUTERS = 5;
    /**
     * Cuts, in characters and in bytes once escaped, of what a card prints (the claim page shows it
     * all): the statement, names and figures, a source's title and its quote. A source URL longer
     * than {@link #HREF_BYTES} once escaped is not made a link (the claim page links it).
     */
    static final int STATEMENT = 500;
    static final int NAME = 100;
    static final int TITLE = 200;
    static final int QUOTE = 400;
    static final int HREF_BYTES = 1000;

    private static String href(String url) {
        String safe = Html.safeHref(url);
        return safe == null || Html.utf8Length(Html.escape(safe)) > HREF_BYTES ? null : safe;
    }

    /**
     * The card; {@code figureOf} gives another claim's figure in the widget's language (the
     * "disputed by" and "superseded by" claims), null when unknown (then it is shown as written).
     */
    static ClaimCard of(ClaimView c, List<LinkView> links, Shell shell, java.util.function.Function<UUID, String> figureOf) {
        Words w = shell.w();
        String normal = c.figure().rendered().full(shell.lang());
        List<SourceLine> sources = c.appearances().stream()
                .map(a -> new SourceLine(Html.cut(a.source().title(), TITLE), Html.cut(a.source().publisher(), NAME),
                        href(a.source().url()), a.source().publishedDate(), Html.cut(a.quote(), QUOTE), a.attribution()))
                .toList();
        List<Other> disputed = c.disputedBy().stream().limit(DISPUTERS)
                .map(d -> new Other(d.id(), Html.cut(Objects.requireNonNullElse(figureOf.apply(d.id()), d.figure()), NAME),
                        Html.cut(d.claimant(), NAME), claimHref(shell, d.id()))).toList();
        Other superseding = c.supersededBy() == null ? null
                : links.stream().filter(l -> l.type() == LinkType.SUPERSEDES && l.from().id().equals(c.supersededBy()))
                        .findFirst().map(l -> other(l.from(), shell, figureOf))
                        .orElse(new Other(c.supersededBy(), "…", null, claimHref(shell, c.supersededBy())));
        return new ClaimCard(c.id(), Html.cut(c.statement(), STATEMENT), Html.cut(c.language(), 35),
                Html.cut(c.figure().text(), NAME),
                Objects.equals(normal, c.figure().text()) ? null : Html.cut(normal, NAME),
                c.claimant() == null ? null : Html.cut(c.claimant().name(), NAME), Html.cut(c.subject().name(), NAME),
                Html.cut(c.metric().label(shell.lang()), NAME), c.verdict().name(), w.verdict(c.verdict()), sources,
                disputed, Math.max(0, c.disputedByCount() - disputed.size()), superseding, claimHref(shell, c.id()));
    }

    private static Other other(LinkView.ClaimRef ref, Shell shell, java.util.function.Function<UUID, String> figureOf) {
        return new Other(ref.id(), Html.cut(Objects.requireNonNullElse(figureOf.apply(ref.id()), ref.figure()), NAME),
                Html.cut(ref.claimant(), NAME), claimHref(shell, ref.id()));
    }

    static String claimHref(Shell shell, UUID id) {
        return shell.base() + "/claims/" + id + "?lang=" + shell.lang();
    }
}
