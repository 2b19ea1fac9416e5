package io.crosscheck.compare;

import io.crosscheck.claim.Appearance;
import io.crosscheck.claim.Claim;
import io.crosscheck.claim.ClaimRepository;
import io.crosscheck.claim.Disputes;
import io.crosscheck.common.ApiException;
import io.crosscheck.entity.EntityService;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureKind;
import io.crosscheck.link.LinkRepository;
import io.crosscheck.link.LinkState;
import io.crosscheck.link.LinkView;
import io.crosscheck.metric.MetricService;
import io.crosscheck.topic.Topic;
import io.crosscheck.topic.TopicService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Builds comparisons of a topic's claims, or of one subject (and optionally one metric). */
@ApplicationScoped
public class ComparisonService {

    private final TopicService topics;
    private final ClaimRepository claims;
    private final LinkRepository links;
    private final EntityService entities;
    private final MetricService metrics;
    private final Disputes disputes;

    ComparisonService(TopicService topics, ClaimRepository claims, LinkRepository links, EntityService entities,
            MetricService metrics, Disputes disputes) {
        this.disputes = disputes;
        this.topics = topics;
        this.claims = claims;
        this.links = links;
        this.entities = entities;
        this.metrics = metrics;
    }

    @Transactional
    public ComparisonView forTopic(String slug) {
        Topic topic = topics.find(slug);
        return build(topic.title, new ArrayList<>(topic.claims));
    }

    @Transactional
    public ComparisonView forSubject(String subject, String metric) {
        if (subject == null) {
            throw ApiException.invalid("subject", "is required (entity id, name or alias)");
        }
        List<UUID> subjects = entities.resolve(subject);
        UUID metricId = metric == null ? null : metrics.findOptional(metric).map(m -> m.id).orElse(null);
        // The metric is filtered in SQL (index (subject_id, id), V14), not after loading every claim of the subject.
        List<Claim> found = subjects.isEmpty() || metric != null && metricId == null ? List.of()
                : metric == null ? claims.list("subject.id in ?1 order by id", subjects)
                : claims.list("subject.id in ?1 and metric.id = ?2 order by id", subjects, metricId);
        return build(subject + (metric == null ? "" : " · " + metric), found);
    }

