package io.crosscheck.link;

import io.crosscheck.figure.Judgement;
import java.util.UUID;

/** Filters of the link list; null means "any". */
public record LinkFilter(LinkType type, LinkState state, LinkOrigin origin, UUID claim, Judgement.Outcome judgement) {

    /** Any judgement. */
    public LinkFilter(LinkType type, LinkState state, LinkOrigin origin, UUID claim) {
        this(type, state, origin, claim, null);
    }
}
