package io.crosscheck.metric;

import com.fasterxml.jackson.databind.JsonNode;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.ETags;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Patcher;
import io.crosscheck.common.Query;
import io.crosscheck.figure.Dimension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import io.crosscheck.common.Languages;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

/**
 * Rules for metrics: keys are unique, and a metric's dimension cannot change while claims use it
 * (their figures were checked against it).
 */
@ApplicationScoped
public class MetricService {

    private final MetricRepository metrics;
    private final Patcher patcher;

    MetricService(MetricRepository metrics, Patcher patcher) {
        this.metrics = metrics;
        this.patcher = patcher;
    }

    public Page<MetricView> list(String q, Dimension dimension, PageRequest page) {
        Query query = new Query()
                .and("(lower(metricKey) like :q escape '\\' or lower(labelFr) like :q escape '\\' "
                        + "or lower(labelEn) like :q escape '\\')", "q", Query.contains(q))
                .and("dimension = :dimension", "dimension", dimension);
        return Page.of(query.page(metrics, page), page, m -> m.id, MetricView::of);
    }

    public MetricView get(String idOrKey) {
        return MetricView.of(find(idOrKey));
    }

    /** A metric by id or by key; 404 when neither matches. */
    public Metric find(String idOrKey) {
        return findOptional(idOrKey).orElseThrow(() -> ApiException.notFound("metric", idOrKey));
    }

    public Optional<Metric> findOptional(String idOrKey) {
        UUID id = Ids.tryParse(idOrKey);
        return id != null ? metrics.findByIdOptional(id) : metrics.findByKey(idOrKey);
    }

    /** The metric a reference names, for a write: an id or a key (ignoring case); 422 on {@code field} otherwise. */
    public Metric resolveOne(String ref, String field) {
        String wanted = ref == null ? "" : ref.trim();
        if (wanted.isEmpty()) {
            throw ApiException.unprocessable(field, "must name a metric (its key or id)");
        }
        return findOptional(wanted).or(() -> metrics.findByKey(wanted.toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> ApiException.unprocessable(field, "no metric has the key or id '" + wanted
                        + "'; see GET /api/metrics"));
    }

    @Transactional
    public MetricView create(MetricInput input) {
        Metric metric = new Metric();
        apply(metric, input);
        metrics.persistAndFlush(metric);
        return MetricView.of(metric);
    }

    @Transactional
    public MetricView update(String idOrKey, MetricInput input, String ifMatch) {
        Metric metric = find(idOrKey);
        ETags.checkIfMatch(ifMatch, metric.version);
        if (metric.dimension != input.dimension() && claimCount(metric.id) > 0) {
            throw ApiException.conflict("Claims use this metric, so its dimension cannot change from "
                    + metric.dimension + " to " + input.dimension() + ".");
        }
        apply(metric, input);
        metrics.flush();
        return MetricView.of(metric);
    }

    @Transactional
    public MetricView patch(String idOrKey, JsonNode patch, String ifMatch) {
        return update(idOrKey, patcher.apply(MetricInput.from(find(idOrKey)), patch, MetricInput.class), ifMatch);
    }

    @Transactional
    public void delete(String idOrKey, String ifMatch) {
        Metric metric = find(idOrKey);
        ETags.checkIfMatch(ifMatch, metric.version);
        long uses = claimCount(metric.id);
        if (uses > 0) {
            throw ApiException.conflict(uses + " claim(s) use this metric.", Map.of("claims", uses));
        }
        metrics.delete(metric);
    }

    private static String agree(String given, String other, String field, String otherField) {
        if (given != null && !given.trim().equals(other.trim())) {
            throw ApiException.invalid(field, "differs from " + otherField + "; give the label once");
        }
        return other;
    }

    private long claimCount(UUID metricId) {
        return ((Number) metrics.getEntityManager()
                .createNativeQuery("select count(*) from claim where metric_id = :id")
                .setParameter("id", metricId).getSingleResult()).longValue();
    }

    private void apply(Metric metric, MetricInput input) {
        metrics.findByKey(input.key()).filter(other -> !other.id.equals(metric.id)).ifPresent(other -> {
            throw ApiException.conflict("A metric with key '" + input.key() + "' already exists: " + other.id + ".",
                    Map.of("existingId", other.id));
        });
        metric.metricKey = input.key();
        String fr = Query.blankToNull(input.labelFr());
        String en = Query.blankToNull(input.labelEn());
        if (input.labels() != null) {
            for (Map.Entry<String, String> label : input.labels().entrySet()) {
                String lang = label.getKey() == null ? "" : label.getKey().trim();
                String text = Query.blankToNull(label.getValue());
                if (text == null) {
                    continue;
                }
                if (lang.equals("fr") || lang.startsWith("fr-")) {
                    fr = agree(fr, text, "labels.fr", "labelFr");
                } else if (lang.equals("en") || lang.startsWith("en-")) {
                    en = agree(en, text, "labels.en", "labelEn");
                } else {
                    throw ApiException.invalid("labels." + lang, "labels are kept in fr and en; give one of those");
                }
            }
        }
        if (fr == null && en == null) {
            throw ApiException.invalid("labelEn", "give a label in at least one language (labelEn, labelFr or labels)");
        }
        metric.labelFr = fr == null ? null : fr.trim();
        metric.labelEn = en == null ? null : en.trim();
        metric.triggers.clear();
        if (input.triggers() != null) {
            Set<String> seen = new HashSet<>();
            for (Map.Entry<String, List<String>> entry : input.triggers().entrySet()) {
                String lang = entry.getKey() == null ? "" : entry.getKey().trim().toLowerCase(Locale.ROOT);
                if (!lang.matches(Languages.TAG)) {
                    throw ApiException.invalid("triggers." + lang, Languages.TAG_MESSAGE);
                }
                for (String phrase : entry.getValue() == null ? List.<String>of() : entry.getValue()) {
                    String p = phrase == null ? "" : phrase.strip().replaceAll("\\s+", " ");
                    if (p.isEmpty()) {
                        throw ApiException.invalid("triggers." + lang, "must not hold blank words");
                    }
                    if (seen.add(lang + "\u0000" + p.toLowerCase(Locale.ROOT))) {
                        metric.triggers.add(new MetricTrigger(lang, p));
                    }
                }
            }
        }
        metric.dimension = input.dimension();
        metric.multiValued = Boolean.TRUE.equals(input.multiValued());
        metric.description = Query.blankToNull(input.description());
    }
}
