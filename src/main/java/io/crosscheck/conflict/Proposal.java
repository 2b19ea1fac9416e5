package io.crosscheck.conflict;

import io.crosscheck.link.LinkType;
import java.util.UUID;

/** A link detection suggests; symmetric pairs are already in stored order (smaller id first). */
public record Proposal(UUID from, UUID to, LinkType type, String rationale) {

    /** The pair and type, which is what makes two proposals (or a proposal and a link) the same. */
    public String key() {
        return from + "|" + to + "|" + type;
    }
}
