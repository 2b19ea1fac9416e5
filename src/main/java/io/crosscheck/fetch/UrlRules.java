package io.crosscheck.fetch;

import io.crosscheck.fetch.FetchException.Reason;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a URL must pass before anything is resolved or connected: absolute http(s), a host that
 * is a name or an unambiguous IP literal, no user name or password, a port in range. Used for the URL
 * a client sends and for every redirect. Plain Java.
 */
public final class UrlRules {

    /** Longest URL accepted (the longest a source may store). */
    public static final int MAX_LENGTH = 2048;

    /** A last label that is a number: the host is an IP address written in some form, not a name. */
    private static final Pattern NUMERIC_LAST_LABEL = Pattern.compile("(?i)(\\d+|0x[0-9a-f]*)\\.?");

    private UrlRules() {
    }

    /** Checks {@code raw} and returns the target; {@link FetchException} (422) says which rule it breaks. */
    public static Target check(String raw) {
        if (raw == null || raw.isBlank()) {
            throw FetchException.refused(Reason.INVALID_URL, "a URL is needed");
        }
        String text = raw.trim();
        if (text.length() > MAX_LENGTH) {
            throw FetchException.refused(Reason.INVALID_URL, "the URL is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw FetchException.refused(Reason.INVALID_URL, "'" + abbreviate(text) + "' is not a valid URL");
        }
        return check(uri);
    }

    /** Resolves a redirect's Location against the URL that answered it, and checks the result. */
    public static Target redirect(Target from, String location) {
        URI next;
        try {
            next = from.uri().resolve(new URI(location.trim()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw FetchException.failed(Reason.INVALID_URL, from.url() + " redirected to an invalid URL '"
                    + abbreviate(location) + "'");
        }
        try {
            return check(next);
        } catch (FetchException e) {
            throw FetchException.refused(e.reason(), "redirect from " + from.url() + " refused: " + e.getMessage());
        }
    }

    private static Target check(URI parsed) {
        String scheme = parsed.getScheme() == null ? null : parsed.getScheme().toLowerCase(Locale.ROOT);
        if (!parsed.isAbsolute() || !"http".equals(scheme) && !"https".equals(scheme)) {
            throw FetchException.refused(Reason.SCHEME, "only http and https URLs can be fetched"
                    + (scheme == null ? "" : ", not " + abbreviate(scheme)));
        }
        if (parsed.getRawUserInfo() != null || parsed.getRawAuthority() != null && parsed.getRawAuthority().contains("@")) {
            throw FetchException.refused(Reason.CREDENTIALS, "URLs with a user name or password are not fetched");
        }
        String host = host(parsed);
        int port = parsed.getPort() == -1 ? ("https".equals(scheme) ? 443 : 80) : parsed.getPort();
        if (port < 1 || port > 65535) {
            throw FetchException.refused(Reason.PORT, "port " + port + " is out of range");
        }
        byte[] literal = IpRange.literal(host);
        if (literal == null && host.startsWith("[")) {
            throw FetchException.refused(Reason.INVALID_URL, "'" + abbreviate(host) + "' is not a valid IPv6 address");
        }
        if (literal == null && NUMERIC_LAST_LABEL.matcher(host.substring(host.lastIndexOf('.', host.length() - 2) + 1))
                .matches()) {
            // 2130706433, 0x7f.1, 0177.0.0.1, 127.1: resolvers read these as addresses in different ways.
            throw FetchException.refused(Reason.INVALID_URL, "'" + abbreviate(host) + "' is an IP address in an "
                    + "ambiguous form; write it as four decimal numbers (a.b.c.d)");
        }
        String name = literal == null ? host.toLowerCase(Locale.ROOT) : host;
        String path = parsed.getRawPath() == null || parsed.getRawPath().isEmpty() ? "/" : parsed.getRawPath();
        URI clean;
        try {
            clean = URI.create(scheme + "://" + name + (parsed.getPort() == -1 ? "" : ":" + port) + path
                    + (parsed.getRawQuery() == null ? "" : "?" + parsed.getRawQuery()));
        } catch (IllegalArgumentException e) {
            throw FetchException.refused(Reason.INVALID_URL, "'" + abbreviate(parsed.toString()) + "' is not a valid URL");
        }
        String bare = name.startsWith("[") ? name.substring(1, name.length() - 1) : name;
        return new Target(clean, scheme, bare, port, literal);
    }

    /** The host, in ASCII (international names converted to punycode); refused when there is none. */
    private static String host(URI uri) {
        String host = uri.getHost();
        if (host == null && uri.getRawAuthority() != null) {
            // java.net.URI only accepts ASCII host names; an international one is converted first.
            String authority = uri.getRawAuthority();
            int colon = authority.lastIndexOf(':');
            String name = colon > 0 && !authority.endsWith("]") ? authority.substring(0, colon) : authority;
            try {
                String ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES);
                host = ascii.isEmpty() ? null : ascii;
            } catch (IllegalArgumentException e) {
                host = null;
            }
        }
        if (host == null || host.isEmpty()) {
            throw FetchException.refused(Reason.INVALID_URL, "the URL has no valid host");
        }
        return host;
    }

    /** Whether a port may be used on an address that the allow-list does not name. */
    public static boolean portAllowed(Target target, Set<Integer> extra, boolean anyPort) {
        return anyPort || target.defaultPort() || extra.contains(target.port());
    }

    static String abbreviate(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 80 ? clean : clean.substring(0, 77) + "…";
    }
}
