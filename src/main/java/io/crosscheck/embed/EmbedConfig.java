package io.crosscheck.embed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Embeddable widgets, {@code /oembed} and {@code /embed.js} ({@code crosscheck.embed.*}). */
@ConfigMapping(prefix = "crosscheck.embed")
public interface EmbedConfig {

    /**
     * Public base URL of the console and widgets ({@code https://crosscheck.example.org}), used in
     * oEmbed answers and links; when absent it is taken from each request (scheme, host, port;
     * X-Forwarded-* only when {@code quarkus.http.proxy.proxy-address-forwarding} is on), for the
     * hosts of {@link #allowedHosts()} only.
     */
    Optional<String> publicBaseUrl();

    /**
     * Without a public base URL, the hosts (any port) whose requests may build links from their own
     * {@code Host}; a request naming another host gets a 400 instead of links to it.
     */
    @WithDefault("localhost,127.0.0.1,::1")
    List<String> allowedHosts();

    /** CSP {@code frame-ancestors} of widgets: {@code *}, or a space-separated list of partner origins. */
    @WithDefault("*")
    String frameAncestors();

    /** {@code Cache-Control: max-age} of widgets, oEmbed answers and embed.js, in seconds. */
    @WithDefault("300")
    int maxAge();

    /** {@code stale-while-revalidate}: how long a cache may serve a stale widget while it revalidates, in seconds. */
    @WithDefault("86400")
    int staleWhileRevalidate();

    /**
     * How long an instance trusts a widget's change stamp before asking the database again. Bounds
     * how late a write made through <em>another</em> instance shows (local writes show at once).
     */
    @WithDefault("2s")
    Duration stampTtl();

    /** Rendered widgets kept in memory (by ETag); 0 disables the HTML cache. */
    @WithDefault("2000")
    int htmlCacheSize();

    /**
     * Claims a topic or comparison widget shows (the first of the comparison, in id order, spread over
     * its axes); the widget links to the rest. Whatever this is, a widget shows only what fits its
     * budget of 20,000 bytes of HTML ({@link WidgetHtml#BUDGET}) and says how many claims it left out.
     */
    @WithDefault("12")
    int maxClaims();

    /** Axes (subject, metric, currency, unit) a topic or comparison widget shows at most. */
    @WithDefault("6")
    int maxAxes();

    /**
     * Whether widgets show a badge on claims nobody has reviewed yet ("Not yet reviewed" /
     * "Pas encore vérifié"); {@code false} shows no badge on them.
     */
    @WithDefault("true")
    boolean showUnreviewed();

    /**
     * Benchmark aids, off in production: {@code GET /embed/_constant?bytes=N} and
     * {@code ?_bench=fresh} on widgets (render without the HTML cache).
     */
    @WithDefault("false")
    boolean benchEndpoint();
}
