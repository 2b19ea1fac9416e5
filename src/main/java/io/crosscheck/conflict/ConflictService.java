package io.crosscheck.conflict;

import io.crosscheck.claim.Claim;
import io.crosscheck.claim.ClaimChanged;
import io.crosscheck.claim.ClaimFigure;
import io.crosscheck.claim.ClaimRepository;
import io.crosscheck.claim.ClaimService;
import io.crosscheck.claim.Verdict;
import io.crosscheck.common.ApiException;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
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

    ConflictService(ClaimRepository claims, ClaimService claimService, LinkRepository links, LinkService linkService,
            ConflictConfig config, Tolerances tolerances) {
        this.claims = claims;
        this.claimService = claimService;
        this.links = links;
        this.linkService = linkService;
        this.config = config;
        this.tolerances = tolerances;
    }

    /** Runs inside the transaction that changed the claim, so the claim and its proposals commit together. */
    void onClaimChanged(@Observes ClaimChanged event) {
        if (config.detectOnChange()) {
            detectFor(event.claimId());
        }
    }

    /** Re-detects the proposals touching one claim, comparing it with the claims on the same subject. */
    @Transactional
    public void detectFor(UUID claimId) {
        Claim claim = claims.findById(claimId);
        List<DetectionRow> rows = claims.find("subject.id", claim.subject.id).stream().map(ConflictService::row).toList();
        List<Proposal> proposals = detector().detect(rows).stream()
                .filter(p -> p.from().equals(claimId) || p.to().equals(claimId)).toList();
        reconcile(proposals, links.touching(claimId));
    }

    /**
     * Detection for claims written in bulk (an import batch), instead of once per claim: the claims are
     * grouped by subject, each subject is read once, as detection rows rather than entities, and the
     * proposals touching any of the claims are reconciled. Runs in the caller's transaction, so a batch
     * and its proposals commit together. Does nothing when {@code crosscheck.conflicts.detect-on-change}
     * is off, like detection on single writes.
     */
    @Transactional
    public void detectForClaims(Collection<UUID> claimIds) {
        Set<UUID> touched = new HashSet<>(claimIds);
        if (touched.isEmpty() || !config.detectOnChange()) {
            return;
        }
        var em = claims.getEntityManager();
        List<UUID> subjects = em.createQuery("select distinct c.subject.id from Claim c where c.id in :ids", UUID.class)
                .setParameter("ids", touched).getResultList();
        for (UUID subject : subjects) {
            List<DetectionRow> rows = em.createQuery("select c.id, m.id, m.labelFr, m.labelEn, m.multiValued, c.figure, "
                    + "m.dimension, cl.id, c.scope, c.asOf, c.periodStart, c.periodEnd, c.language from Claim c "
                    + "join c.metric m left join c.claimant cl where c.subject.id = :subject", Object[].class)
                    .setParameter("subject", subject).getResultStream()
                    .map(r -> new DetectionRow((UUID) r[0], subject, (UUID) r[1], (String) r[2], (String) r[3],
                            (Boolean) r[4], ((ClaimFigure) r[5]).toFigure((Dimension) r[6]), (UUID) r[7], (String) r[8],
                            (LocalDate) r[9], (LocalDate) r[10], (LocalDate) r[11], (String) r[12]))
                    .toList();
            List<UUID> mine = rows.stream().map(DetectionRow::id).filter(touched::contains).toList();
            List<Proposal> proposals = detector().detect(rows).stream()
                    .filter(p -> touched.contains(p.from()) || touched.contains(p.to())).toList();
            reconcile(proposals, links.list("from.id in ?1 or to.id in ?1 order by id", mine));
        }
    }

    /** Re-scans the whole store. */
    @Transactional
    public ScanResult scan() {
        long start = System.nanoTime();
        List<DetectionRow> rows = claims.findAll().stream().map(ConflictService::row).toList();
        List<Proposal> proposals = detector().detect(rows);
        int[] counts = reconcile(proposals, links.listAll());
        return new ScanResult(rows.size(), proposals.size(), counts[0], counts[1], (System.nanoTime() - start) / 1_000_000);
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

    /** A decision: why, and the verdicts to set on the link's claims (null: unchanged). */
    public record Decision(String rationale, Verdict fromVerdict, Verdict toVerdict) {
    }

    private ConflictDetector detector() {
        return new ConflictDetector(config.maxAgreements(), tolerances);
    }

    /** Returns {added, removed}. */
    private int[] reconcile(List<Proposal> proposals, List<Link> existing) {
        Set<String> wanted = new HashSet<>();
        proposals.forEach(p -> wanted.add(p.key()));
        Set<String> decided = new HashSet<>();
        for (Link link : existing) {
            if (link.origin == LinkOrigin.MANUAL || link.state != LinkState.PROPOSED) {
                decided.add(Proposal.pair(link.from.id, link.to.id));
            }
        }
        Map<String, Link> byPair = new HashMap<>();
        Map<String, Link> byKey = new HashMap<>();
        int removed = 0;
        for (Link link : existing) {
            String pair = Proposal.pair(link.from.id, link.to.id);
            boolean proposal = link.origin == LinkOrigin.DETECTED && link.state == LinkState.PROPOSED;
            if (proposal && (!wanted.contains(key(link)) || decided.contains(pair))) {
                linkService.recordDeleted(link);
                links.delete(link);
                removed++;
            } else {
                byPair.put(pair, link);
                byKey.put(key(link), link);
            }
        }
        int added = 0;
        for (Proposal p : proposals) {
            Link same = byKey.get(p.key());
            if (same != null) {
                if (same.state == LinkState.PROPOSED && same.origin == LinkOrigin.DETECTED) {
                    linkService.updateProposal(same, p.rationale(), p.judgement());
                }
                continue;
            }
            if (byPair.containsKey(Proposal.pair(p.from(), p.to()))) {
                continue; // already linked in another way, by a person or an earlier decision
            }
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
            byPair.put(Proposal.pair(p.from(), p.to()), link);
            added++;
        }
        links.flush();
        return new int[] {added, removed};
    }

    private static String key(Link link) {
        return link.from.id + "|" + link.to.id + "|" + link.type;
    }

    static DetectionRow row(Claim c) {
        return new DetectionRow(c.id, c.subject.id, c.metric.id, c.metric.labelFr, c.metric.labelEn,
                c.metric.multiValued, c.figure(), c.claimant == null ? null : c.claimant.id, c.scope, c.asOf,
                c.periodStart, c.periodEnd, c.language);
    }
}
