package io.crosscheck.compare;

import io.crosscheck.claim.Appearance;
import io.crosscheck.claim.Claim;
import io.crosscheck.claim.Disputes;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.Cursor;
import io.crosscheck.common.Database;
import io.crosscheck.common.PageRequest;
import io.crosscheck.entity.EntityService;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureKind;
import io.crosscheck.link.LinkRepository;
import io.crosscheck.link.LinkState;
import io.crosscheck.link.LinkView;
import io.crosscheck.metric.Metric;
import io.crosscheck.metric.MetricService;
import io.crosscheck.topic.Topic;
import io.crosscheck.topic.TopicService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Builds comparisons of a topic's claims, or of one subject (and optionally one metric), in bounded
 * memory whatever the number of claims: each axis's summary is aggregated in SQL (counts, stated
 * min/max, median), its clusters come from one streaming pass over its rows ordered by bound
 * ({@link AxisSweep}), and only one page of claims is loaded as entities (keyset by id).
 */
@ApplicationScoped
public class ComparisonService {

    /** Rows read per round trip by the streaming passes. */
    private static final int FETCH = 500;

    private static final String POINT = "c.figure_kind in ('EXACT', 'APPROXIMATE')";
    private static final String VAGUE = "c.figure_kind in ('RANGE', 'AT_LEAST', 'AT_MOST')";
    private static final String NUMERIC = "c.figure_kind <> 'CATEGORY'";
    /** {@link Disputes#inDoubt} in SQL: a doubtful verdict, superseded, or disputed by a confirmed contradiction. */
    static final String IN_DOUBT = """
            (c.verdict in ('DISPUTED', 'FALSE', 'MISLEADING')
             or exists (select 1 from claim_link s where s.to_claim_id = c.id and s.link_type = 'SUPERSEDES'
                        and s.state <> 'DISMISSED')
             or exists (select 1 from claim_link l join claim o on o.id = l.to_claim_id where l.from_claim_id = c.id
                        and l.link_type = 'CONTRADICTS' and l.state = 'CONFIRMED' and o.verdict not in ('FALSE', 'OUTDATED'))
             or exists (select 1 from claim_link l join claim o on o.id = l.from_claim_id where l.to_claim_id = c.id
                        and l.link_type = 'CONTRADICTS' and l.state = 'CONFIRMED' and o.verdict not in ('FALSE', 'OUTDATED')))""";

    private final TopicService topics;
    private final LinkRepository links;
    private final EntityService entities;
    private final MetricService metrics;
    private final Disputes disputes;
    private final EntityManager em;
    private final ComparisonConfig config;
    private final Database database;

    ComparisonService(TopicService topics, LinkRepository links, EntityService entities, MetricService metrics,
            Disputes disputes, EntityManager em, ComparisonConfig config, Database database) {
        this.topics = topics;
        this.links = links;
        this.entities = entities;
        this.metrics = metrics;
        this.disputes = disputes;
        this.em = em;
        this.config = config;
        this.database = database;
    }

    /**
     * The claims compared, as a native SQL join and condition on {@code claim c}; {@code order} is id
     * order, written so that an index gives it (see {@link #pageOrder}).
     */
    private record Scope(String title, String join, String where, Map<String, Object> params, PageOrder order) {

        /**
         * The group index named for the reads of one subject's claims on H2 (null: none named). Every
         * column those reads need is in V29_2's index, so H2 answers them from the index alone; named,
         * because on a small store H2 rates it no cheaper than a foreign key's single-column index.
         */
        String groupIndex() {
            return order.index() == null ? null : "ix_claim_group";
        }

        /** The claims of these axes only: the scope's condition and one of theirs. */
        Scope within(List<AxisRow> axes) {
            Map<String, Object> p = new HashMap<>(params);
            StringBuilder w = new StringBuilder("(").append(where).append(") and (");
            for (int i = 0; i < axes.size(); i++) {
                w.append(i == 0 ? "(" : " or (").append(axes.get(i).where(p, "pa" + i)).append(")");
            }
            return new Scope(title, join, w.append(")").toString(), p, order);
        }
    }

