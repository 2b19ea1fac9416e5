package io.crosscheck.compare;

import io.crosscheck.claim.Verdict;
import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.Figure;
import io.crosscheck.link.LinkView;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Claims side by side: one axis per (subject, metric, currency, unit), so a training run and a
 * whole buildout, or dollars and euros, never share a scale; and the links among all of them.
 */
public record ComparisonView(String title, List<Axis> axes, List<LinkView> links) {

    /** Claims that can be drawn on one number line. */
    public record Axis(Ref subject, MetricRef metric, String currency, String unit, List<Entry> claims, Summary summary) {
    }

    public record Ref(UUID id, String name) {
    }

    public record MetricRef(String key, String labelFr, String labelEn, Dimension dimension, boolean multiValued) {
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
     * Figures summed up over what they state, never over a made-up middle. {@code min}/{@code max}:
     * the smallest and largest stated numbers (a point's value, a range's ends, a bound);
     * {@code minVague}/{@code maxVague} say when that number is a vague figure's end. {@code median}:
     * over stated point values only ({@code medianOf} of them; null when none). {@code spread}: max/min,
     * null for fewer than two numeric claims. {@code vague}: claims that state no single value.
     * {@code categories}: CATEGORY claims, listed by value, never in the numbers. {@code only}: the
     * claim, when the summary is of one claim (then it is just that claim).
     */
    public record Summary(int count, Double min, Double max, Double spread, Double median, List<ClusterView> clusters,
            UUID earliest, UUID latest, List<UUID> disputed, int numeric, int medianOf, boolean minVague,
            boolean maxVague, List<UUID> vague, List<CategoryValue> categories, UUID only) {
    }

    /** A category value and the claims that state it. */
    public record CategoryValue(String category, List<UUID> claims) {
    }

    /** Claims whose intervals chain together by overlapping; the consensus range is covered by most. */
    public record ClusterView(int index, List<UUID> claims, Double consensusLow, Double consensusHigh,
            List<UUID> outliers) {
    }
}
