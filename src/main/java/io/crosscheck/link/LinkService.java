package io.crosscheck.link;

import io.crosscheck.claim.Claim;
import io.crosscheck.claim.ClaimService;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.ETags;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Query;
import io.crosscheck.figure.FigureJudge;
import io.crosscheck.figure.Judgement;
import io.crosscheck.figure.Tolerances;
import io.crosscheck.history.HistoryService;
import io.crosscheck.history.HistoryView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Rules for links: both claims exist and differ, symmetric links are stored once whatever the
 * direction, the same link is never stored twice, SUPERSEDES never forms a cycle, and a pair of
 * claims has one state: a decision on a pair (a manual link, a confirmation, a dismissal) retires the
 * proposals detection left on it. Every link records the judgement of its two figures.
 */
@ApplicationScoped
public class LinkService {

    /** The resource type of links in the history. */
    public static final String RESOURCE = "link";

    private final LinkRepository links;
    private final ClaimService claims;
    private final LinkAuthor author;
    private final HistoryService history;
    private final Tolerances tolerances;

    LinkService(LinkRepository links, ClaimService claims, LinkAuthor author, HistoryService history,
            Tolerances tolerances) {
        this.history = history;
        this.links = links;
        this.claims = claims;
        this.author = author;
        this.tolerances = tolerances;
    }

    public Page<LinkView> list(LinkFilter filter, PageRequest page) {
        return Page.of(filters(filter).page(links, page), page, l -> l.id, LinkView::of);
    }

    /**
     * Links by gap, largest first (links without a gap last), then by id; {@code after} is the
     * position of the last link of the previous page, null for the first.
     */
    public Page<LinkView> byGap(LinkFilter filter, int limit, GapCursor after) {
        Query query = filters(filter);
        if (after != null && after.gap() == null) {
            query.and("gap is null and id > :afterId", Map.of("afterId", after.id()));
        } else if (after != null) {
            query.and("(gap < :afterGap or (gap = :afterGap and id > :afterId) or gap is null)",
                    Map.of("afterGap", after.gap(), "afterId", after.id()));
        }
        List<Link> rows = query.list(links, Sort.by("gap", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
                .and("id"), limit + 1);
        boolean more = rows.size() > limit;
        List<Link> shown = more ? rows.subList(0, limit) : rows;
        Link last = more ? shown.get(shown.size() - 1) : null;
        return new Page<>(shown.stream().map(LinkView::of).toList(),
                last == null ? null : new GapCursor(last.gap, last.id).encode());
    }

    private static Query filters(LinkFilter filter) {
        return new Query().and("type = :type", "type", filter.type())
                .and("state = :state", "state", filter.state())
                .and("origin = :origin", "origin", filter.origin())
                .and("judgement = :judgement", "judgement", filter.judgement())
                .and("(from.id = :claim or to.id = :claim)", "claim", filter.claim());
    }

    /** The links of one claim, in either direction; 404 when the claim does not exist. */
    public Page<LinkView> forClaim(UUID claimId, LinkFilter filter, PageRequest page) {
        claims.find(claimId);
        return list(new LinkFilter(filter.type(), filter.state(), filter.origin(), claimId), page);
    }

    public LinkView get(UUID id) {
        return LinkView.of(find(id));
    }

    public Link find(UUID id) {
        return links.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("link", id));
    }

    @Transactional
    public LinkView create(LinkInput input) {
        Claim from = claim(input.from(), "from");
        Claim to = claim(input.to(), "to");
        if (from.id.equals(to.id)) {
            throw ApiException.unprocessable("to", "a claim cannot be linked to itself");
        }
        if (input.type().symmetric() && !ordered(from.id, to.id)) {
            Claim swap = from;
            from = to;
            to = swap;
        }
        UUID fromId = from.id;
        UUID toId = to.id;
        links.find("from.id = ?1 and to.id = ?2 and type = ?3", fromId, toId, input.type()).firstResultOptional()
                .ifPresent(existing -> {
                    throw ApiException.conflict(existing.state == LinkState.PROPOSED
                            ? "Detection already proposed this link: confirm it (POST /api/conflicts/" + existing.id
                                    + "/confirm) rather than adding it again."
                            : "These claims are already linked as " + input.type() + ".",
                            Map.of("existingId", existing.id));
                });
        if (input.type() == LinkType.SUPERSEDES && reaches(toId, fromId)) {
            throw ApiException.unprocessable("type", "SUPERSEDES would form a cycle: the target already "
                    + "supersedes the source, directly or through other claims");
        }
        Link link = new Link();
        link.from = from;
        link.to = to;
        link.type = input.type();
        link.rationale = Query.blankToNull(input.rationale());
        link.author = author.current();
        link.origin = LinkOrigin.MANUAL;
        link.state = LinkState.CONFIRMED;
        link.judged(judge(from, to));
        links.persistAndFlush(link);
        recordCreated(link);
        retireProposals(link);
        return LinkView.of(link);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Link link = find(id);
        ETags.checkIfMatch(ifMatch, link.version);
        recordDeleted(link);
        links.delete(link);
    }

