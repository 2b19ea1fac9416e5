package io.crosscheck.claim;

import java.util.List;
import java.util.UUID;

/**
 * Fired (CDI event, inside the claim's transaction) when a claim is created or when anything that
 * decides whether it clashes with others changes: subject, metric, figure, scope or time. Conflict
 * detection observes it; the claim feature knows nothing of links.
 */
public record ClaimChanged(UUID claimId) {

    /** What detection looks at; two claims states with equal keys need no new detection. */
    static List<Object> detectionKey(Claim c) {
        return java.util.Arrays.asList(c.subject.id, c.metric.id, c.figure(), c.scope, c.asOf, c.periodStart,
                c.periodEnd, c.claimant == null ? null : c.claimant.id);
    }
}
