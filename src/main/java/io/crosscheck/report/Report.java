package io.crosscheck.report;

import io.crosscheck.claim.Verdict;
import io.crosscheck.figure.Judgement;
import io.crosscheck.link.LinkState;
import io.crosscheck.link.LinkType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one report says: the changes in its window ({@code windowStart} inclusive, null for "since
 * the beginning", to {@code windowEnd} exclusive) and the state of disputes and topics when it ran.
 * Lists are ordered by id (open disputes: oldest first; topics: by slug), so the same data gives the same file.
 */
public record Report(LocalDate date, String zone, Instant windowStart, Instant windowEnd, Counts counts,
        List<ClaimItem> newClaims, List<ClaimItem> changedClaims, List<VerdictChange> verdictChanges,
        Conflicts conflicts, List<ConflictItem> openDisputes, List<TopicSummary> topics) {

    /** Totals at run time and sizes of the lists above ({@code topics}: how many topics the JSON summarises). */
    public record Counts(long claims, long reviewedClaims, int newClaims, int changedClaims, int verdictChanges,
            int newConflicts, int confirmedConflicts, int dismissedConflicts, int openDisputes, int topics) {
    }

    /**
     * A claim in short; {@code disputedBy} are the claims that dispute it (confirmed contradictions), the
     * first {@link io.crosscheck.claim.Disputes#LISTED} by id, and {@code disputedByCount} how many there are.
     */
    public record ClaimItem(UUID id, String subject, String metric, String figure, String claimant, Verdict verdict,
            String statement, Instant createdAt, Instant updatedAt, List<UUID> disputedBy, int disputedByCount) {
    }

    /** A verdict that differs from the one the previous report saw (UNREVIEWED when it saw none). */
    public record VerdictChange(UUID id, String subject, String metric, String figure, Verdict before, Verdict after,
            long version) {
    }

    /** CONTRADICTS links that appeared, and that were confirmed or dismissed, in the window. */
    public record Conflicts(List<ConflictItem> created, List<ConflictItem> confirmed, List<ConflictItem> dismissed) {
    }

    /** One CONTRADICTS link between two claims, with the relative gap between their figures and its judgement. */
    public record ConflictItem(UUID id, LinkType type, String origin, LinkState state, ClaimRef from, ClaimRef to,
            String rationale, Instant createdAt, Instant decidedAt, String decidedBy, BigDecimal gap,
            Judgement.Outcome judgement) {
    }

    /** A claim named by a link. */
    public record ClaimRef(UUID id, String subject, String metric, String figure) {
    }

    /**
     * A topic's comparison in numbers: one line per axis of its first axis page (at most
     * {@code crosscheck.comparisons.max-axes}, in axis order); {@code axisCount}: how many axes the topic has.
     */
    public record TopicSummary(String slug, String title, List<AxisSummary> axes, int axisCount) {
    }

    /** Spread, median and clusters of one (subject, metric, currency, unit) axis, rounded to 6 significant digits. */
    public record AxisSummary(String subject, String metric, String currency, String unit, int claims, BigDecimal min,
            BigDecimal max, BigDecimal spread, BigDecimal median, int clusters, int disputed) {
    }
}
