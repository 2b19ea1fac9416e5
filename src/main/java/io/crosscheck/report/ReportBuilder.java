package io.crosscheck.report;

import io.crosscheck.claim.Claim;
import io.crosscheck.claim.ClaimView;
import io.crosscheck.claim.Disputes;
import io.crosscheck.claim.Verdict;
import io.crosscheck.common.ApiException;
import io.crosscheck.compare.ComparisonService;
import io.crosscheck.compare.ComparisonView;
import io.crosscheck.link.Link;
import io.crosscheck.link.LinkState;
import io.crosscheck.link.LinkType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads a report's content from the database page by page ({@code crosscheck.report.page-size} rows, keyset pagination,
 * each page in a short transaction of its own), handing each item to a sink as it is read: no list of
 * all claims, links or topics (nor their comparisons) is ever held, whatever the store holds. Also
 * stores the verdicts a report saw (table {@code report_verdict}) so that the next report can tell
 * which verdicts changed.
 */
@ApplicationScoped
public class ReportBuilder {

    private static final MathContext DIGITS = new MathContext(6);

    private final EntityManager em;
    private final ComparisonService comparisons;
    private final Disputes disputes;
    /** Rows per page (and per batch of dispute look-ups). */
    private final int page;

    ReportBuilder(EntityManager em, ComparisonService comparisons, Disputes disputes, ReportConfig config) {
        this.page = Math.max(1, config.pageSize());
        this.em = em;
        this.comparisons = comparisons;
        this.disputes = disputes;
    }

    /** Receives the items of a list, in order. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(T item) throws IOException;
    }

    /**
     * One page of a keyset read: the items to hand on, and the key the next page starts after (null when
     * this page was the last). A page's items may be fewer than the rows it read, when a row went between
     * the read of its key and of its content: only a page that read fewer rows than a page is the last.
     */
    record Chunk<K, T>(List<T> items, K next) {

        /** The items read for {@code keys}, the keys of a page of at most {@code size} rows, in key order. */
        static <K, T> Chunk<K, T> of(List<K> keys, int size, List<T> items) {
            return new Chunk<>(items, keys.size() < size || keys.isEmpty() ? null : keys.get(keys.size() - 1));
        }
    }

    /**
     * Hands every item of a keyset-paged read to {@code sink}, page after page: {@code read} is given the
     * key of the previous page's last row (null for the first page). Returns how many items were handed on.
     */
    static <K, T> long paged(Function<K, Chunk<K, T>> read, Sink<T> sink) throws IOException {
        long n = 0;
        K after = null;
        do {
            Chunk<K, T> chunk = read.apply(after);
            for (T item : chunk.items()) {
                sink.accept(item);
            }
            n += chunk.items().size();
            after = chunk.next();
        } while (after != null);
        return n;
    }

    /** {@link #paged}, each page read in a short transaction of its own. */
    private static <K, T> long pagedInTransactions(Function<K, Chunk<K, T>> read, Sink<T> sink)
            throws IOException {
        return paged((K after) -> QuarkusTransaction.requiringNew().call(() -> read.apply(after)), sink);
    }

    /** Claims created in the window (all claims created before {@code end} when {@code start} is null), by id. */
    public long newClaims(Instant start, Instant end, Sink<Report.ClaimItem> sink) throws IOException {
        return claims("c.createdAt < :end" + (start == null ? "" : " and c.createdAt >= :start"), start, end, sink);
    }

    /** Claims created before the window and updated in it, by id; none for a first report. */
    public long changedClaims(Instant start, Instant end, Sink<Report.ClaimItem> sink) throws IOException {
        if (start == null) {
            return 0;
        }
        return claims("c.createdAt < :start and c.updatedAt >= :start and c.updatedAt < :end", start, end, sink);
    }

