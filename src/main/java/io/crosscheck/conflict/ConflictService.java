package io.crosscheck.conflict;

import io.crosscheck.claim.Claim;
import io.crosscheck.claim.ClaimChanged;
import io.crosscheck.claim.ClaimFigure;
import io.crosscheck.claim.ClaimRepository;
import io.crosscheck.claim.ClaimService;
import io.crosscheck.claim.Verdict;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.InLists;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.Judgement;
import io.crosscheck.figure.Tolerances;
import io.crosscheck.link.GapCursor;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.figure.Dimension;
import io.crosscheck.link.Link;
import io.crosscheck.link.LinkAuthor;
import io.crosscheck.link.LinkFilter;
import io.crosscheck.link.LinkOrigin;
import io.crosscheck.link.LinkRepository;
import io.crosscheck.link.LinkService;
import io.crosscheck.link.LinkState;
import io.crosscheck.link.LinkType;
import io.crosscheck.link.LinkView;
import io.crosscheck.metric.Metric;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Feeds {@link ConflictDetector} with claims from the database and keeps the stored proposals in
 * step with what it finds: new proposals are added, detected proposals that no longer hold are
 * removed, and anything a person decided (confirmed, dismissed) or linked by hand is left alone. One
 * pair, one state: a pair with a decision gets no proposal (a dismissed proposal is never proposed
 * again, a confirmed link is never contradicted by a new one), and a proposal left on such a pair is
 * removed.
 */
@ApplicationScoped
public class ConflictService {

    private final ClaimRepository claims;
    private final ClaimService claimService;
    private final LinkRepository links;
    private final LinkService linkService;
    private final ConflictConfig config;
    private final Tolerances tolerances;
    private final DetectionQueue queue;
    private final boolean postgres;

    ConflictService(ClaimRepository claims, ClaimService claimService, LinkRepository links, LinkService linkService,
            ConflictConfig config, Tolerances tolerances, DetectionQueue queue,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.queue = queue;
        this.postgres = dbKind.toLowerCase(java.util.Locale.ROOT).startsWith("postgres");
        this.claims = claims;
        this.claimService = claimService;
        this.links = links;
        this.linkService = linkService;
        this.config = config;
        this.tolerances = tolerances;
    }

    /**
     * Runs inside the transaction that changed the claim and only queues the affected groups (the
     * claim's group now and, when it moved, the one it left); the detection worker judges them after
     * the write has committed, so no write waits on detection.
     */
    void onClaimChanged(@Observes ClaimChanged event) {
        if (!config.detectOnChange()) {
            return;
        }
        if (event.subjectId() == null || event.metricId() == null) {
            queue.enqueueClaims(List.of(event.claimId()));
        } else {
            queue.enqueue(new DetectionQueue.Group(event.subjectId(), event.metricId()));
        }
        if (event.previousSubjectId() != null && event.previousMetricId() != null) {
            queue.enqueue(new DetectionQueue.Group(event.previousSubjectId(), event.previousMetricId()));
        }
    }

    /**
     * Queues detection for the groups of these claims (one row per group however many claims), in the
     * caller's transaction; for writers that change many claims at once (an import batch). Like single
     * writes, nothing is queued when {@code crosscheck.conflicts.detect-on-change} is off.
     */
    @Transactional
    public void detectForClaims(Collection<UUID> claimIds) {
        if (!claimIds.isEmpty() && config.detectOnChange()) {
            queue.enqueueClaims(claimIds);
        }
    }

