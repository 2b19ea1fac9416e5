package io.crosscheck.link;

import io.crosscheck.claim.Claim;
import io.crosscheck.claim.Verdict;
import io.crosscheck.common.Versioned;
import io.crosscheck.figure.Judgement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A link as the API shows it, with enough of each claim to review it without another request.
 *
 * @param gap the relative gap between the two claims' stated figures (0..1) when the link was made;
 *     null when they cannot be compared (different currencies, units or dimensions)
 * @param judgement what the figure judgement said then: AGREE, ROUNDING_REVIEW (a CONTRADICTS
 *     proposal that may only be a large rounding), DIFFER or NOT_COMPARABLE
 * @param judgementReason the rule that decided (docs/figures.md)
 */
public record LinkView(UUID id, ClaimRef from, ClaimRef to, LinkType type, String rationale, String author,
        LinkOrigin origin, LinkState state, String decisionRationale, String decidedBy, Instant decidedAt,
        long version, Instant createdAt, Instant updatedAt, BigDecimal gap, Judgement.Outcome judgement,
        Judgement.Reason judgementReason) implements Versioned {

    /** One end of a link. */
    public record ClaimRef(UUID id, String subject, String metric, String figure, String claimant,
            String statement, Verdict verdict) {
        static ClaimRef of(Claim c) {
            return new ClaimRef(c.id, c.subject.name, c.metric.metricKey, c.figure.text,
                    c.claimant == null ? null : c.claimant.name, c.statement, c.verdict);
        }
    }

    public static LinkView of(Link l) {
        return new LinkView(l.id, ClaimRef.of(l.from), ClaimRef.of(l.to), l.type, l.rationale, l.author, l.origin,
                l.state, l.decisionRationale, l.decidedBy, l.decidedAt, l.version, l.createdAt, l.updatedAt, l.gap,
                l.judgement, l.judgementReason);
    }
}
