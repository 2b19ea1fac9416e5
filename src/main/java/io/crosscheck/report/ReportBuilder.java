package io.crosscheck.report;

import io.crosscheck.claim.Claim;
import io.crosscheck.claim.ClaimView;
import io.crosscheck.claim.Disputes;
import io.crosscheck.claim.Verdict;
import io.crosscheck.compare.ComparisonService;
import io.crosscheck.compare.ComparisonView;
import io.crosscheck.link.Link;
import io.crosscheck.link.LinkState;
import io.crosscheck.link.LinkType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Gathers a report's content from the database in one transaction, and stores the verdicts it saw
 * (table {@code report_verdict}) so that the next report can tell which verdicts changed.
 */
@ApplicationScoped
public class ReportBuilder {

    private static final MathContext DIGITS = new MathContext(6);

    private static final int DISPUTE_BATCH = 500;

    private final EntityManager em;
    private final ComparisonService comparisons;
    private final Disputes disputes;

    ReportBuilder(EntityManager em, ComparisonService comparisons, Disputes disputes) {
        this.em = em;
        this.comparisons = comparisons;
        this.disputes = disputes;
    }

    /** A report and the comparisons its HTML draws. */
    public record Built(Report report, List<ComparisonView> comparisons) {
    }

    @Transactional
    public Built build(LocalDate date, String zone, Instant start, Instant end) {
        List<Report.ClaimItem> created = claims("c.createdAt < :end" + (start == null ? "" : " and c.createdAt >= :start"),
                start, end);
        List<Report.ClaimItem> changed = start == null ? List.of()
                : claims("c.createdAt < :start and c.updatedAt >= :start and c.updatedAt < :end", start, end);
        List<Report.VerdictChange> verdicts = verdictChanges(date);
        snapshot(date);
        String contradicts = "l.type = :type";
        List<Report.ConflictItem> newConflicts = links(contradicts + " and l.createdAt < :end"
                + (start == null ? "" : " and l.createdAt >= :start") + " order by l.id", start, end, null);
        List<Report.ConflictItem> confirmed = decided(LinkState.CONFIRMED, start, end);
        List<Report.ConflictItem> dismissed = decided(LinkState.DISMISSED, start, end);
        List<Report.ConflictItem> open = links(contradicts + " and l.state = :state and l.createdAt < :end"
                + " order by l.createdAt, l.id", null, end, LinkState.PROPOSED);
        List<ComparisonView> views = new ArrayList<>();
        List<Report.TopicSummary> topics = new ArrayList<>();
        for (Object[] topic : em.createQuery("select t.slug, t.title from Topic t order by t.slug", Object[].class)
                .getResultList()) {
            ComparisonView view = comparisons.forTopic((String) topic[0]);
            views.add(view);
            topics.add(new Report.TopicSummary((String) topic[0], (String) topic[1],
                    view.axes().stream().map(ReportBuilder::axis).toList()));
        }
        long all = em.createQuery("select count(c) from Claim c", Long.class).getSingleResult();
        long reviewed = em.createQuery("select count(c) from Claim c where c.verdict <> :v", Long.class)
                .setParameter("v", Verdict.UNREVIEWED).getSingleResult();
        Report.Counts counts = new Report.Counts(all, reviewed, created.size(), changed.size(), verdicts.size(),
                newConflicts.size(), confirmed.size(), dismissed.size(), open.size());
        Report report = new Report(date, zone, start, end, counts, created, changed, verdicts,
                new Report.Conflicts(newConflicts, confirmed, dismissed), open, topics);
        return new Built(report, views);
    }

