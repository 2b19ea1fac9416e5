package io.crosscheck.conflict;

import io.crosscheck.figure.Figure;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What conflict detection needs to know of one claim, detached from the database so the algorithm
 * runs (and is tested and benchmarked) in plain Java.
 *
 * @param claimant null when nobody is named
 * @param language the claim's language, used for the rationale of proposals it starts
 */
public record DetectionRow(UUID id, UUID subject, UUID metric, String metricLabelFr, String metricLabelEn,
        boolean multiValued, Figure figure, UUID claimant, String scope, LocalDate asOf, LocalDate periodStart,
        LocalDate periodEnd, String language) {

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
