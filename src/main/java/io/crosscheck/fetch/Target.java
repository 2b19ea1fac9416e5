package io.crosscheck.fetch;

import java.net.URI;

/**
 * A URL that passed the syntax rules: http or https, a host, no credentials, a port in range. {@code
 * literal} holds the address bytes when the host is an IP literal (then no resolver is asked).
 */
public record Target(URI uri, String scheme, String host, int port, byte[] literal) {

    /** The URL as text, without its fragment. */
    public String url() {
        return uri.toASCIIString();
    }

    public boolean defaultPort() {
        return port == ("https".equals(scheme) ? 443 : 80);
    }

    /** Path and query, as sent in the request line. */
    public String pathAndQuery() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