    /**
     * Judges one (subject, metric) group and reconciles the stored proposals touching its claims, in a
     * transaction of its own. Reads projection rows (no claim entities): at most {@link
     * ConflictConfig#groupCap()} claims of the group, newest first, and as many of the subject's other
     * single-valued metrics (CONTEXT links cross metrics), then the links touching the group's claims it
     * read ({@link #linksOf}). On PostgreSQL a transaction-scoped advisory
     * lock on the group keeps two instances from judging it at once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public GroupResult detectGroup(DetectionQueue.Group group) {
        if (postgres) {
            claims.getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:key)) l")
                    .setParameter("key", group.subject().getMostSignificantBits() ^ group.metric().getLeastSignificantBits()
                            ^ Long.rotateLeft(group.metric().getMostSignificantBits(), 17))
                    .getSingleResult();
        }
        int cap = config.groupCap();
        List<DetectionRow> mine = rows("c.subject.id = :s and c.metric.id = :m", group, cap + 1);
        boolean truncated = mine.size() > cap;
        if (truncated) {
            mine = mine.subList(0, cap);
        }
        Set<UUID> inGroup = new HashSet<>();
        mine.forEach(r -> inGroup.add(r.id()));
        List<DetectionRow> all = new ArrayList<>(mine);
        if (!mine.isEmpty() && !mine.get(0).multiValued()) {
            List<DetectionRow> others = rows("c.subject.id = :s and m.id <> :m and m.multiValued = false", group, cap + 1);
            if (others.size() > cap) {
                truncated = true;
                others = others.subList(0, cap);
            }
            all.addAll(others);
        }
        all.sort(java.util.Comparator.comparing(DetectionRow::id)); // oldest first (time-ordered ids): stable rationales
        Set<UUID> loaded = new HashSet<>();
        all.forEach(r -> loaded.add(r.id()));
        List<Proposal> proposals = detector().detect(all).stream()
                .filter(p -> inGroup.contains(p.from()) || inGroup.contains(p.to())).toList();
        List<LinkRow> existing = linksOf(mine.stream().map(DetectionRow::id).toList());
        boolean partial = truncated;
        int[] counts = reconcile(proposals, existing,
                link -> !partial || (loaded.contains(link.from()) && loaded.contains(link.to())));
        return new GroupResult(mine.size(), proposals.size(), counts[0], counts[1], truncated);
    }

    /**
     * The stored links touching the claims detection read of the group ({@code mine}, at most {@link
     * ConflictConfig#groupCap()}), as compact rows: those leaving them, then those arriving (a link
     * between two of them once), {@value InLists#SIZE} claim ids per look-up by the link's indexed claim
     * column, so the read follows what detection judged, never the whole group (a group of a million
     * claims reads the links of its newest {@code group-cap}) nor the link table.
     *
     * <p>These rows are all {@link #reconcile} needs, truncated or not:
     * <ul>
     * <li>every proposal detection made has an end in {@code mine} (they are filtered so), and any link on
     * its pair touches that same claim: a pair already linked in another way is found, and the proposal
     * is not made; an existing proposal of the same pair and type is found and reworded;
     * <li>a proposal withdrawn because it no longer holds must have both ends loaded when the group was
     * truncated, so it touches {@code mine} and is read; a proposal on a pair with a manual or decided
     * link is withdrawn whatever was loaded, and both links of such a pair touch the same claim, so
     * both are read whenever one is;
     * <li>when the group was not truncated, {@code mine} is the whole group, and these are exactly the
     * links touching it;
     * <li>a link touching only claims detection did not read (past the cap) is not read, and so kept, as
     * detection said nothing about it.
     * </ul>
     */
    private List<LinkRow> linksOf(List<UUID> mine) {
        Map<UUID, LinkRow> found = new java.util.LinkedHashMap<>();
        for (List<UUID> chunk : InLists.chunks(mine)) {
            for (String end : List.of("from", "to")) {
                for (Object[] r : links.getEntityManager().createQuery("select l.id, l.from.id, l.to.id, l.type, "
                        + "l.origin, l.state, l.rationale, l.gap, l.judgement, l.judgementReason from Link l where l."
                        + end + ".id in :ids", Object[].class).setParameter("ids", chunk).getResultList()) {
                    found.putIfAbsent((UUID) r[0], new LinkRow((UUID) r[0], (UUID) r[1], (UUID) r[2], (LinkType) r[3],
                            (LinkOrigin) r[4], (LinkState) r[5], (String) r[6], (BigDecimal) r[7],
                            (Judgement.Outcome) r[8], (Judgement.Reason) r[9]));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /** The links with these ids, as entities (to change or delete them), {@value InLists#SIZE} ids per look-up. */
    private List<Link> entities(List<UUID> ids) {
        List<Link> out = new ArrayList<>(ids.size());
        for (List<UUID> chunk : InLists.chunks(ids)) {
            out.addAll(links.getEntityManager().createQuery("select l from Link l where l.id in :ids", Link.class)
                    .setParameter("ids", chunk).getResultList());
        }
        return out;
    }

    /** A stored link as reconciling reads it: its pair and kind, and what detection last wrote on it. */
    private record LinkRow(UUID id, UUID from, UUID to, LinkType type, LinkOrigin origin, LinkState state,
            String rationale, BigDecimal gap, Judgement.Outcome judgement, Judgement.Reason judgementReason) {

        String key() {
            return from + "|" + to + "|" + type;
        }

        String pair() {
            return Proposal.pair(from, to);
        }

        /** A proposal detection made and nobody decided yet: the only links detection changes. */
        boolean proposal() {
            return origin == LinkOrigin.DETECTED && state == LinkState.PROPOSED;
        }

        /**
         * Whether the link already says what rewording it with this rationale and judgement would write
         * ({@link LinkService#updateProposal}; the gap compared by value, as {@link Link#judged} does).
         */
        boolean says(String newRationale, Judgement j) {
            return Figure.sameNumber(j == null ? null : j.gap(), gap) && java.util.Objects.equals(rationale, newRationale)
                    && judgement == (j == null ? null : j.outcome()) && judgementReason == (j == null ? null : j.reason());
        }
    }

    /** What judging one group did. */
    public record GroupResult(int claims, int proposals, int added, int removed, boolean truncated) {
    }

    /** Compact rows of the claims matching {@code where}, the most recently changed first. */
    private List<DetectionRow> rows(String where, DetectionQueue.Group group, int max) {
        List<Object[]> found = claims.getEntityManager().createQuery("select c.id, m.id, "
                + "m.multiValued, m.dimension, c.figure, cl.id, c.scope, c.asOf, c.periodStart, c.periodEnd, "
                + "c.language from Claim c join c.metric m left join c.claimant cl where " + where
                + " order by c.updatedAt desc, c.id", Object[].class)
                .setParameter("s", group.subject()).setParameter("m", group.metric()).setMaxResults(max)
                .getResultList();
        List<DetectionRow> out = new ArrayList<>(found.size());
        Map<UUID, Map<String, String>> labels = new HashMap<>();
        for (Object[] r : found) {
            ClaimFigure figure = (ClaimFigure) r[4];
            // One read per metric of the group (the session keeps it): labels for every reader language.
            Map<String, String> metricLabels = labels.computeIfAbsent((UUID) r[1],
                    id -> claims.getEntityManager().find(Metric.class, id).labelsForReaders());
            out.add(new DetectionRow((UUID) r[0], group.subject(), (UUID) r[1], metricLabels,
                    (Boolean) r[2], figure.toFigure((Dimension) r[3]), (UUID) r[5], (String) r[6], (LocalDate) r[7],
                    (LocalDate) r[8], (LocalDate) r[9], (String) r[10]));
        }
        return out;
    }

    /**
     * The review queue: detected links in one state (PROPOSED by default), optionally of one type and
     * judgement, largest gap first (then by id), paged by {@link GapCursor}.
     */
    public Page<LinkView> queue(LinkState state, LinkType type, Judgement.Outcome judgement, int limit,
            GapCursor after) {
        return linkService.byGap(new LinkFilter(type, state == null ? LinkState.PROPOSED : state, LinkOrigin.DETECTED,
                null, judgement), limit, after);
    }

    /**
     * Records a decision on a link; when confirming, optionally sets the verdict of either claim in the
     * same transaction (each change in the claim's history, with the decision's rationale).
     */
    @Transactional
    public LinkView decide(UUID linkId, LinkState state, Decision decision, String ifMatch) {
        if (state != LinkState.CONFIRMED && (decision.fromVerdict() != null || decision.toVerdict() != null)) {
            throw ApiException.unprocessable(decision.fromVerdict() != null ? "fromVerdict" : "toVerdict",
                    "verdicts are set when confirming a link, not when dismissing it");
        }
        LinkView view = linkService.decide(linkId, state, decision.rationale(), ifMatch);
        if (decision.fromVerdict() != null) {
            claimService.setVerdict(view.from().id(), decision.fromVerdict(), decision.rationale());
        }
        if (decision.toVerdict() != null) {
            claimService.setVerdict(view.to().id(), decision.toVerdict(), decision.rationale());
        }
        return decision.fromVerdict() == null && decision.toVerdict() == null ? view : linkService.get(linkId);
    }

    /**
     * Undoes a decision on a detected link: PROPOSED again, back in the queue ({@link LinkService#reopen}).
     * The pair's group is queued for detection, so a proposal that no longer holds leaves the queue as
     * any other would.
     */
    @Transactional
    public LinkView reopen(UUID linkId, String ifMatch) {
        LinkView view = linkService.reopen(linkId, ifMatch);
        if (config.detectOnChange()) {
            queue.enqueueClaims(List.of(view.from().id()));
        }
        return view;
    }

    /** A decision: why, and the verdicts to set on the link's claims (null: unchanged). */
    public record Decision(String rationale, Verdict fromVerdict, Verdict toVerdict) {
    }

    private ConflictDetector detector() {
        return new ConflictDetector(config.maxAgreements(), tolerances);
    }

    /**
     * Returns {added, removed}. A detected proposal no longer found is removed only when {@code judged}
     * says detection looked at both its claims (a truncated group keeps proposals towards claims it did
     * not read); a proposal on a pair that also has a manual or decided link is removed. Only the links
     * removed or reworded are loaded as entities; an unchanged proposal is not touched.
     */
    private int[] reconcile(List<Proposal> proposals, List<LinkRow> existing, Predicate<LinkRow> judged) {
        Set<String> wanted = new HashSet<>();
        proposals.forEach(p -> wanted.add(p.key()));
        Set<String> decided = new HashSet<>();
        for (LinkRow link : existing) {
            if (!link.proposal()) {
                decided.add(link.pair());
            }
        }
        Set<String> linkedPairs = new HashSet<>();
        Map<String, LinkRow> byKey = new HashMap<>();
        List<UUID> withdrawn = new ArrayList<>();
        for (LinkRow link : existing) {
            if (link.proposal() && ((!wanted.contains(link.key()) && judged.test(link)) || decided.contains(link.pair()))) {
                withdrawn.add(link.id());
            } else {
                linkedPairs.add(link.pair());
                byKey.put(link.key(), link);
            }
        }
        Map<UUID, Proposal> reworded = new HashMap<>();
        List<Proposal> fresh = new ArrayList<>();
        for (Proposal p : proposals) {
            LinkRow same = byKey.get(p.key());
            if (same != null) {
                if (same.proposal() && !same.says(p.rationale(), p.judgement())) {
                    reworded.put(same.id(), p);
                }
                continue;
            }
            if (linkedPairs.add(Proposal.pair(p.from(), p.to()))) {
                fresh.add(p);
            } // else already linked in another way, by a person or an earlier decision
        }
        int removed = 0;
        for (Link link : entities(withdrawn)) {
            linkService.recordDeleted(link);
            links.delete(link);
            removed++;
        }
        for (Link link : entities(new ArrayList<>(reworded.keySet()))) {
            Proposal p = reworded.get(link.id);
            linkService.updateProposal(link, p.rationale(), p.judgement());
        }
        for (Proposal p : fresh) {
            Link link = new Link();
            link.from = claims.getEntityManager().getReference(Claim.class, p.from());
            link.to = claims.getEntityManager().getReference(Claim.class, p.to());
            link.type = p.type();
            link.rationale = p.rationale();
            link.author = LinkAuthor.SYSTEM;
            link.origin = LinkOrigin.DETECTED;
            link.state = LinkState.PROPOSED;
            link.judged(p.judgement());
            links.persist(link);
            linkService.recordCreated(link);
        }
        links.flush();
        return new int[] {fresh.size(), removed};
    }
}