    private List<Report.ClaimItem> claims(String where, Instant start, Instant end) {
        var query = em.createQuery("select c from Claim c join fetch c.subject join fetch c.metric "
                + "left join fetch c.claimant where " + where + " order by c.id", Claim.class).setParameter("end", end);
        if (start != null) {
            query.setParameter("start", start);
        }
        List<Claim> found = query.getResultList();
        List<Report.ClaimItem> items = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i += DISPUTE_BATCH) {
            List<Claim> batch = found.subList(i, Math.min(found.size(), i + DISPUTE_BATCH));
            Map<UUID, List<ClaimView.Disputer>> by = disputes.of(batch.stream().map(c -> c.id).toList());
            batch.forEach(c -> items.add(item(c, by.getOrDefault(c.id, List.of()))));
        }
        return items;
    }

    private static Report.ClaimItem item(Claim c, List<ClaimView.Disputer> disputedBy) {
        return new Report.ClaimItem(c.id, c.subject.name, c.metric.metricKey, c.figure.text,
                c.claimant == null ? null : c.claimant.name, c.verdict, c.statement, c.createdAt, c.updatedAt,
                disputedBy.stream().map(ClaimView.Disputer::id).toList());
    }

    private List<Report.VerdictChange> verdictChanges(LocalDate date) {
        LocalDate previous = em.createQuery("select max(r.reportDate) from ReportRun r where r.reportDate < :d "
                + "and r.status = :s", LocalDate.class).setParameter("d", date).setParameter("s", RunStatus.SUCCEEDED)
                .getSingleResult();
        Map<UUID, Verdict> before = new HashMap<>();
        if (previous != null) {
            for (Object[] row : rows(em.createNativeQuery(
                    "select claim_id, verdict from report_verdict where report_date = ?1").setParameter(1, previous)
                    .getResultList())) {
                before.put(uuid(row[0]), Verdict.valueOf((String) row[1]));
            }
        }
        List<Report.VerdictChange> changes = new ArrayList<>();
        List<Claim> candidates = em.createQuery("select c from Claim c join fetch c.subject join fetch c.metric "
                + "where c.verdict <> :v or c.id in :before order by c.id", Claim.class)
                .setParameter("v", Verdict.UNREVIEWED)
                .setParameter("before", before.isEmpty() ? List.of(new UUID(0, 0)) : before.keySet())
                .getResultList();
        for (Claim c : candidates) {
            Verdict was = before.getOrDefault(c.id, Verdict.UNREVIEWED);
            if (was != c.verdict) {
                changes.add(new Report.VerdictChange(c.id, c.subject.name, c.metric.metricKey, c.figure.text, was,
                        c.verdict, c.version));
            }
        }
        return changes;
    }

    private void snapshot(LocalDate date) {
        em.createNativeQuery("delete from report_verdict where report_date = ?1").setParameter(1, date).executeUpdate();
        em.createNativeQuery("insert into report_verdict (report_date, claim_id, verdict, claim_version) "
                + "select ?1, id, verdict, version from claim where verdict <> 'UNREVIEWED'").setParameter(1, date)
                .executeUpdate();
    }

    private List<Report.ConflictItem> decided(LinkState state, Instant start, Instant end) {
        return links("l.type = :type and l.state = :state and l.decidedAt < :end"
                + (start == null ? "" : " and l.decidedAt >= :start") + " order by l.id", start, end, state);
    }

    private List<Report.ConflictItem> links(String where, Instant start, Instant end, LinkState state) {
        var query = em.createQuery("select l from Link l where " + where, Link.class)
                .setParameter("type", LinkType.CONTRADICTS).setParameter("end", end);
        if (start != null && where.contains(":start")) {
            query.setParameter("start", start);
        }
        if (state != null) {
            query.setParameter("state", state);
        }
        return query.getResultStream().map(ReportBuilder::conflict).toList();
    }

    private static Report.ConflictItem conflict(Link l) {
        return new Report.ConflictItem(l.id, l.type, l.origin.name(), l.state, ref(l.from), ref(l.to), l.rationale,
                l.createdAt, l.decidedAt, l.decidedBy, l.gap, l.judgement);
    }

    private static Report.ClaimRef ref(Claim c) {
        return new Report.ClaimRef(c.id, c.subject.name, c.metric.metricKey, c.figure.text);
    }

    private static Report.AxisSummary axis(ComparisonView.Axis a) {
        var s = a.summary();
        return new Report.AxisSummary(a.subject().name(), a.metric().key(), a.currency(), a.unit(), s.count(),
                round(s.min()), round(s.max()), round(s.spread()), round(s.median()), s.clusterCount(),
                s.disputedCount());
    }

    static BigDecimal round(Double d) {
        if (d == null || d.isNaN() || d.isInfinite()) {
            return null;
        }
        BigDecimal r = new BigDecimal(d).round(DIGITS).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> list) {
        return (List<Object[]>) list;
    }

    private static UUID uuid(Object o) {
        if (o instanceof UUID u) {
            return u;
        }
        if (o instanceof byte[] b) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(b);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(o.toString());
    }
}
