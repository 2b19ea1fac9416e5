package io.crosscheck.conflict;

import io.crosscheck.link.LinkType;
import java.util.UUID;

/**
 * A link detection suggests; symmetric pairs are already in stored order (smaller id first). The
 * rationale is written only when asked for: most proposals of a re-scan already exist as links.
 *
 * @param first the claim whose language the rationale uses (it speaks first in it)
 */
public record Proposal(UUID from, UUID to, LinkType type, DetectionRow first, DetectionRow second) {

    /** The pair and type, which is what makes two proposals (or a proposal and a link) the same. */
    public String key() {
        return from + "|" + to + "|" + type;
    }

    public String rationale() {
        return switch (type) {
            case CONTRADICTS -> Rationales.contradiction(first, second);
            case CONTEXT -> Rationales.context(first, second);
            default -> Rationales.agreement(first, second, type == LinkType.DUPLICATES);
        };
    }
}