    /** The page order as native SQL on {@code claim c}, and the index that gives it on H2 (null: none named). */
    record PageOrder(String sql, String index) {
        static final PageOrder ID = new PageOrder("c.id", null);
    }

    /**
     * The page order of a subject's comparison: id order, written as "the fixed columns, then id" when one
     * subject (and one metric) is compared, with the index of those columns named on H2: V29's
     * (subject_id, metric_id, id, ...) or V14's (subject_id, id). H2 reads an index in order and stops
     * after one page only when the ORDER BY starts with the index's columns (it does not drop a column
     * fixed by "= value", as PostgreSQL does), and left to itself it may take the foreign key's
     * single-column index and read and sort every claim of the group (ClaimSearch.Leading does the same
     * for the claim list).
     */
    static PageOrder pageOrder(int subjects, boolean metric) {
        if (subjects != 1) {
            return PageOrder.ID;
        }
        return metric ? new PageOrder("c.subject_id, c.metric_id, c.id", "ix_claim_group")
                : new PageOrder("c.subject_id, c.id", "ix_claim_subject_id");
    }

    /** The most axes a comparison answers at once ({@code crosscheck.comparisons.max-axes}). */
    public int maxAxes() {
        return Math.max(1, config.maxAxes());
    }

    /** The first page of a topic's comparison, as large as pages go: 100 claims of its first axis page (reports). */
    @Transactional
    public ComparisonView forTopic(String slug) {
        return forTopic(slug, new PageRequest(100, null), AxisPage.first(maxAxes()));
    }

    /** One page of claims of one axis page of a topic's comparison. */
    @Transactional
    public ComparisonView forTopic(String slug, PageRequest page, AxisPage axes) {
        return forTopic(slug, page, axes, -1);
    }

    /** A topic's comparison, with every axis of at most {@code onePassAxis} claims read in one pass (-1: as configured). */
    @Transactional
    ComparisonView forTopic(String slug, PageRequest page, AxisPage axes, int onePassAxis) {
        Topic topic = topics.find(slug);
        return build(new Scope(topic.title, "join topic_claim tc on tc.claim_id = c.id", "tc.topic_id = :topic",
                Map.of("topic", topic.id), PageOrder.ID), page, axes, onePassAxis);
    }

    /** One page of claims of one axis page of a subject's comparison (one metric, or all). */
    @Transactional
    public ComparisonView forSubject(String subject, String metric, PageRequest page, AxisPage axes) {
        return forSubject(subject, metric, page, axes, -1);
    }

    /** A subject's comparison, with every axis of at most {@code onePassAxis} claims read in one pass (-1: as configured). */
    @Transactional
    ComparisonView forSubject(String subject, String metric, PageRequest page, AxisPage axes, int onePassAxis) {
        if (subject == null) {
            throw ApiException.invalid("subject", "is required (entity id, name or alias)");
        }
        List<UUID> subjects = entities.resolve(subject);
        UUID metricId = metric == null ? null : metrics.findOptional(metric).map(m -> m.id).orElse(null);
        String title = subject + (metric == null ? "" : " · " + metric);
        if (subjects.isEmpty() || metric != null && metricId == null) {
            return new ComparisonView(title, List.of(), List.of(), 0, null, 0, null);
        }
        // Both filters are served by the (subject_id, metric_id, ...) and (subject_id, id) indexes (V27_1 on
        // PostgreSQL, V29 on H2; V14).
        Map<String, Object> params = new HashMap<>();
        params.put("subjects", subjects);
        String where = "c.subject_id in (:subjects)";
        if (metricId != null) {
            params.put("metric", metricId);
            where += " and c.metric_id = :metric";
        }
        return build(new Scope(title, "", where, params, pageOrder(subjects.size(), metricId != null)), page,
                axes, onePassAxis);
    }

