package io.crosscheck.console;

import io.crosscheck.common.Languages;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import io.crosscheck.link.LinkState;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The page being rendered, for the layout: the language switch (FR/EN/ES, from {@link Languages#SUPPORTED}) (same page, same filters, other
 * language) and the one-line feedback of the form that redirected here ({@code ?done=…}, post,
 * redirect, get). Templates reach it as {@code inject:consolePage}.
 */
@RequestScoped
@Named("consolePage")
public class ConsolePage {

    /** What a form handler may report after its redirect; anything else is ignored. */
    static final Set<String> DONE = Set.of("claim-created", "claim-saved", "verdict-changed", "link-created",
            "topic-created", "confirmed", "dismissed", "reopened", "candidates-proposed", "candidate-accepted",
            "candidate-attached", "candidate-rejected");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final CurrentVertxRequest current;

    ConsolePage(CurrentVertxRequest current) {
        this.current = current;
    }

    /**
     * This page in another language: the same path and query parameters (search filters, cursor,
     * state), with {@code lang} replaced and the one-shot {@code done} dropped. Relative to the site
     * root and percent-encoded again, so a parameter cannot break out of the attribute.
     */
    public String langHref(String lang) {
        HttpServerRequest request = request();
        StringBuilder href = new StringBuilder(request == null ? "/" : request.path());
        String l = Languages.supported(lang);
        href.append("?lang=").append(l == null ? Languages.DEFAULT : l);
        if (request != null) {
            for (Map.Entry<String, String> p : request.params()) {
                String name = p.getKey();
                if (!name.equals("lang") && !name.equals("done") && !name.isEmpty() && !p.getValue().isEmpty()) {
                    href.append('&').append(encode(name)).append('=').append(encode(p.getValue()));
                }
            }
        }
        return href.toString();
    }

    /**
     * One supported language for the page: the code ("es"), what the switch shows ("ES"), and its
     * name in itself ("español"), for pickers.
     */
    public record LanguageLink(String code, String label, String name) {
    }

    /** The supported languages, in their order: the language switch and the figure language picker. */
    public List<LanguageLink> languages() {
        return Languages.SUPPORTED.stream().map(l -> new LanguageLink(l, l.toUpperCase(Locale.ROOT),
                Locale.forLanguageTag(l).getDisplayLanguage(Locale.forLanguageTag(l)))).toList();
    }

    /** The feedback key of the form that led here, or null. */
    public String done() {
        HttpServerRequest request = request();
        String done = request == null ? null : request.getParam("done");
        return done != null && DONE.contains(done) ? done : null;
    }

    /** A moment for a reader: "2026-12-01 08:12 UTC" (the same in both languages, unambiguous). */
    public String when(Instant at) {
        return at == null ? "—" : WHEN.format(at);
    }

    /** The review queue's tabs. */
    public List<LinkState> linkStates() {
        return List.of(LinkState.values());
    }

    /** Sets the page's locale for the message bundle ({@code msg:}). */
    static TemplateInstance render(TemplateInstance page, Texts t) {
        return page.setLocale(Locale.forLanguageTag(t.lang));
    }

    private HttpServerRequest request() {
        return current.getCurrent() == null ? null : current.getCurrent().request();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
