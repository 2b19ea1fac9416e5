package io.crosscheck.conflict;

import io.crosscheck.figure.Figure;
import io.crosscheck.common.Languages;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * What conflict detection needs to know of one claim, detached from the database so the algorithm
 * runs (and is tested and benchmarked) in plain Java.
 *
 * @param metricLabels the metric's label by supported language (as {@code Metric.labels()}; may be partial)
 * @param claimant null when nobody is named
 * @param language the claim's language, used for the rationale of proposals it starts
 */
public record DetectionRow(UUID id, UUID subject, UUID metric, Map<String, String> metricLabels,
        boolean multiValued, Figure figure, UUID claimant, String scope, LocalDate asOf, LocalDate periodStart,
        LocalDate periodEnd, String language) {

    /** The metric's label for a reader of {@code lang}, falling back as metric labels do, else "?". */
    String metricLabel(String lang) {
        for (String l : Languages.lookupOrder(lang)) {
            String label = metricLabels == null ? null : metricLabels.get(l);
            if (label != null) {
                return label;
            }
        }
        return "?";
    }

    /** Whether the two claims' times can overlap: as-of dates and periods overlap, or one is unknown. */
    boolean timeCompatible(DetectionRow other) {
        if (!hasTime() || !other.hasTime()) {
            return true;
        }
        LocalDate start = asOf != null ? asOf : periodStart;
        LocalDate end = asOf != null ? asOf : periodEnd;
        LocalDate otherStart = other.asOf != null ? other.asOf : other.periodStart;
        LocalDate otherEnd = other.asOf != null ? other.asOf : other.periodEnd;
        boolean before = end != null && otherStart != null && end.isBefore(otherStart);
        boolean after = start != null && otherEnd != null && start.isAfter(otherEnd);
        return !before && !after;
    }

    private boolean hasTime() {
        return asOf != null || periodStart != null || periodEnd != null;
    }
}
