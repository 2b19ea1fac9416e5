package io.crosscheck.embed;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The public base URL ({@code https://host[:port]}, no trailing slash): from configuration, else from
 * the request, so a fresh install answers for its own host and port.
 */
@ApplicationScoped
public class PublicUrls {

    private final String configured;

    PublicUrls(EmbedConfig config) {
        this.configured = config.publicBaseUrl().filter(s -> !s.isBlank()).map(PublicUrls::trim).orElse(null);
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
        return host == null || host.isEmpty() ? base(uri) : request.scheme() + "://" + host;
    }

    public String base(UriInfo uri) {
        return configured != null ? configured : trim(uri.getBaseUri().toString());
    }

    private static String trim(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The oEmbed discovery URL for one of our pages ({@code /claims/{id}} or {@code /topics/{slug}}). */
    public String oembed(UriInfo uri, String path) {
        String base = base(uri);
        return base + "/oembed?url=" + URLEncoder.encode(base + path, StandardCharsets.UTF_8) + "&format=json";
    }
}