    /**
     * The view of one axis page. An axis of at most {@code onePassAxis} claims is summed up from one read
     * of the page's axes (in memory, an axis at a time), the others by their own SQL queries (0: every
     * axis by SQL; -1: as configured, {@code one-pass-axis} when the page's axes hold at most
     * {@code one-pass-claims} claims).
     */
    private ComparisonView build(Scope scope, PageRequest page, AxisPage axisPage, int onePassAxis) {
        int cap = Math.max(0, config.summaryIds());
        Axes found = groups(scope, axisPage);
        List<AxisRow> groups = found.rows();
        long total = found.claims();
        // A scope with more axes than the page: the claims paged and read in one pass are those of the page's axes.
        Scope paged = found.count() > groups.size() && !groups.isEmpty() ? scope.within(groups) : scope;
        long onPage = groups.stream().mapToLong(AxisRow::count).sum();
        int onePass = onePassAxis >= 0 ? onePassAxis : onPage <= config.onePassClaims() ? config.onePassAxis() : 0;
        // One page of claims, in id order across the axes (keyset on the primary key of the scope's index):
        // their ids from the index, then those claims.
        Map<String, Object> pageParams = new HashMap<>(paged.params());
        if (page.after() != null) {
            pageParams.put("after", page.after());
        }
        List<UUID> pageIds = groups.isEmpty() ? List.of() : ids("select c.id from " + claims(paged.order().index())
                + " " + paged.join() + " where " + paged.where() + (page.after() == null ? "" : " and c.id > :after")
                + " order by " + paged.order().sql(), pageParams, page.fetchSize());
        List<Claim> rows = pageIds.isEmpty() ? List.of() : em.createQuery("select c from Claim c join fetch c.subject"
                + " join fetch c.metric left join fetch c.claimant where c.id in :ids order by c.id", Claim.class)
                .setParameter("ids", pageIds).getResultList();
        boolean more = rows.size() > page.limit();
        List<Claim> shown = more ? rows.subList(0, page.limit()) : rows;
        String next = more ? Cursor.encode(shown.get(shown.size() - 1).id) : null;
        List<UUID> ids = shown.stream().map(c -> c.id).toList();
        Map<UUID, ComparisonView.FirstAppearance> firsts = firstAppearances(ids);
        Set<UUID> contradicted = disputes.of(ids).keySet();
        List<LinkView> among = links.among(ids).stream().filter(l -> l.state != LinkState.DISMISSED)
                .map(LinkView::of).toList();
        // The earliest and latest published claims of an axis join its claims to their sources: not
        // needed when no source has a date (one index lookup: V23_1 on PostgreSQL, V29_1 on H2).
        boolean dated = !groups.isEmpty()
                && em.createNativeQuery("select max(s.published_date) from source s").getSingleResult() != null;
        // Where the page's claims sit in their axis's clusters (filled in by the sweeps).
        Map<UUID, AxisSweep.Place> places = new HashMap<>();
        shown.forEach(c -> places.put(c.id, null));
        Map<AxisKey, AxisParts> read = onePass(paged, groups, onePass, cap, dated, places);
        List<ComparisonView.Axis> axes = new ArrayList<>();
        for (AxisRow g : groups) {
            List<Claim> mine = shown.stream().filter(g::holds).toList();
            AxisParts parts = read.get(g.key());
            if (parts == null) {
                parts = parts(scope, g, cap, dated, places);
            }
            axes.add(axis(g, mine, firsts, contradicted, parts, places));
        }
        return new ComparisonView(scope.title(), axes, among, total, next, found.count(),
                found.next() == null ? null : AxisPage.encode(found.next()));
    }

    /** An axis's identity: rows of one axis share it. */
    record AxisKey(UUID subject, UUID metric, String currency, String unitKey) {
    }

