package io.crosscheck.embed;

import io.crosscheck.claim.ClaimService;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.Languages;
import io.crosscheck.topic.TopicService;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * oEmbed 1.0 for our claim and topic pages: the answer's {@code html} is an iframe on the widget,
 * plus the loader that resizes it.
 */
@ApplicationScoped
public class OEmbedService {

    static final int WIDTH = 560;
    private static final Pattern CLAIM = Pattern.compile("/claims/([0-9a-fA-F-]{36})/?");
    private static final Pattern TOPIC = Pattern.compile("/topics/([a-z0-9][a-z0-9-]{0,79})/?");
    private static final Pattern LANG = Pattern.compile("(?:^|&)lang=([^&]*)");

    private final ClaimService claims;
    private final TopicService topics;
    private final EmbedConfig config;

    OEmbedService(ClaimService claims, TopicService topics, EmbedConfig config) {
        this.claims = claims;
        this.topics = topics;
        this.config = config;
    }

    public OEmbed answer(String url, String format, Integer maxWidth, Integer maxHeight, String base) {
        if (url == null || url.isBlank()) {
            throw ApiException.invalid("url", "is required: the address of a claim or topic page");
        }
        if (format != null && !format.isBlank() && !format.equalsIgnoreCase("json")) {
            throw new ApiException(501, "Not implemented", "Only format=json is served.", null, null);
        }
        if (maxWidth != null && maxWidth < 1 || maxHeight != null && maxHeight < 1) {
            throw ApiException.invalid(maxWidth != null && maxWidth < 1 ? "maxwidth" : "maxheight", "must be positive");
        }
        URI uri = ours(url.strip(), base);
        String lang = "";
        if (uri.getRawQuery() != null) {
            Matcher m = LANG.matcher(uri.getRawQuery());
            if (m.find()) {
                String asked = Languages.supported(m.group(1));
                if (asked == null) {
                    String given = m.group(1).length() > 20 ? m.group(1).substring(0, 20) + "…" : m.group(1);
                    throw ApiException.invalid("url", "asks for lang=" + given + ", which "
                            + Languages.SUPPORTED_MESSAGE.replace("must be", "is not"));
                }
                lang = "?lang=" + asked;
            }
        }
        Matcher claim = CLAIM.matcher(uri.getRawPath());
        Matcher topic = TOPIC.matcher(uri.getRawPath());
        String title;
        String src;
        int height;
        if (claim.matches()) {
            UUID id = parse(claim.group(1), url);
            var view = claims.get(id);
            title = view.figure().text() + " — " + view.statement();
            src = base + "/embed/claims/" + id + lang;
            height = 360;
        } else if (topic.matches()) {
            var view = topics.get(topic.group(1));
            title = view.title();
            src = base + "/embed/topics/" + view.slug() + lang;
            height = Math.min(1200, 200 + 70 * Math.max(1, view.claims().size()));
        } else {
            throw notOurs(url);
        }
        title = title.length() > 200 ? title.substring(0, 199) + "…" : title;
        int width = maxWidth == null ? WIDTH : Math.min(WIDTH, maxWidth);
        height = maxHeight == null ? height : Math.min(height, maxHeight);
        String html = "<iframe class=\"crosscheck\" src=\"" + Html.escape(src) + "\" width=\"" + width + "\" height=\""
                + height + "\" title=\"" + Html.escape(title) + "\" loading=\"lazy\" frameborder=\"0\" "
                + "sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\"></iframe>"
                + "<script async src=\"" + Html.escape(base + "/embed.js") + "\"></script>";
        return new OEmbed("rich", "1.0", title, "Crosscheck", base + "/", config.maxAge(), html, width, height);
    }

    /** The URL when it is on our base URL (same scheme, host and port), else 404. */
    private static URI ours(String url, String base) {
        try {
            URI uri = new URI(url);
            URI b = new URI(base);
            if (uri.getScheme() == null || uri.getRawAuthority() == null || uri.getRawPath() == null
                    || !uri.getScheme().equalsIgnoreCase(b.getScheme())
                    || !uri.getRawAuthority().toLowerCase(Locale.ROOT).equals(b.getRawAuthority().toLowerCase(Locale.ROOT))) {
                throw notOurs(url);
            }
            String prefix = b.getRawPath() == null ? "" : b.getRawPath();
            if (!uri.getRawPath().startsWith(prefix)) {
                throw notOurs(url);
            }
            return new URI(null, null, uri.getRawPath().substring(prefix.length()), uri.getRawQuery(), null);
        } catch (URISyntaxException e) {
            throw notOurs(url);
        }
    }

    private static UUID parse(String id, String url) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notOurs(url);
        }
    }

    private static ApiException notOurs(String url) {
        return new ApiException(404, "Not found", "Not a Crosscheck claim or topic page: " + url, null, null);
    }
}
