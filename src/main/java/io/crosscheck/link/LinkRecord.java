package io.crosscheck.link;

import io.crosscheck.figure.Judgement;
import java.math.BigDecimal;
import java.util.UUID;

/** What the history keeps of a link: every field a person or the detector can set (public for migrations). */
public record LinkRecord(UUID from, UUID to, LinkType type, String rationale, String author, LinkOrigin origin,
        LinkState state, String decisionRationale, String decidedBy, BigDecimal gap, Judgement.Outcome judgement,
        Judgement.Reason judgementReason) {

    static LinkRecord of(Link l) {
        return new LinkRecord(l.from.id, l.to.id, l.type, l.rationale, l.author, l.origin, l.state,
                l.decisionRationale, l.decidedBy, l.gap, l.judgement, l.judgementReason);
    }
}
