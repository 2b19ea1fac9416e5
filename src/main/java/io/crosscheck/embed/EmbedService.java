package io.crosscheck.embed;

import io.crosscheck.common.ApiException;
import io.crosscheck.common.Languages;
import io.crosscheck.console.Texts;
import io.crosscheck.entity.EntityService;
import io.crosscheck.metric.MetricService;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Serves widgets at close to static-file speed: the ETag comes from a change stamp (cached, at most
 * one small query), a matching {@code If-None-Match} is answered without rendering, and rendered
 * HTML is kept by ETag.
 */
@ApplicationScoped
public class EmbedService {

    /** A widget answer: 200 with a body, 304 without, or an HTML error page (no ETag). */
    public record Answer(int status, byte[] body, String etag) {
    }

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final ChangeStamps stamps;
    private final WidgetCache cache;
    private final Widgets widgets;
    private final EntityService entities;
    private final MetricService metrics;

    EmbedService(ChangeStamps stamps, WidgetCache cache, Widgets widgets, EntityService entities, MetricService metrics) {
        this.stamps = stamps;
        this.cache = cache;
        this.widgets = widgets;
        this.entities = entities;
        this.metrics = metrics;
    }

    /**
     * Language from {@code ?lang=} (a supported language, else 400 with a field error on {@code lang}),
     * then Accept-Language (as the console); theme light unless dark.
     */
    public Shell shell(String lang, String acceptLanguage, String theme, String base) {
        String l = Texts.pick(Languages.requireSupported(lang, "lang"), acceptLanguage).lang;
        return new Shell(l, "dark".equalsIgnoreCase(theme) ? "dark" : "light", base, new Words(l));
    }

    public Answer claim(String id, Shell shell, String ifNoneMatch, boolean fresh) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return error(404, shell, "notFound");
        }
        Optional<String> stamp = stamps.claim(uuid);
        if (stamp.isEmpty()) {
            return error(404, shell, "notFound");
        }
        return answer('c', uuid, stamp.get(), shell, ifNoneMatch, fresh, () -> widgets.claim(uuid, shell));
    }

    public Answer topic(String slug, Shell shell, String ifNoneMatch, boolean fresh) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            return error(404, shell, "notFound");
        }
        return answer('t', slug, stamps.global(), shell, ifNoneMatch, fresh, () -> widgets.topic(slug, shell));
    }

    public Answer comparison(String subject, String metric, Shell shell, String ifNoneMatch, boolean fresh) {
        if (subject == null || subject.isBlank()) {
            return error(400, shell, "badRequest");
        }
        String key = subject.length() + ":" + subject + "|" + (metric == null ? "" : metric);
        String subjectRef = subject.strip();
        String metricRef = metric == null || metric.isBlank() ? null : metric.strip();
        return answer('s', key, stamps.comparison(key, () -> scope(subjectRef, metricRef)), shell, ifNoneMatch, fresh,
                () -> widgets.comparison(subjectRef, metricRef, shell));
    }

    /** What a comparison's references name, resolved as {@code ComparisonService.forSubject} resolves them. */
    private ChangeStamps.Scope scope(String subject, String metric) {
        return new ChangeStamps.Scope(entities.resolve(subject),
                metric == null ? null : metrics.findOptional(metric).map(m -> m.id).orElse(null), metric != null);
    }

    private Answer answer(char kind, Object key, String stamp, Shell shell, String ifNoneMatch, boolean fresh,
            Supplier<String> render) {
        String etag = "\"" + kind + stamp + "." + shell.lang() + "." + shell.theme().charAt(0) + "."
                + Integer.toHexString(shell.base().hashCode()) + "." + WidgetAssets.VERSION + "\"";
        if (matches(ifNoneMatch, etag)) {
            return new Answer(304, null, etag);
        }
        String cacheKey = kind + ":" + key + etag;
        byte[] html = fresh ? null : cache.get(cacheKey);
        if (html == null) {
            try {
                html = render.get().getBytes(StandardCharsets.UTF_8);
            } catch (ApiException e) {
                // Deleted between the stamp and the render, or an unknown topic slug.
                return error(e.status() == 404 ? 404 : 400, shell, e.status() == 404 ? "notFound" : "badRequest");
            }
            cache.put(cacheKey, html);
        }
        return new Answer(200, html, etag);
    }

    private Answer error(int status, Shell shell, String key) {
        return new Answer(status, widgets.message(shell, key).getBytes(StandardCharsets.UTF_8), null);
    }

    /** RFC 9110 If-None-Match: weak comparison, a list, or {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isEmpty()) {
            return false;
        }
        if (ifNoneMatch.equals(etag)) {
            return true;
        }
        for (String t : ifNoneMatch.split(",")) {
            String tag = t.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }
}