    private long claims(String where, Instant start, Instant end, Sink<Report.ClaimItem> sink) throws IOException {
        return pagedInTransactions((UUID after) -> {
            // The page's ids from the claim table alone, in its key order, then their rows with the
            // names they show: with the joins in the keyset query, H2 sorted the whole window (to
            // disk) for every page, so a first report of 100k claims never ended.
            var query = em.createQuery("select c.id from Claim c where " + where
                    + (after == null ? "" : " and c.id > :after") + " order by c.id", UUID.class)
                    .setParameter("end", end).setMaxResults(page);
            if (start != null && where.contains(":start")) {
                query.setParameter("start", start);
            }
            if (after != null) {
                query.setParameter("after", after);
            }
            List<UUID> ids = query.getResultList();
            if (ids.isEmpty()) {
                return Chunk.of(ids, page, List.<Report.ClaimItem>of());
            }
            List<Claim> found = em.createQuery("select c from Claim c join fetch c.subject join fetch c.metric "
                    + "left join fetch c.claimant where c.id in :ids order by c.id", Claim.class)
                    .setParameter("ids", ids).getResultList();
            Map<UUID, Disputes.Disputed> by = disputes.of(found.stream().map(c -> c.id).toList());
            return Chunk.of(ids, page, found.stream().map(c -> item(c, by.getOrDefault(c.id, Disputes.Disputed.NONE)))
                    .toList());
        }, sink);
    }

    private static Report.ClaimItem item(Claim c, Disputes.Disputed disputed) {
        return new Report.ClaimItem(c.id, c.subject.name, c.metric.metricKey, c.figure.text,
                c.claimant == null ? null : c.claimant.name, c.verdict, c.statement, c.createdAt, c.updatedAt,
                disputed.listed().stream().map(ClaimView.Disputer::id).toList(), disputed.count());
    }

