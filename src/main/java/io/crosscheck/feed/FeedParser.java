package io.crosscheck.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom document with Rome, with secure XML settings: a document
 * with a DOCTYPE is refused (so no external entity, no external DTD and no entity expansion can
 * happen), and Rome's parser has external entities off. Only the items' links and titles are used.
 */
public final class FeedParser {

    /** One item: its link (absolute) and title (may be null). */
    public record Item(String link, String title) {
    }

    /** What a feed document holds. */
    public record Parsed(String title, List<Item> items, int entries) {
    }

    /** The feed could not be read as RSS or Atom; the message says why. */
    public static class InvalidFeed extends Exception {
        InvalidFeed(String message) {
            super(message);
        }
    }

    private FeedParser() {
    }

    /** Parses {@code body} (charset from the XML prolog, the BOM or the HTTP {@code contentType}). */
    public static Parsed parse(byte[] body, String contentType, String baseUrl) throws InvalidFeed {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(false);
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (why.toLowerCase(Locale.ROOT).contains("doctype")) {
                why = "the document declares a DOCTYPE, which feeds are not allowed to (external entities)";
            }
            throw new InvalidFeed("not a readable RSS or Atom feed: " + (why.length() > 500 ? why.substring(0, 500) : why));
        }
        List<Item> items = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries() == null ? List.of() : feed.getEntries();
        for (SyndEntry entry : entries) {
            String link = absolute(linkOf(entry), baseUrl);
            if (link != null) {
                String title = entry.getTitle() == null ? null : entry.getTitle().strip();
                items.add(new Item(link, title == null || title.isEmpty() ? null : cut(title, 500)));
            }
        }
        String title = feed.getTitle() == null ? null : cut(feed.getTitle().strip(), 500);
        return new Parsed(title, items, entries.size());
    }

    /** The entry's page: its link, else its first alternate (or rel-less) link, else a URL-shaped id/guid. */
    private static String linkOf(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink().trim();
        }
        if (entry.getLinks() != null) {
            for (SyndLink link : entry.getLinks()) {
                if (link.getHref() != null && (link.getRel() == null || "alternate".equals(link.getRel()))) {
                    return link.getHref().trim();
                }
            }
        }
        String uri = entry.getUri();
        if (uri != null && (uri.startsWith("http://") || uri.startsWith("https://"))) {
            return uri.trim();
        }
        return null;
    }

    /** The link made absolute against the feed's URL; null when it is not http(s). */
    static String absolute(String link, String baseUrl) {
        if (link == null || link.isEmpty() || link.length() > 2048) {
            return null;
        }
        try {
            URI resolved = URI.create(baseUrl).resolve(link);
            String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? resolved.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
