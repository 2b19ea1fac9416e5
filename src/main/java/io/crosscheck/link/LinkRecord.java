package io.crosscheck.link;

import java.util.UUID;

/** What the history keeps of a link: every field a person or the detector can set. */
record LinkRecord(UUID from, UUID to, LinkType type, String rationale, String author, LinkOrigin origin,
        LinkState state, String decisionRationale, String decidedBy) {

    static LinkRecord of(Link l) {
        return new LinkRecord(l.from.id, l.to.id, l.type, l.rationale, l.author, l.origin, l.state,
                l.decisionRationale, l.decidedBy);
    }
}