    /**
     * Claims whose verdict differs from the one the last successful report before {@code date} saw
     * (UNREVIEWED when it saw none), by id. The comparison is a join in the database, paged by id.
     */
    public long verdictChanges(LocalDate date, Sink<Report.VerdictChange> sink) throws IOException {
        LocalDate previous = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select max(r.reportDate) from ReportRun r where r.reportDate < :d and r.status = :s", LocalDate.class)
                .setParameter("d", date).setParameter("s", RunStatus.SUCCEEDED).getSingleResult());
        String sql = previous == null
                ? "select c.id, 'UNREVIEWED' from claim c where c.verdict <> 'UNREVIEWED'"
                : "select c.id, coalesce(rv.verdict, 'UNREVIEWED') from claim c left join report_verdict rv "
                        + "on rv.claim_id = c.id and rv.report_date = :previous "
                        + "where (c.verdict <> 'UNREVIEWED' or rv.claim_id is not null) "
                        + "and c.verdict <> coalesce(rv.verdict, 'UNREVIEWED')";
        return pagedInTransactions((UUID after) -> {
            var query = em.createNativeQuery(sql + (after == null ? "" : " and c.id > :after") + " order by c.id")
                    .setMaxResults(page);
            if (previous != null) {
                query.setParameter("previous", previous);
            }
            if (after != null) {
                query.setParameter("after", after);
            }
            List<UUID> ids = new ArrayList<>();
            Map<UUID, Verdict> before = new HashMap<>();
            for (Object[] row : rows(query.getResultList())) {
                ids.add(uuid(row[0]));
                before.put(uuid(row[0]), Verdict.valueOf((String) row[1]));
            }
            if (ids.isEmpty()) {
                return Chunk.of(ids, page, List.<Report.VerdictChange>of());
            }
            return Chunk.of(ids, page, em.createQuery("select c from Claim c join fetch c.subject join fetch c.metric "
                    + "where c.id in :ids order by c.id", Claim.class).setParameter("ids", ids)
                    .getResultStream().map(c -> new Report.VerdictChange(c.id, c.subject.name, c.metric.metricKey,
                            c.figure.text, before.get(c.id), c.verdict, c.version)).toList());
        }, sink);
    }

    /** Records the verdicts of {@code date} (one INSERT ... SELECT in the database). */
    public void snapshot(LocalDate date) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from report_verdict where report_date = ?1").setParameter(1, date)
                    .executeUpdate();
            em.createNativeQuery("insert into report_verdict (report_date, claim_id, verdict, claim_version) "
                    + "select ?1, id, verdict, version from claim where verdict <> 'UNREVIEWED'").setParameter(1, date)
                    .executeUpdate();
        });
    }

    /** CONTRADICTS links created in the window, by id. */
    public long createdConflicts(Instant start, Instant end, Sink<Report.ConflictItem> sink) throws IOException {
        return links("l.createdAt < :end" + (start == null ? "" : " and l.createdAt >= :start"), start, end, null,
                false, sink);
    }

    /** CONTRADICTS links decided ({@code state}) in the window, by id. */
    public long decidedConflicts(LinkState state, Instant start, Instant end, Sink<Report.ConflictItem> sink)
            throws IOException {
        return links("l.state = :state and l.decidedAt < :end" + (start == null ? "" : " and l.decidedAt >= :start"),
                start, end, state, false, sink);
    }

    /** CONTRADICTS links still proposed at the end of the window, oldest first. */
    public long openDisputes(Instant end, Sink<Report.ConflictItem> sink) throws IOException {
        return links("l.state = :state and l.createdAt < :end", null, end, LinkState.PROPOSED, true, sink);
    }

    /** Where a page of links ends: its last row's creation time (for the by-age order) and id. */
    private record LinkKey(Instant createdAt, UUID id) {
    }

    private long links(String where, Instant start, Instant end, LinkState state, boolean byAge,
            Sink<Report.ConflictItem> sink) throws IOException {
        String order = byAge ? " order by l.createdAt, l.id" : " order by l.id";
        return pagedInTransactions((LinkKey after) -> {
            String keyset = after == null ? ""
                    : byAge ? " and (l.createdAt > :afterAt or (l.createdAt = :afterAt and l.id > :after))"
                            : " and l.id > :after";
            // Keys first from the link table alone, then the links with their claims (as for claims).
            var query = em.createQuery("select l.createdAt, l.id from Link l where l.type = :type and " + where + keyset
                    + order, Object[].class).setParameter("type", LinkType.CONTRADICTS).setParameter("end", end)
                    .setMaxResults(page);
            if (start != null && where.contains(":start")) {
                query.setParameter("start", start);
            }
            if (state != null) {
                query.setParameter("state", state);
            }
            if (after != null) {
                query.setParameter("after", after.id());
                if (byAge) {
                    query.setParameter("afterAt", after.createdAt());
                }
            }
            List<LinkKey> keys = query.getResultList().stream().map(r -> new LinkKey((Instant) r[0], (UUID) r[1])).toList();
            if (keys.isEmpty()) {
                return Chunk.of(keys, page, List.<Report.ConflictItem>of());
            }
            return Chunk.of(keys, page, em.createQuery("select l from Link l join fetch l.from f join fetch f.subject "
                    + "join fetch f.metric join fetch l.to t join fetch t.subject join fetch t.metric "
                    + "where l.id in :ids" + order, Link.class).setParameter("ids", keys.stream().map(LinkKey::id).toList())
                    .getResultStream().map(ReportBuilder::conflict).toList());
        }, sink);
    }

    /** A topic's comparison, for the JSON summary and the HTML charts. */
    public record TopicView(String slug, String title, ComparisonView comparison, Report.TopicSummary summary) {
    }

    /**
     * Topics by slug, each with its comparison (the first axis page, and how many axes there are), handed
     * to {@code sink} one at a time: the topics are read in keyset pages of slugs, each page and each
     * comparison in a short transaction of its own, and no comparison is kept here. A topic deleted
     * between the read of its page and its comparison is skipped. Returns how many were handed on.
     */
    public long topics(Sink<TopicView> sink) throws IOException {
        long[] handedOn = {0};
        pagedInTransactions((String after) -> {
            var query = em.createQuery("select t.slug, t.title from Topic t"
                    + (after == null ? "" : " where t.slug > :after") + " order by t.slug", Object[].class)
                    .setMaxResults(page);
            if (after != null) {
                query.setParameter("after", after);
            }
            List<Object[]> found = query.getResultList();
            return Chunk.of(found.stream().map(t -> (String) t[0]).toList(), page, found);
        }, topic -> {
            String slug = (String) topic[0];
            String title = (String) topic[1];
            ComparisonView view;
            try {
                view = QuarkusTransaction.requiringNew().call(() -> comparisons.forTopic(slug));
            } catch (ApiException e) {
                if (e.status() == 404) {
                    return; // deleted since its page was read: no longer a topic to report
                }
                throw e;
            }
            sink.accept(new TopicView(slug, title, view, new Report.TopicSummary(slug, title,
                    view.axes().stream().map(ReportBuilder::axis).toList(), view.axisCount())));
            handedOn[0]++;
        });
        return handedOn[0];
    }

    /** All claims, and the reviewed ones, now. */
    public long[] totals() {
        return QuarkusTransaction.requiringNew().call(() -> new long[] {
            em.createQuery("select count(c) from Claim c", Long.class).getSingleResult(),
            em.createQuery("select count(c) from Claim c where c.verdict <> :v", Long.class)
                    .setParameter("v", Verdict.UNREVIEWED).getSingleResult()});
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