    /** Records a review decision (CONFIRMED or DISMISSED) on a link; deciding twice keeps the latest. */
    @Transactional
    public LinkView decide(UUID id, LinkState state, String note, String ifMatch) {
        if (state == LinkState.PROPOSED) {
            throw ApiException.unprocessable("state", "a decision is CONFIRMED or DISMISSED");
        }
        Link link = find(id);
        ETags.checkIfMatch(ifMatch, link.version);
        if (state == LinkState.CONFIRMED && link.type == LinkType.SUPERSEDES && link.state == LinkState.DISMISSED
                && reaches(link.to.id, link.from.id)) {
            throw ApiException.unprocessable("state", "confirming this SUPERSEDES link would form a cycle");
        }
        LinkRecord before = LinkRecord.of(link);
        link.state = state;
        link.decisionRationale = Query.blankToNull(note);
        link.decidedBy = author.current();
        link.decidedAt = Instant.now();
        link.updatedAt = link.decidedAt;
        links.flush();
        history.record(RESOURCE, link.id, before, LinkRecord.of(link));
        retireProposals(link);
        return LinkView.of(link);
    }

    /**
     * Undoes a review decision: a detected link CONFIRMED or DISMISSED goes back to PROPOSED, without
     * its decision (who, when, why), recorded in the link's history like the decision itself (so the
     * history still says who decided what before the undo). A link made by hand was never proposed:
     * 422 (delete it instead); a link still PROPOSED has no decision to undo: 409. Verdicts set on the
     * claims while confirming are not reverted (they are the claims' own changes, in their history).
     */
    @Transactional
    public LinkView reopen(UUID id, String ifMatch) {
        Link link = find(id);
        ETags.checkIfMatch(ifMatch, link.version);
        if (link.origin != LinkOrigin.DETECTED) {
            throw ApiException.unprocessable("origin", "a link made by hand was never proposed; delete it instead");
        }
        if (link.state == LinkState.PROPOSED) {
            throw ApiException.conflict("This link is already PROPOSED: there is no decision to undo.");
        }
        LinkRecord before = LinkRecord.of(link);
        link.state = LinkState.PROPOSED;
        link.decisionRationale = null;
        link.decidedBy = null;
        link.decidedAt = null;
        link.updatedAt = Instant.now();
        links.flush();
        history.record(RESOURCE, link.id, before, LinkRecord.of(link));
        return LinkView.of(link);
    }

    /** What the figure judgement says of two claims, with the configured tolerances. */
    public Judgement judge(Claim a, Claim b) {
        return FigureJudge.judge(a.figure(), b.figure(), tolerances);
    }

    /**
     * One pair, one state: removes the proposals detection left on the pair of {@code decided}
     * (another type, or the same pair the other way round), recording each removal. A claim page
     * never shows "SUPPORTS proposed" beside "CONTRADICTS confirmed" for the same two claims.
     */
    private void retireProposals(Link decided) {
        for (Link other : links.between(decided.from.id, decided.to.id)) {
            if (!other.id.equals(decided.id) && other.state == LinkState.PROPOSED && other.origin == LinkOrigin.DETECTED) {
                recordDeleted(other);
                links.delete(other);
            }
        }
        links.flush();
    }

    /** Records a new link (made by hand or proposed by detection) in the history. */
    public void recordCreated(Link link) {
        history.record(RESOURCE, link.id, null, LinkRecord.of(link));
    }

    /** Rewords a proposal and updates its judgement (detection re-run after a figure changed), recording the change. */
    public void updateProposal(Link link, String rationale, Judgement judgement) {
        LinkRecord before = LinkRecord.of(link);
        link.rationale = rationale;
        link.judged(judgement);
        history.record(RESOURCE, link.id, before, LinkRecord.of(link));
    }

    /** Records a link about to be deleted (by hand, or a proposal detection withdraws). */
    public void recordDeleted(Link link) {
        history.record(RESOURCE, link.id, LinkRecord.of(link), null);
    }

    /** A link's history, oldest first; 404 for an id that never was a link. */
    public Page<HistoryView> history(UUID id, PageRequest page) {
        if (!history.any(RESOURCE, id) && links.findByIdOptional(id).isEmpty()) {
            throw ApiException.notFound("link", id);
        }
        return history.page(RESOURCE, id, page);
    }

    /** Symmetric links go from the smaller id to the larger (string order, the same in every database). */
    public static boolean ordered(UUID a, UUID b) {
        return a.toString().compareTo(b.toString()) < 0;
    }

    /** Whether {@code start} reaches {@code goal} through SUPERSEDES links that are not dismissed. */
    private boolean reaches(UUID start, UUID goal) {
        Set<UUID> seen = new HashSet<>();
        Deque<UUID> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            UUID next = todo.pop();
            if (next.equals(goal)) {
                return true;
            }
            if (seen.add(next)) {
                links.find("from.id = ?1 and type = ?2 and state <> ?3", next, LinkType.SUPERSEDES, LinkState.DISMISSED)
                        .stream().forEach(l -> todo.push(l.to.id));
            }
        }
        return false;
    }

    private Claim claim(UUID id, String field) {
        try {
            return claims.find(id);
        } catch (ApiException e) {
            throw ApiException.unprocessable(field, "no claim with this id");
        }
    }
}