    /**
     * The parts of every axis of at most {@code limit} claims, from one read of the scope's claims in axis
     * order (rows of larger axes are passed over): one query for a topic of hundreds of small axes, where
     * the per-axis queries would be hundreds. Memory holds one axis's rows at a time.
     */
    private Map<AxisKey, AxisParts> onePass(Scope scope, List<AxisRow> groups, int limit, int cap, boolean dated,
            Map<UUID, AxisSweep.Place> places) {
        Map<AxisKey, AxisParts> out = new HashMap<>();
        Set<AxisKey> small = new HashSet<>();
        for (AxisRow g : groups) {
            if (g.count() <= limit) {
                small.add(g.key());
            }
        }
        if (small.isEmpty()) {
            return out;
        }
        String firstDates = " from appearance a join source s on s.id = a.source_id where a.claim_id = c.id"
                + " and a.first_appearance = true";
        String sql = "select c.subject_id, c.metric_id, c.figure_currency, lower(c.figure_unit), c.id, c.figure_kind,"
                + " c.figure_low, c.figure_high, c.figure_value, c.figure_category, case when " + IN_DOUBT
                + " then 1 else 0 end, " + (dated ? "(select min(s.published_date)" + firstDates + "), (select max(s.published_date)"
                        + firstDates + ")" : "null, null")
                + " from " + claims(scope.groupIndex()) + " " + scope.join() + " where " + scope.where()
                + " order by c.subject_id, c.metric_id, c.figure_currency, lower(c.figure_unit), c.id";
        AxisKey current = null;
        List<AxisParts.Row> rows = new ArrayList<>();
        try (Stream<Object[]> all = stream(sql, scope.params())) {
            for (Iterator<Object[]> it = all.iterator(); it.hasNext();) {
                Object[] r = it.next();
                AxisKey key = new AxisKey(uuid(r[0]), uuid(r[1]), (String) r[2], (String) r[3]);
                if (!key.equals(current)) {
                    if (current != null && small.contains(current)) {
                        out.put(current, AxisParts.of(rows, cap, places));
                    }
                    current = key;
                    rows = new ArrayList<>();
                }
                if (small.contains(key)) {
                    rows.add(new AxisParts.Row(uuid(r[4]), FigureKind.valueOf((String) r[5]), dec(r[6]), dec(r[7]), dec(r[8]), (String) r[9],
                            num(r[10]).intValue() == 1, date(r[11]), date(r[12])));
                }
            }
        }
        if (current != null && small.contains(current)) {
            out.put(current, AxisParts.of(rows, cap, places));
        }
        return out;
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    /** One axis as aggregated in SQL. */
    private record AxisRow(UUID subject, String subjectName, UUID metric, String currency, String unitKey,
            String unit, long count, long numeric, long points, BigDecimal minPoint, BigDecimal maxPoint,
            BigDecimal minVague, BigDecimal maxVague, long vague, String firstId, String metricKey) {

        AxisKey key() {
            return new AxisKey(subject, metric, currency, unitKey);
        }

        boolean holds(Claim c) {
            return c.subject.id.equals(subject) && c.metric.id.equals(metric)
                    && java.util.Objects.equals(c.figure.currency, currency)
                    && java.util.Objects.equals(c.figure.unit == null ? null : c.figure.unit.toLowerCase(Locale.ROOT),
                            unitKey);
        }

        /** The axis as a native SQL condition on {@code claim c}, with its parameters. */
        String where(Map<String, Object> params) {
            return where(params, "ax");
        }

        /** The same, its parameters named {@code prefix}Subject, {@code prefix}Metric, ... */
        String where(Map<String, Object> params, String prefix) {
            params.put(prefix + "Subject", subject);
            params.put(prefix + "Metric", metric);
            String w = "c.subject_id = :" + prefix + "Subject and c.metric_id = :" + prefix + "Metric";
            if (currency == null) {
                w += " and c.figure_currency is null";
            } else {
                params.put(prefix + "Currency", currency);
                w += " and c.figure_currency = :" + prefix + "Currency";
            }
            if (unitKey == null) {
                w += " and c.figure_unit is null";
            } else {
                params.put(prefix + "Unit", unitKey);
                w += " and lower(c.figure_unit) = :" + prefix + "Unit";
            }
            return w;
        }
    }

    /**
     * One page of a scope's axes: {@code count} axes and {@code claims} claims in the whole scope (exact),
     * {@code next} the last axis of the page when more follow.
     */
    private record Axes(List<AxisRow> rows, int count, long claims, AxisPage.After next) {
    }

    /**
     * One page of the scope's axes, aggregated in SQL, in axis order (subject name, metric key, the axis's
     * smallest claim id: a total order, as no claim is on two axes), after {@code page.after()}. The
     * database aggregates every axis of the scope but answers one page of them (a row more, to know
     * whether another page follows), each with the scope's axis and claim counts (window functions,
     * taken over every axis before the page is cut).
     */
    private Axes groups(Scope scope, AxisPage page) {
        String grouped = "select c.subject_id ax_subject, e.name ax_name, c.metric_id ax_metric,"
                + " c.figure_currency ax_currency, lower(c.figure_unit) ax_unit_key, min(c.figure_unit) ax_unit,"
                + " count(*) ax_n, sum(case when " + NUMERIC + " then 1 else 0 end) ax_numeric,"
                + " sum(case when " + POINT + " then 1 else 0 end) ax_points,"
                + " min(case when " + POINT + " then c.figure_value end) ax_min_point,"
                + " max(case when " + POINT + " then c.figure_value end) ax_max_point,"
                + " min(case when " + VAGUE + " then coalesce(c.figure_low, c.figure_high) end) ax_min_vague,"
                + " max(case when " + VAGUE + " then coalesce(c.figure_high, c.figure_low) end) ax_max_vague,"
                + " sum(case when " + VAGUE + " then 1 else 0 end) ax_vague,"
                + " min(cast(c.id as varchar(36))) ax_first, m.metric_key ax_metric_key"
                + " from " + claims(scope.groupIndex()) + " " + scope.join() + " join named_entity e on e.id = c.subject_id"
                + " join metric m on m.id = c.metric_id where " + scope.where()
                + " group by c.subject_id, e.name, c.metric_id, m.metric_key, c.figure_currency, lower(c.figure_unit)";
        Map<String, Object> params = new HashMap<>(scope.params());
        String after = "";
        if (page.after() != null) {
            params.put("afterName", page.after().subjectName());
            params.put("afterKey", page.after().metricKey());
            params.put("afterFirst", page.after().firstId().toString());
            after = " where w.ax_name > :afterName or (w.ax_name = :afterName and (w.ax_metric_key > :afterKey"
                    + " or (w.ax_metric_key = :afterKey and w.ax_first > :afterFirst)))";
        }
        String sql = "select w.* from (select g.*, count(*) over () ax_count, sum(g.ax_n) over () ax_claims from ("
                + grouped + ") g) w" + after + " order by w.ax_name, w.ax_metric_key, w.ax_first";
        List<AxisRow> out = new ArrayList<>();
        int count = 0;
        long claims = 0;
        for (Object[] r : nativeRows(sql, params, page.limit() + 1)) {
            out.add(new AxisRow(uuid(r[0]), (String) r[1], uuid(r[2]), (String) r[3], (String) r[4], (String) r[5],
                    num(r[6]).longValue(), num(r[7]).longValue(), num(r[8]).longValue(), dec(r[9]), dec(r[10]),
                    dec(r[11]), dec(r[12]), num(r[13]).longValue(), ((String) r[14]).trim(), (String) r[15]));
            count = num(r[16]).intValue();
            claims = num(r[17]).longValue();
        }
        if (out.isEmpty() && page.after() != null) {
            // Past the last axis: the counts are still the scope's.
            Object[] r = nativeRows("select count(*), coalesce(sum(g.ax_n), 0) from (" + grouped + ") g",
                    scope.params(), 0).get(0);
            count = num(r[0]).intValue();
            claims = num(r[1]).longValue();
        }
        if (out.size() <= page.limit()) {
            return new Axes(out, count, claims, null);
        }
        List<AxisRow> shown = out.subList(0, page.limit());
        AxisRow last = shown.get(shown.size() - 1);
        return new Axes(shown, count, claims,
                new AxisPage.After(last.subjectName(), last.metricKey(), UUID.fromString(last.firstId())));
    }

    /** {@code claim c}, with {@code index} named on H2 ({@code use index}) when there is one. */
    private String claims(String index) {
        return "claim c" + (index == null || database.postgresql() ? "" : " use index (" + index + ")");
    }

    /** An axis's parts by its own SQL queries: each reads the axis (index-only on PostgreSQL), none holds it. */
    private AxisParts parts(Scope scope, AxisRow g, int cap, boolean anyDated, Map<UUID, AxisSweep.Place> places) {
        Map<String, Object> params = new HashMap<>(scope.params());
        String where = scope.where() + " and " + g.where(params);
        String from = " from " + claims(scope.groupIndex()) + " " + scope.join() + " where " + where;

        // Clusters: one pass over the numeric rows by low bound, merged with their high bounds in order.
        AxisSweep.Result clusters;
        if (g.numeric() == 0) {
            clusters = new AxisSweep.Result(List.of(), 0);
        } else {
            try (Stream<Object[]> lows = stream("select c.id, c.figure_low, c.figure_high" + from + " and " + NUMERIC
                    + " order by c.figure_low nulls first, c.id", params);
                    Stream<Object[]> highs = stream("select c.figure_high, c.id" + from + " and " + NUMERIC
                            + " order by c.figure_high nulls last, c.id", params)) {
                Iterator<AxisSweep.Row> byLow = lows.map(r -> new AxisSweep.Row(uuid(r[0]), bound(r[1], true),
                        bound(r[2], false))).iterator();
                Iterator<Double> byHigh = highs.map(r -> bound(r[0], false)).iterator();
                clusters = AxisSweep.sweep(byLow, byHigh, cap, places,
                        c -> outliers(from, params, c, cap));
            }
        }

        List<UUID> vague = g.vague() == 0 ? List.of() : ids("select c.id" + from + " and " + VAGUE + " order by c.id",
                params, cap);
        int disputedCount = num(nativeRows("select count(*)" + from + " and " + IN_DOUBT, params, 0).get(0)).intValue();
        List<UUID> disputed = disputedCount == 0 ? List.of()
                : ids("select c.id" + from + " and " + IN_DOUBT + " order by c.id", params, cap);
        List<ComparisonView.CategoryValue> categories = new ArrayList<>();
        int categoryCount = 0;
        if (g.count() > g.numeric()) {
            for (Object[] r : nativeRows("select c.figure_category, count(*), min(cast(c.id as varchar(36)))" + from
                    + " and c.figure_kind = 'CATEGORY' group by c.figure_category order by count(*) desc, c.figure_category",
                    params, 0)) {
                categoryCount++;
                if (categories.size() < cap) {
                    String category = (String) r[0];
                    Map<String, Object> p = new HashMap<>(params);
                    p.put("category", category);
                    List<UUID> claims = ids("select c.id" + from + " and c.figure_kind = 'CATEGORY' and "
                            + (category == null ? "c.figure_category is null" : "c.figure_category = :category")
                            + " order by c.id", category == null ? params : p, cap);
                    categories.add(new ComparisonView.CategoryValue(category, claims, num(r[1]).intValue()));
                }
            }
        }
        String dated = "select c.id from " + claims(scope.groupIndex()) + " " + scope.join()
                + " join appearance a on a.claim_id = c.id and a.first_appearance = true join source s on s.id = a.source_id"
                + " where " + where + " and s.published_date is not null order by s.published_date ";
        List<UUID> earliest = anyDated ? ids(dated + "asc, c.id", params, 1) : List.of();
        List<UUID> latest = anyDated ? ids(dated + "desc, c.id", params, 1) : List.of();
        return new AxisParts(clusters, vague, disputed, disputedCount, categories, categoryCount,
                earliest.isEmpty() ? null : earliest.get(0), latest.isEmpty() ? null : latest.get(0),
                median(from, params, g.points()));
    }

    private ComparisonView.Axis axis(AxisRow g, List<Claim> mine, Map<UUID, ComparisonView.FirstAppearance> firsts,
            Set<UUID> contradicted, AxisParts parts, Map<UUID, AxisSweep.Place> places) {
        // The stated min and max: a stated point at the same value as a vague end wins.
        Double min = minOf(g.minPoint(), g.minVague());
        Double max = maxOf(g.maxPoint(), g.maxVague());
        boolean minVague = g.minVague() != null && (g.minPoint() == null || g.minVague().compareTo(g.minPoint()) < 0);
        boolean maxVague = g.maxVague() != null && (g.maxPoint() == null || g.maxVague().compareTo(g.maxPoint()) > 0);
        Double spread = g.numeric() < 2 || min == null || min <= 0 ? null : max / min;

        List<ComparisonView.Entry> entries = new ArrayList<>();
        for (Claim c : mine) {
            Figure f = c.figure();
            boolean isCategory = f.kind() == FigureKind.CATEGORY;
            AxisSweep.Place place = places.get(c.id);
            boolean isDisputed = Disputes.inDoubt(c.verdict, c.supersededBy != null, contradicted.contains(c.id));
            entries.add(new ComparisonView.Entry(c.id, c.statement, c.language, f,
                    f.low() == null ? null : f.low().doubleValue(), f.high() == null ? null : f.high().doubleValue(),
                    c.claimant == null ? null : new ComparisonView.Ref(c.claimant.id, c.claimant.name), firsts.get(c.id),
                    c.verdict, !isCategory && place != null ? place.cluster() : 0, place != null && place.outlier(),
                    isDisputed, c.supersededBy == null ? null : UUID.fromString(c.supersededBy.trim()),
                    !isCategory && !f.kind().isPoint()));
        }
        Metric metric = em.find(Metric.class, g.metric());
        return new ComparisonView.Axis(new ComparisonView.Ref(g.subject(), g.subjectName()),
                new ComparisonView.MetricRef(metric.metricKey, metric.label("fr"), metric.label("en"), metric.dimension,
                        metric.multiValued, metric.labelsForReaders()), g.currency(), g.unit(), entries,
                new ComparisonView.Summary((int) g.count(), min, max, spread, parts.median(),
                        parts.clusters().clusters(), parts.earliest(), parts.latest(), parts.disputed(),
                        (int) g.numeric(), (int) g.points(), minVague, maxVague, parts.vague(), parts.categories(),
                        g.count() == 1 ? UUID.fromString(g.firstId()) : null, parts.disputedCount(), (int) g.vague(),
                        parts.clusters().count(), parts.categoryCount()));
    }

    /**
     * The median of the stated point values: the middle one or two rows in value order (one sorted
     * read of the axis's points, two rows returned; portable, where H2's percentile_cont fails on
     * large decimals).
     */
    private Double median(String from, Map<String, Object> params, long points) {
        if (points == 0) {
            return null;
        }
        var q = em.createNativeQuery("select c.figure_value" + from + " and " + POINT + " order by c.figure_value")
                .setFirstResult((int) Math.min(Integer.MAX_VALUE, (points - 1) / 2)).setMaxResults(points % 2 == 1 ? 1 : 2);
        params.forEach(q::setParameter);
        List<?> values = q.getResultList();
        return values.stream().mapToDouble(v -> num(v).doubleValue()).average().orElse(Double.NaN);
    }

    /** The outliers of a cluster too large to keep in memory: its members (by extent) that miss the consensus. */
    private AxisSweep.Outliers.Result outliers(String from, Map<String, Object> params, AxisSweep.Component c, int cap) {
        Map<String, Object> p = new HashMap<>(params);
        StringBuilder w = new StringBuilder(" and ").append(NUMERIC);
        // Members: lows within the component's extent (components are disjoint along the axis).
        if (Double.isInfinite(c.low())) {
            w.append(" and (c.figure_low is null");
        } else {
            p.put("cLow", BigDecimal.valueOf(c.low()));
            w.append(" and (c.figure_low >= :cLow");
        }
        if (Double.isInfinite(c.high())) {
            // Open above: every low from the component's start (or every low at all when it is open below too).
            w.append(Double.isInfinite(c.low()) ? " or c.figure_low is not null)" : ")");
        } else {
            p.put("cHigh", BigDecimal.valueOf(c.high()));
            w.append(Double.isInfinite(c.low()) ? " or c.figure_low <= :cHigh)" : " and c.figure_low <= :cHigh)");
        }
        // Missing the consensus: ends below it or starts above it.
        List<String> miss = new ArrayList<>();
        if (!Double.isInfinite(c.consensusLow())) {
            p.put("consLow", BigDecimal.valueOf(c.consensusLow()));
            miss.add("c.figure_high < :consLow");
        }
        if (!Double.isInfinite(c.consensusHigh())) {
            p.put("consHigh", BigDecimal.valueOf(c.consensusHigh()));
            miss.add("c.figure_low > :consHigh");
        }
        if (miss.isEmpty()) {
            return new AxisSweep.Outliers.Result(List.of(), 0);
        }
        w.append(" and (").append(String.join(" or ", miss)).append(")");
        int count = num(nativeRows("select count(*)" + from + w, p, 0).get(0)).intValue();
        return new AxisSweep.Outliers.Result(ids("select c.id" + from + w + " order by c.id", p, cap), count);
    }

    private Map<UUID, ComparisonView.FirstAppearance> firstAppearances(List<UUID> ids) {
        Map<UUID, ComparisonView.FirstAppearance> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Appearance a : em.createQuery("select a from Appearance a join fetch a.source where a.claim.id in :ids"
                + " and a.firstAppearance = true order by a.createdAt, a.id", Appearance.class)
                .setParameter("ids", ids).getResultList()) {
            out.putIfAbsent(a.claim.id, new ComparisonView.FirstAppearance(a.source.id, a.source.title,
                    a.source.publisher, a.source.url, a.source.publishedDate));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> nativeRows(String sql, Map<String, Object> params, int limit) {
        var q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        if (limit > 0) {
            q.setMaxResults(limit);
        }
        List<?> rows = q.getResultList();
        List<Object[]> out = new ArrayList<>(rows.size());
        for (Object r : rows) {
            out.add(r instanceof Object[] a ? a : new Object[] {r});
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Stream<Object[]> stream(String sql, Map<String, Object> params) {
        var q = em.createNativeQuery(sql).setHint("org.hibernate.fetchSize", FETCH).setHint("org.hibernate.readOnly", true);
        params.forEach(q::setParameter);
        return ((Stream<Object>) q.getResultStream()).map(r -> (Object[]) r);
    }

    private List<UUID> ids(String sql, Map<String, Object> params, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return nativeRows(sql, params, limit).stream().map(r -> uuid(r[0])).toList();
    }

    private static double bound(Object o, boolean low) {
        return o == null ? (low ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY) : num(o).doubleValue();
    }

    private static Double minOf(BigDecimal a, BigDecimal b) {
        BigDecimal m = a == null ? b : b == null ? a : a.min(b);
        return m == null ? null : m.doubleValue();
    }

    private static Double maxOf(BigDecimal a, BigDecimal b) {
        BigDecimal m = a == null ? b : b == null ? a : a.max(b);
        return m == null ? null : m.doubleValue();
    }

    private static Number num(Object o) {
        return o instanceof Object[] a ? (Number) a[0] : (Number) o;
    }

    private static BigDecimal dec(Object o) {
        return o == null ? null : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    static UUID uuid(Object o) {
        if (o instanceof UUID u) {
            return u;
        }
        if (o instanceof byte[] b) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(b);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(o.toString().trim());
    }
}
