package io.crosscheck.metric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.TreeMap;
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
                .and("(lower(metricKey) like :q escape '\\' or id in (select x.id from Metric x join x.labels l "
                        + "where lower(l) like :q escape '\\'))", "q", Query.contains(q))
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
        return update(idOrKey, patcher.apply(MetricInput.from(find(idOrKey)), foldLabelAliases(patch), MetricInput.class),
                ifMatch);
    }

    /**
     * A patch's deprecated {@code labelFr}/{@code labelEn} moved into {@code labels.fr}/{@code labels.en}
     * (a null still removes that label), so an old client's patch merges into the labels kept.
     */
    private static JsonNode foldLabelAliases(JsonNode patch) {
        if (patch == null || !patch.isObject() || !(patch.has("labelFr") || patch.has("labelEn"))) {
            return patch;
        }
        ObjectNode copy = ((ObjectNode) patch).deepCopy();
        JsonNode given = copy.get("labels");
        ObjectNode labels = given != null && given.isObject() ? (ObjectNode) given : copy.objectNode();
        for (String[] alias : new String[][] {{"labelFr", "fr"}, {"labelEn", "en"}}) {
            JsonNode value = copy.remove(alias[0]);
            if (value != null) {
                if (labels.has(alias[1]) && !labels.get(alias[1]).equals(value)) {
                    throw ApiException.invalid("labels." + alias[1], "differs from " + alias[0] + "; give the label once");
                }
                labels.set(alias[1], value);
            }
        }
        copy.set("labels", labels);
        return copy;
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

    /** A deprecated label field ({@code labelFr}, {@code labelEn}): the same as its {@code labels} key, given once. */
    private static void alias(Map<String, String> labels, String lang, String value, String field) {
        String text = Query.blankToNull(value);
        if (text == null) {
            return;
        }
        String keyed = labels.get(lang);
        if (keyed != null && !keyed.equals(text.trim())) {
            throw ApiException.invalid("labels." + lang, "differs from " + field + "; give the label once");
        }
        labels.put(lang, text.trim());
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
        Map<String, String> labels = new TreeMap<>();
        if (input.labels() != null) {
            for (Map.Entry<String, String> label : input.labels().entrySet()) {
                String given = label.getKey() == null ? "" : label.getKey().trim();
                String lang = Languages.supported(given);
                if (lang == null) {
                    throw ApiException.invalid("labels." + given, "labels are kept in the supported languages "
                            + String.join(", ", Languages.SUPPORTED) + "; give one of those");
                }
                String text = Query.blankToNull(label.getValue());
                if (text != null && labels.put(lang, text.trim()) != null) {
                    throw ApiException.invalid("labels." + given, "names a language given twice");
                }
            }
        }
        alias(labels, "fr", input.labelFr(), "labelFr");
        alias(labels, "en", input.labelEn(), "labelEn");
        if (labels.isEmpty()) {
            throw ApiException.invalid("labels", "give a label in at least one supported language ("
                    + String.join(", ", Languages.SUPPORTED) + ")");
        }
        metric.labels.keySet().retainAll(labels.keySet());
        metric.labels.putAll(labels);
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
