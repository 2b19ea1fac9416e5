package io.crosscheck.compare;

import io.crosscheck.claim.Verdict;
import io.crosscheck.common.Languages;
import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.Figure;
import io.crosscheck.link.LinkView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Claims side by side: one axis per (subject, metric, currency, unit), so a training run and a
 * whole buildout, or dollars and euros, never share a scale; and the links among the claims shown.
 * Summaries are over <em>every</em> claim of an axis (aggregated in SQL); {@code claims} are one
 * page of them, in id order across the axes answered: {@code next} is the cursor of the next page
 * (null on the last), {@code total} the number of claims over all axes of the scope. At most
 * {@code crosscheck.comparisons.max-axes} axes are answered at once, in axis order (subject name,
 * metric key, then the axis's oldest claim): {@code axisCount} is the number of axes of the scope,
 * {@code axesNext} the cursor of the next axis page (null on the last). When the scope has more axes
 * than one page holds, the claims paged are those of the page's axes only, so every claim shown has
 * its axis's summary in the same answer.
 */
public record ComparisonView(String title, List<Axis> axes, List<LinkView> links, long total, String next,
        @Schema(description = "How many axes the scope has (an axis page holds at most "
                + "crosscheck.comparisons.max-axes of them)") int axisCount,
        @Schema(description = "The axisCursor of the next page of axes; null on the last") String axesNext) {

    /** Claims that can be drawn on one number line; {@code claims}: those of this page. */
    public record Axis(Ref subject, MetricRef metric, String currency, String unit, List<Entry> claims, Summary summary) {
    }

    public record Ref(UUID id, String name) {
    }

    /**
     * The metric of an axis; {@code labels}: a label for every supported language (falling back as
     * {@code Metric.label} does); {@code labelFr}/{@code labelEn}: the same, deprecated (API 0.2.0).
     */
    public record MetricRef(String key,
            @Schema(deprecated = true, description = "Deprecated since API 0.2.0: labels.fr") String labelFr,
            @Schema(deprecated = true, description = "Deprecated since API 0.2.0: labels.en") String labelEn,
            Dimension dimension, boolean multiValued,
            @Schema(description = "A label for each supported language (fr, en, es), falling back to another "
                    + "language's when not given") Map<String, String> labels) {

        /** The label for a reader of {@code lang}. */
        public String label(String lang) {
            String wanted = Languages.supported(lang);
            return labels.getOrDefault(wanted == null ? Languages.FALLBACK : wanted, key);
        }
    }

    /**
     * One claim on an axis; {@code low}/{@code high} are null for open ends (and both null for a
     * CATEGORY figure, which has no place on a number line). {@code vague}: a numeric figure that
     * states no single value (a range, an open bound, "des centaines de millions").
     */
    public record Entry(UUID id, String statement, String language, Figure figure, Double low, Double high,
            Ref claimant, FirstAppearance firstAppearance, Verdict verdict, int cluster, boolean outlier,
            boolean disputed, UUID supersededBy, boolean vague) {
    }

    public record FirstAppearance(UUID sourceId, String title, String publisher, String url, LocalDate date) {
    }

    /**
     * Figures summed up over what they state, never over a made-up middle, over every claim of the
     * axis. {@code min}/{@code max}: the smallest and largest stated numbers (a point's value, a
     * range's ends, a bound); {@code minVague}/{@code maxVague} say when that number is a vague
     * figure's end. {@code median}: over stated point values only ({@code medianOf} of them; null when
     * none). {@code spread}: max/min, null for fewer than two numeric claims. {@code vague}: claims that
     * state no single value. {@code categories}: CATEGORY claims, listed by value, never in the
     * numbers. {@code only}: the claim, when the summary is of one claim. Id lists ({@code disputed},
     * {@code vague}, {@code clusters}, {@code categories}) are bounded
     * ({@code crosscheck.comparisons.summary-ids}); the counts beside them are exact.
     */
    public record Summary(int count, Double min, Double max, Double spread, Double median, List<ClusterView> clusters,
            UUID earliest, UUID latest, List<UUID> disputed, int numeric, int medianOf, boolean minVague,
            boolean maxVague, List<UUID> vague, List<CategoryValue> categories, UUID only, int disputedCount,
            int vagueCount, int clusterCount, int categoryCount) {
    }

    /** A category value, how many claims state it, and (up to the cap) which. */
    public record CategoryValue(String category, List<UUID> claims, int count) {
    }

    /**
     * Claims whose intervals chain together by overlapping; the consensus range is covered by most.
     * {@code index}: the cluster's rank along the axis (1 = lowest), as in {@code claims[].cluster}.
     */
    public record ClusterView(int index, List<UUID> claims, Double consensusLow, Double consensusHigh,
            List<UUID> outliers, int size, int outlierCount) {
    }
}
