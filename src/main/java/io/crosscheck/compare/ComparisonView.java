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

    /** One claim on an axis; {@code low}/{@code high} are null for open ends. */
    public record Entry(UUID id, String statement, String language, Figure figure, Double low, Double high,
            Ref claimant, FirstAppearance firstAppearance, Verdict verdict, int cluster, boolean outlier,
            boolean disputed, UUID supersededBy) {
    }

    public record FirstAppearance(UUID sourceId, String title, String publisher, String url, LocalDate date) {
    }

    /** Figures summed up over representative values (the stated value, or the middle of a range). */
    public record Summary(int count, Double min, Double max, Double spread, Double median, List<ClusterView> clusters,
            UUID earliest, UUID latest, List<UUID> disputed) {
    }

    /** Claims whose intervals chain together by overlapping; the consensus range is covered by most. */
    public record ClusterView(int index, List<UUID> claims, Double consensusLow, Double consensusHigh,
            List<UUID> outliers) {
    }
}
