package io.crosscheck.embed;

import java.net.URI;
import java.util.Locale;

/** Escaping and link hygiene for the few places that build HTML outside a Qute template. */
public final class Html {

    private Html() {
    }

    /** Escapes text for an HTML element or a double- or single-quoted attribute. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The URL when it is an absolute http(s) URL with a host, else null: {@code javascript:},
     * {@code data:}, relative or malformed URLs never become links.
     */
    public static String safeHref(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        for (int i = 0; i < u.length(); i++) {
            if (Character.isISOControl(u.charAt(i)) || Character.isWhitespace(u.charAt(i))) {
                return null;
            }
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? u : null;
        } catch (Exception e) {
            return null;
        }
    }
}
