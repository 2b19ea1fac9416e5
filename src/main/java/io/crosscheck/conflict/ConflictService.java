package io.crosscheck.conflict;

import io.crosscheck.claim.Claim;
import io.crosscheck.claim.ClaimChanged;
import io.crosscheck.claim.ClaimFigure;
import io.crosscheck.claim.ClaimRepository;
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
 * removed, and anything a person decided (confirmed, dismissed) or linked by hand is left alone, so
 * a dismissed proposal is never proposed again.
 */
@ApplicationScoped
public class ConflictService {

    private final ClaimRepository claims;
    private final LinkRepository links;
    private final LinkService linkService;
    private final ConflictConfig config;

    ConflictService(ClaimRepository claims, LinkRepository links, LinkService linkService, ConflictConfig config) {
        this.claims = claims;
        this.links = links;
        this.linkService = linkService;
        this.config = config;
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

    /** The review queue: detected links in one state (PROPOSED by default), oldest first. */
    public Page<LinkView> queue(LinkState state, LinkType type, PageRequest page) {
        return linkService.list(new LinkFilter(type, state == null ? LinkState.PROPOSED : state, LinkOrigin.DETECTED,
                null), page);
    }

    public LinkView decide(UUID linkId, LinkState state, String rationale, String ifMatch) {
        return linkService.decide(linkId, state, rationale, ifMatch);
    }

    private ConflictDetector detector() {
        return new ConflictDetector(config.maxAgreements());
    }

    /** Returns {added, removed}. */
    private int[] reconcile(List<Proposal> proposals, List<Link> existing) {
        Set<String> wanted = new HashSet<>();
        proposals.forEach(p -> wanted.add(p.key()));
        Map<String, Link> byPair = new HashMap<>();
        Map<String, Link> byKey = new HashMap<>();
        int removed = 0;
        for (Link link : existing) {
            String key = link.from.id + "|" + link.to.id + "|" + link.type;
            if (link.origin == LinkOrigin.DETECTED && link.state == LinkState.PROPOSED && !wanted.contains(key)) {
                linkService.recordDeleted(link);
                links.delete(link);
                removed++;
            } else {
                byPair.put(pair(link.from.id, link.to.id), link);
                byKey.put(key, link);
            }
        }
        int added = 0;
        for (Proposal p : proposals) {
            Link same = byKey.get(p.key());
            if (same != null) {
                if (same.state == LinkState.PROPOSED && same.origin == LinkOrigin.DETECTED
                        && !p.rationale().equals(same.rationale)) {
                    linkService.updateRationale(same, p.rationale());
                }
                continue;
            }
            if (byPair.containsKey(pair(p.from(), p.to()))) {
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
            links.persist(link);
            linkService.recordCreated(link);
            byPair.put(pair(p.from(), p.to()), link);
            added++;
        }
        links.flush();
        return new int[] {added, removed};
    }

    private static String pair(UUID a, UUID b) {
        return LinkService.ordered(a, b) ? a + "|" + b : b + "|" + a;
    }

    static DetectionRow row(Claim c) {
        return new DetectionRow(c.id, c.subject.id, c.metric.id, c.metric.labelFr, c.metric.labelEn,
                c.metric.multiValued, c.figure(), c.claimant == null ? null : c.claimant.id, c.scope, c.asOf,
                c.periodStart, c.periodEnd, c.language);
    }
}
