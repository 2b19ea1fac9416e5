package io.crosscheck.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Canonical form of a source URL, so the same article is stored once: scheme and host lower-cased,
 * default port, fragment and tracking parameters ({@code utm_*}, click ids) dropped, empty path as
 * "/". Path case, trailing slashes and "www." are kept: servers may treat them as different pages.
 */
public final class UrlCanonicalizer {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid",
            "msclkid", "yclid", "mc_cid", "mc_eid", "igshid", "_ga", "_gl", "ocid", "cmpid", "xtor");

    private UrlCanonicalizer() {
    }

    /** The canonical URL, or empty when {@code raw} is not an absolute http(s) URL with a host. */
    public static Optional<String> canonicalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(raw.trim());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || host == null || host.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(scheme).append("://").append(host);
        int port = uri.getPort();
        if (port != -1 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https"))) {
            out.append(':').append(port);
        }
        String path = uri.getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : path);
        String query = withoutTracking(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return Optional.of(out.toString());
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(parameter);
            }
        }
        return kept.toString();
    }
}
