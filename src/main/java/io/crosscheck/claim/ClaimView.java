package io.crosscheck.claim;

import io.crosscheck.common.Languages;
import io.crosscheck.common.Versioned;
import io.crosscheck.entity.NamedEntity;
import io.crosscheck.figure.Dimension;
import io.crosscheck.metric.Metric;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A claim as the API shows it, with its figure, its appearances and their sources.
 *
 * @param disputedBy the claims that dispute this one (confirmed contradictions, {@link Disputes}): the
 *     first {@link Disputes#LISTED} by id
 * @param disputedByCount how many claims dispute this one (all of them: the links list has each)
 */
public record ClaimView(UUID id, EntityRef subject, MetricRef metric, EntityRef claimant, FigureView figure,
        String scope, LocalDate asOf, LocalDate periodStart, LocalDate periodEnd, String statement,
        String language, Verdict verdict, String verdictRationale, List<AppearanceView> appearances,
        UUID supersededBy, long version, Instant createdAt, Instant updatedAt,
        @Schema(description = "The claims that dispute this one through a confirmed CONTRADICTS link (claims found "
                + "FALSE or OUTDATED dispute nothing): the first " + Disputes.LISTED + " by id.")
        List<Disputer> disputedBy,
        @Schema(description = "How many claims dispute this one; disputedBy lists the first "
                + Disputes.LISTED + ", the claim's links list them all.")
        int disputedByCount)
        implements Versioned {

    /**
     * A claim that disputes this one: its figure as written, its claimant and verdict, and the
     * confirmed CONTRADICTS link that joins them.
     */
    public record Disputer(UUID id, UUID link, String figure, String claimant, Verdict verdict) {
    }

    /** An entity named inside a claim. */
    public record EntityRef(UUID id, String name) {
        static EntityRef of(NamedEntity e) {
            return e == null ? null : new EntityRef(e.id, e.name);
        }
    }

    /**
     * A metric named inside a claim; {@code labels}: a label for every supported language (falling
     * back as {@link Metric#label} does); {@code labelFr}/{@code labelEn}: the same, deprecated (API 0.2.0).
     */
    public record MetricRef(UUID id, String key,
            @Schema(deprecated = true, description = "Deprecated since API 0.2.0: labels.fr") String labelFr,
            @Schema(deprecated = true, description = "Deprecated since API 0.2.0: labels.en") String labelEn,
            Dimension dimension, boolean multiValued,
            @Schema(description = "A label for each supported language (fr, en, es), falling back to another "
                    + "language's when not given", example = "{\"fr\": \"Effectif\", \"en\": \"Headcount\", "
                    + "\"es\": \"Plantilla\"}") Map<String, String> labels) {

        static MetricRef of(Metric m) {
            return new MetricRef(m.id, m.metricKey, m.label("fr"), m.label("en"), m.dimension, m.multiValued,
                    m.labelsForReaders());
        }

        /** The label for a reader of {@code lang}. */
        public String label(String lang) {
            String wanted = Languages.supported(lang);
            return labels.getOrDefault(wanted == null ? Languages.FALLBACK : wanted, key);
        }
    }

    /** A source named inside an appearance. */
    public record SourceRef(UUID id, String url, String title, String publisher, LocalDate publishedDate) {
    }

    /**
     * One appearance of the claim. {@code start}/{@code end} point into text version {@code textVersion}
     * of the source; {@code quoteStatus} is STALE when the quote is no longer in the source's current text.
     */
    public record AppearanceView(UUID id, SourceRef source, String quote, Integer start, Integer end,
            String attribution, boolean firstAppearance, Integer textVersion, QuoteStatus quoteStatus) {
        static AppearanceView of(Appearance a) {
            var s = a.source;
            return new AppearanceView(a.id, new SourceRef(s.id, s.url, s.title, s.publisher, s.publishedDate),
                    a.quote, a.startOffset, a.endOffset, a.attribution, a.firstAppearance, a.textVersion, a.quoteStatus);
        }
    }

    /** The view of {@code c}; {@code disputed} null when nothing disputes it. */
    public static ClaimView of(Claim c, Disputes.Disputed disputed) {
        Disputes.Disputed d = disputed == null ? Disputes.Disputed.NONE : disputed;
        return new ClaimView(c.id, EntityRef.of(c.subject), MetricRef.of(c.metric), EntityRef.of(c.claimant),
                FigureView.of(c.figure()), c.scope, c.asOf, c.periodStart, c.periodEnd, c.statement, c.language, c.verdict,
                c.verdictRationale, c.appearances.stream().map(AppearanceView::of).toList(),
                c.supersededBy == null ? null : UUID.fromString(c.supersededBy.trim()), c.version, c.createdAt, c.updatedAt,
                d.listed(), d.count());
    }
}
