package io.crosscheck.link;

import java.util.UUID;

/** Filters of the link list; null means "any". */
public record LinkFilter(LinkType type, LinkState state, LinkOrigin origin, UUID claim) {
}
