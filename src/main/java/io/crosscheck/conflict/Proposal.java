package io.crosscheck.conflict;

import io.crosscheck.figure.Judgement;
import io.crosscheck.link.LinkService;
import io.crosscheck.link.LinkType;
import java.util.UUID;

/**
 * A link detection suggests, with the judgement of its two figures; symmetric pairs are already in
 * stored order (smaller id first). The rationale is written only when asked for: most proposals of a
 * re-scan already exist as links.
 *
 * @param first the claim whose language the rationale uses (it speaks first in it)
 * @param judgement {@code first}'s figure judged against {@code second}'s
 */
public record Proposal(UUID from, UUID to, LinkType type, DetectionRow first, DetectionRow second,
        Judgement judgement) {

    /** The pair and type, which is what makes two proposals (or a proposal and a link) the same. */
    public String key() {
        return from + "|" + to + "|" + type;
    }

    /** The two claims, whichever the direction: what "one pair, one state" is about. */
    public static String pair(UUID a, UUID b) {
        return LinkService.ordered(a, b) ? a + "|" + b : b + "|" + a;
    }

    public String rationale() {
        return switch (type) {
            case CONTRADICTS -> Rationales.contradiction(first, second, judgement);
            case CONTEXT -> Rationales.context(first, second, judgement);
            default -> Rationales.agreement(first, second, judgement, type == LinkType.DUPLICATES);
        };
    }
}
