package io.crosscheck.embed;

import io.crosscheck.common.ApiException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public base URL ({@code https://host[:port]}, no trailing slash) that widget links, oEmbed
 * answers and the console's discovery links are built from: {@code crosscheck.embed.public-base-url}
 * when set; else the request's own scheme and host, but only for a host listed in
 * {@code crosscheck.embed.allowed-hosts}. The {@code Host} header is the client's to write: unchecked,
 * it would put an attacker's address into oEmbed HTML and into cached widgets that everyone is served.
 */
@ApplicationScoped
public class PublicUrls {

    private final String configured;
    private final Set<String> allowedHosts;

    PublicUrls(EmbedConfig config) {
        this.configured = config.publicBaseUrl().filter(s -> !s.isBlank()).map(PublicUrls::trim).orElse(null);
        this.allowedHosts = config.allowedHosts().stream().map(PublicUrls::bare).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The same as {@link #base(UriInfo)}, cheaper (no URI parsing) for the widget hot path. Vert.x
     * applies {@code quarkus.http.proxy.*} to the request's scheme and host, as it does for UriInfo.
     */
    public String base(HttpServerRequest request, UriInfo uri) {
        if (configured != null) {
            return configured;
        }
        String host = request.host();
        if (host == null || host.isEmpty()) {
            return base(uri);
        }
        check(host);
        return request.scheme() + "://" + host;
    }

    public String base(UriInfo uri) {
        if (configured != null) {
            return configured;
        }
        check(uri.getBaseUri().getRawAuthority());
        return trim(uri.getBaseUri().toString());
    }

    /** The oEmbed discovery URL for one of our pages ({@code /claims/{id}} or {@code /topics/{slug}}). */
    public String oembed(UriInfo uri, String path) {
        String base = base(uri);
        return base + "/oembed?url=" + URLEncoder.encode(base + path, StandardCharsets.UTF_8) + "&format=json";
    }

    private void check(String authority) {
        if (authority == null || !allowedHosts.contains(bare(authority))) {
            throw new ApiException(400, "Bad request", "This service does not answer for the host this request "
                    + "names; its operator sets crosscheck.embed.public-base-url, or lists the host in "
                    + "crosscheck.embed.allowed-hosts.", null, null);
        }
    }

    /** A host without its port or IPv6 brackets, lower-cased: "[::1]:8080" → "::1", "Example.org:80" → "example.org". */
    static String bare(String authority) {
        String host = authority.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(1, end);
        }
        int colon = host.indexOf(':');
        return colon >= 0 && colon == host.lastIndexOf(':') ? host.substring(0, colon) : host;
    }

    private static String trim(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
