package io.crosscheck.embed;

import io.crosscheck.claim.ClaimService;
import io.crosscheck.claim.ClaimView;
import io.crosscheck.common.PageRequest;
import io.crosscheck.compare.ComparisonService;
import io.crosscheck.compare.ComparisonView;
import io.crosscheck.console.Texts;
import io.crosscheck.link.LinkFilter;
import io.crosscheck.link.LinkService;
import io.crosscheck.link.LinkView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Renders widgets to HTML; reads in one transaction. Knows nothing of HTTP or caching. */
@ApplicationScoped
public class Widgets {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claim(Shell shell, ClaimCard card);

        static native TemplateInstance topic(Shell shell, TopicCard card);

        static native TemplateInstance message(Shell shell, String text);
    }

    private final ClaimService claims;
    private final LinkService links;
    private final ComparisonService comparisons;

    Widgets(ClaimService claims, LinkService links, ComparisonService comparisons) {
        this.claims = claims;
        this.links = links;
        this.comparisons = comparisons;
    }

    @Transactional
    public String claim(UUID id, Shell shell) {
        ClaimView claim = claims.get(id);
        List<LinkView> linked = links.list(new LinkFilter(null, null, null, id), new PageRequest(100, null))
                .items();
        return Templates.claim(shell, ClaimCard.of(claim, linked, shell)).render();
    }

    @Transactional
    public String topic(String slug, Shell shell) {
        ComparisonView view = comparisons.forTopic(slug);
        return topic(view, shell, shell.base() + "/topics/" + slug + "?lang=" + shell.lang());
    }

    @Transactional
    public String comparison(String subject, String metric, Shell shell) {
        return topic(comparisons.forSubject(subject, metric), shell, null);
    }

    public String message(Shell shell, String key) {
        return Templates.message(shell, shell.w().get(key)).render();
    }

    private static String topic(ComparisonView view, Shell shell, String href) {
        String legend = Texts.pick(shell.lang(), null).get("chart");
        return Templates.topic(shell, TopicCard.of(view, shell, legend, href)).render();
    }
}
