package io.crosscheck.claim;

import java.util.List;
import java.util.UUID;

/**
 * Fired (CDI event, inside the claim's transaction) when a claim is created, deleted, or when anything
 * that decides whether it clashes with others changes: subject, metric, figure, scope or time. Conflict
 * detection observes it (and queues the affected groups); the claim feature knows nothing of links.
 *
 * @param subjectId the claim's subject now (null: look it up)
 * @param metricId the claim's metric now (null: look it up)
 * @param previousSubjectId its subject before the change, when it changed group (else null)
 * @param previousMetricId its metric before the change, when it changed group (else null)
 */
public record ClaimChanged(UUID claimId, UUID subjectId, UUID metricId, UUID previousSubjectId,
        UUID previousMetricId) {

    public ClaimChanged(UUID claimId) {
        this(claimId, null, null, null, null);
    }

    static ClaimChanged of(Claim c, UUID previousSubjectId, UUID previousMetricId) {
        boolean moved = previousSubjectId != null
                && (!previousSubjectId.equals(c.subject.id) || !previousMetricId.equals(c.metric.id));
        return new ClaimChanged(c.id, c.subject.id, c.metric.id, moved ? previousSubjectId : null,
                moved ? previousMetricId : null);
    }

    /** What detection looks at; two claims states with equal keys need no new detection. */
    static List<Object> detectionKey(Claim c) {
        return java.util.Arrays.asList(c.subject.id, c.metric.id, c.figure(), c.scope, c.asOf, c.periodStart,
                c.periodEnd, c.claimant == null ? null : c.claimant.id);
    }
}
