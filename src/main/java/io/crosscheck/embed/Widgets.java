package io.crosscheck.embed;

import io.crosscheck.claim.ClaimService;
import io.crosscheck.claim.ClaimView;
import io.crosscheck.common.PageRequest;
import io.crosscheck.compare.AxisPage;
import io.crosscheck.compare.ComparisonService;
import io.crosscheck.compare.ComparisonView;
import io.crosscheck.console.Texts;
import io.crosscheck.link.LinkFilter;
import io.crosscheck.link.LinkService;
import io.crosscheck.link.LinkView;
import io.crosscheck.metric.MetricService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Reads what a widget shows (in one transaction) and renders it with {@link WidgetHtml}, within its
 * byte budget. Knows nothing of HTTP or caching.
 */
@ApplicationScoped
public class Widgets {

    private final ClaimService claims;
    private final LinkService links;
    private final ComparisonService comparisons;
    private final MetricService metrics;
    private final EmbedConfig config;

    Widgets(ClaimService claims, LinkService links, ComparisonService comparisons, MetricService metrics,
            EmbedConfig config) {
        this.claims = claims;
        this.links = links;
        this.comparisons = comparisons;
        this.metrics = metrics;
        this.config = config;
    }

    @Transactional
    public String claim(UUID id, Shell shell) {
        ClaimView claim = claims.get(id);
        List<LinkView> linked = links.list(new LinkFilter(null, null, null, id), new PageRequest(100, null))
                .items();
        return WidgetHtml.claim(shell, ClaimCard.of(claim, linked, shell, other -> figureIn(other, shell)));
    }

    /** Another claim's figure in the widget's language ("$5.6 million", not "5,6 millions de dollars"). */
    private String figureIn(UUID id, Shell shell) {
        try {
            return claims.get(id).figure().rendered().full(shell.lang());
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Transactional
    public String topic(String slug, Shell shell) {
        ComparisonView view = comparisons.forTopic(slug, top(), axes());
        return topic(view, view.title(), shell, shell.base() + "/topics/" + slug + "?lang=" + shell.lang());
    }

    /**
     * A subject's comparison, titled with the subject and the metric's label in the widget's language
     * (never the metric's key); it links to the console's list of those claims.
     */
    @Transactional
    public String comparison(String subject, String metric, Shell shell) {
        ComparisonView view = comparisons.forSubject(subject, metric, top(), axes());
        String label = metric == null ? null : metrics.findOptional(metric)
                .map(m -> m.label(shell.lang())).orElse(metric);
        String name = view.axes().isEmpty() ? subject : view.axes().get(0).subject().name();
        String href = shell.base() + "/claims?subject=" + encode(subject)
                + (metric == null ? "" : "&metric=" + encode(metric)) + "&lang=" + shell.lang();
        return topic(view, name + (label == null ? "" : " · " + label), shell, href);
    }

    private PageRequest top() {
        return new PageRequest(Math.max(1, Math.min(100, config.maxClaims())), null);
    }

    /** Only the axes the widget shows; the card counts the others from {@code axisCount}. */
    private AxisPage axes() {
        return AxisPage.first(Math.min(comparisons.maxAxes(), Math.max(1, config.maxAxes())));
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String message(Shell shell, String key) {
        return WidgetHtml.message(shell, shell.w().get(key));
    }

    private String topic(ComparisonView view, String title, Shell shell, String href) {
        Texts t = Texts.pick(shell.lang(), null);
        return WidgetHtml.topic(view, shell, title, t.get("chart"), href, config.maxAxes(), config.showUnreviewed(),
                t.get("story"), t.get("vague"));
    }
}