    private ComparisonView build(String title, List<Claim> all) {
        List<LinkView> among = links.among(all.stream().map(c -> c.id).toList()).stream()
                .filter(l -> l.state != LinkState.DISMISSED).map(LinkView::of).toList();
        Set<UUID> contradicted = disputes.of(all.stream().map(c -> c.id).toList()).keySet();
        Map<String, List<Claim>> byAxis = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing((Claim c) -> c.subject.name).thenComparing(c -> c.metric.metricKey)
                .thenComparing(c -> c.id)).forEach(c -> byAxis.computeIfAbsent(c.subject.id + "|" + c.metric.id + "|"
                        + c.figure.currency + "|" + (c.figure.unit == null ? "" : c.figure.unit.toLowerCase(Locale.ROOT)),
                        k -> new ArrayList<>()).add(c));
        List<ComparisonView.Axis> axes = byAxis.values().stream().map(group -> axis(group, contradicted)).toList();
        return new ComparisonView(title, axes, among);
    }

    private static ComparisonView.Axis axis(List<Claim> group, Set<UUID> contradicted) {
        Claim first = group.get(0);
        boolean numeric = group.stream().anyMatch(c -> c.figure.kind != FigureKind.CATEGORY);
        List<Clusters.Item> items = new ArrayList<>();
        for (int i = 0; i < group.size() && numeric; i++) {
            Figure f = group.get(i).figure();
            if (f.kind() == FigureKind.CATEGORY) {
                continue;
            }
            items.add(new Clusters.Item(i, f.low() == null ? Double.NEGATIVE_INFINITY : f.low().doubleValue(),
                    f.high() == null ? Double.POSITIVE_INFINITY : f.high().doubleValue()));
        }
        List<Clusters.Cluster> clusters = numeric ? Clusters.of(items) : List.of();
        int[] clusterOf = new int[group.size()];
        Set<Integer> outliers = new HashSet<>();
        List<ComparisonView.ClusterView> clusterViews = new ArrayList<>();
        for (int k = 0; k < clusters.size(); k++) {
            Clusters.Cluster cl = clusters.get(k);
            for (int m : cl.members()) {
                clusterOf[m] = k + 1;
            }
            if (cl.members().size() > 1) {
                outliers.addAll(cl.outliers());
            }
            clusterViews.add(new ComparisonView.ClusterView(k + 1, cl.members().stream().map(m -> group.get(m).id).toList(),
                    finite(cl.consensusLow()), finite(cl.consensusHigh()),
                    cl.members().size() > 1 ? cl.outliers().stream().map(m -> group.get(m).id).toList() : List.of()));
        }
        List<ComparisonView.Entry> entries = new ArrayList<>();
        List<Double> points = new ArrayList<>();
        List<UUID> disputed = new ArrayList<>();
        List<UUID> vague = new ArrayList<>();
        Map<String, List<UUID>> categories = new LinkedHashMap<>();
        Double min = null;
        Double max = null;
        boolean minVague = false;
        boolean maxVague = false;
        int numericCount = 0;
        UUID earliest = null;
        UUID latest = null;
        java.time.LocalDate earliestDate = null;
        java.time.LocalDate latestDate = null;
        for (int i = 0; i < group.size(); i++) {
            Claim c = group.get(i);
            Figure f = c.figure();
            boolean isDisputed = Disputes.inDoubt(c.verdict, c.supersededBy != null, contradicted.contains(c.id));
            if (isDisputed) {
                disputed.add(c.id);
            }
            ComparisonView.FirstAppearance fa = c.appearances.stream().filter(a -> a.firstAppearance).findFirst()
                    .map(ComparisonService::first).orElse(null);
            if (fa != null && fa.date() != null) {
                if (earliestDate == null || fa.date().isBefore(earliestDate)) {
                    earliestDate = fa.date();
                    earliest = c.id;
                }
                if (latestDate == null || fa.date().isAfter(latestDate)) {
                    latestDate = fa.date();
                    latest = c.id;
                }
            }
            boolean isCategory = f.kind() == FigureKind.CATEGORY;
            boolean isVague = !isCategory && !f.kind().isPoint();
            if (isCategory) {
                categories.computeIfAbsent(f.category(), k -> new ArrayList<>()).add(c.id);
            } else {
                numericCount++;
                if (isVague) {
                    vague.add(c.id);
                } else {
                    points.add(f.value().doubleValue());
                }
                for (BigDecimal stated : stated(f)) {
                    double d = stated.doubleValue();
                    if (min == null || d < min) {
                        min = d;
                        minVague = isVague;
                    } else if (d == min && !isVague) {
                        minVague = false;
                    }
                    if (max == null || d > max) {
                        max = d;
                        maxVague = isVague;
                    } else if (d == max && !isVague) {
                        maxVague = false;
                    }
                }
            }
            entries.add(new ComparisonView.Entry(c.id, c.statement, c.language, f,
                    f.low() == null ? null : f.low().doubleValue(), f.high() == null ? null : f.high().doubleValue(),
                    c.claimant == null ? null : new ComparisonView.Ref(c.claimant.id, c.claimant.name), fa, c.verdict,
                    numeric && !isCategory ? clusterOf[i] : 0, outliers.contains(i), isDisputed,
                    c.supersededBy == null ? null : UUID.fromString(c.supersededBy.trim()), isVague));
        }
        points.sort(Comparator.naturalOrder());
        Double spread = numericCount < 2 || min == null || min <= 0 ? null : max / min;
        Double median = points.isEmpty() ? null : points.size() % 2 == 1 ? points.get(points.size() / 2)
                : (points.get(points.size() / 2 - 1) + points.get(points.size() / 2)) / 2;
        List<ComparisonView.CategoryValue> categoryValues = categories.entrySet().stream()
                .map(e -> new ComparisonView.CategoryValue(e.getKey(), e.getValue())).toList();
        var metric = first.metric;
        return new ComparisonView.Axis(new ComparisonView.Ref(first.subject.id, first.subject.name),
                new ComparisonView.MetricRef(metric.metricKey, metric.label("fr"), metric.label("en"), metric.dimension,
                        metric.multiValued), first.figure.currency, first.figure.unit, entries,
                new ComparisonView.Summary(entries.size(), min, max, spread, median, clusterViews, earliest, latest,
                        disputed, numericCount, points.size(), minVague, maxVague, vague, categoryValues,
                        entries.size() == 1 ? entries.get(0).id() : null));
    }

    private static ComparisonView.FirstAppearance first(Appearance a) {
        return new ComparisonView.FirstAppearance(a.source.id, a.source.title, a.source.publisher, a.source.url,
                a.source.publishedDate);
    }

    /** The numbers a figure states: a point's value, a range's two ends, a bound; none for a category. */
    static List<BigDecimal> stated(Figure f) {
        if (f.kind() == FigureKind.CATEGORY) {
            return List.of();
        }
        if (f.kind().isPoint()) {
            return List.of(f.value());
        }
        List<BigDecimal> out = new ArrayList<>(2);
        if (f.low() != null) {
            out.add(f.low());
        }
        if (f.high() != null) {
            out.add(f.high());
        }
        return out;
    }

    private static Double finite(double d) {
        return Double.isInfinite(d) ? null : d;
    }
}
