package io.crosscheck.embed;

import io.crosscheck.claim.ClaimView;
import io.crosscheck.link.LinkType;
import io.crosscheck.link.LinkView;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What a claim widget shows, ready for the template: links are already checked (http/https only). */
public record ClaimCard(UUID id, String statement, String language, String figureText, String figureNormal,
        String claimant, String subject, String metric, String verdict, String verdictLabel, List<SourceLine> sources,
        List<Other> disputedBy, Other supersededBy, String href) {

    /** One appearance: where the claim was published, with the exact quote. */
    public record SourceLine(String title, String publisher, String href, LocalDate date, String quote,
            String attribution) {
    }

    /** Another claim named by this one's links. */
    public record Other(UUID id, String figure, String claimant, String href) {
    }

    /** Claims named in "disputed by" a card lists at most (the claim page lists them all). */
    static final int DISPUTERS = 5;

    /**
     * The card; {@code figureOf} gives another claim's figure in the widget's language (the
     * "disputed by" and "superseded by" claims), null when unknown (then it is shown as written).
     */
    static ClaimCard of(ClaimView c, List<LinkView> links, Shell shell, java.util.function.Function<UUID, String> figureOf) {
        Words w = shell.w();
        String normal = c.figure().rendered().full(shell.lang());
        List<SourceLine> sources = c.appearances().stream()
                .map(a -> new SourceLine(a.source().title(), a.source().publisher(), Html.safeHref(a.source().url()),
                        a.source().publishedDate(), a.quote(), a.attribution()))
                .toList();
        List<Other> disputed = c.disputedBy().stream().limit(DISPUTERS)
                .map(d -> new Other(d.id(), Objects.requireNonNullElse(figureOf.apply(d.id()), d.figure()), d.claimant(),
                        claimHref(shell, d.id()))).toList();
        Other superseding = c.supersededBy() == null ? null
                : links.stream().filter(l -> l.type() == LinkType.SUPERSEDES && l.from().id().equals(c.supersededBy()))
                        .findFirst().map(l -> other(l.from(), shell, figureOf))
                        .orElse(new Other(c.supersededBy(), "…", null, claimHref(shell, c.supersededBy())));
        return new ClaimCard(c.id(), c.statement(), c.language(), c.figure().text(),
                Objects.equals(normal, c.figure().text()) ? null : normal,
                c.claimant() == null ? null : c.claimant().name(), c.subject().name(),
                c.metric().label(shell.lang()), c.verdict().name(), w.verdict(c.verdict()), sources,
                disputed, superseding, claimHref(shell, c.id()));
    }

    private static Other other(LinkView.ClaimRef ref, Shell shell, java.util.function.Function<UUID, String> figureOf) {
        return new Other(ref.id(), Objects.requireNonNullElse(figureOf.apply(ref.id()), ref.figure()), ref.claimant(),
                claimHref(shell, ref.id()));
    }

    static String claimHref(Shell shell, UUID id) {
        return shell.base() + "/claims/" + id + "?lang=" + shell.lang();
    }
}
