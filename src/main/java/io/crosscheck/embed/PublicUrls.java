package io.crosscheck.embed;

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

    private final EmbedConfig config;

    PublicUrls(EmbedConfig config) {
        this.config = config;
    }

    public String base(UriInfo uri) {
        String base = config.publicBaseUrl().filter(s -> !s.isBlank()).orElseGet(() -> uri.getBaseUri().toString());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The oEmbed discovery URL for one of our pages ({@code /claims/{id}} or {@code /topics/{slug}}). */
    public String oembed(UriInfo uri, String path) {
        String base = base(uri);
        return base + "/oembed?url=" + URLEncoder.encode(base + path, StandardCharsets.UTF_8) + "&format=json";
    }
}
