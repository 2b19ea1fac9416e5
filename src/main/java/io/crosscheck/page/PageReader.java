package io.crosscheck.page;

import com.fasterxml.jackson.databind.JsonNode;
import io.crosscheck.figure.LanguageDetector;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an article page: metadata from Open Graph, JSON-LD ({@code NewsArticle}) and {@code <meta>}
 * tags, the canonical URL from {@code <link rel=canonical>}, and the article's text with Readability4J
 * (a port of Firefox's reader view), which drops navigation, ads, comments and other boilerplate.
 * Plain Java: it is handed decoded HTML and touches no network.
 */
public final class PageReader {

    /** Below this many characters, Readability's choice is taken as a miss and the whole body is read instead. */
    private static final int MIN_ARTICLE_CHARS = 200;
    /** Deeper pages are read without Readability (see {@link #articleText}). */
    static final int MAX_READER_DEPTH = 120;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final String[] DATE_META = {"article:published_time", "og:published_time", "datePublished",
        "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.date",
        "dcterms.created", "citation_publication_date", "parsely-pub-date", "sailthru.date"};

    private PageReader() {
    }

    /**
     * Reads {@code html} fetched from {@code url} (the final URL, after redirects); {@code
     * contentLanguage} is the Content-Language header, if any.
     */
    public static Page read(String html, String url, String contentLanguage) {
        Document document = Jsoup.parse(html, url);
        List<String> notes = new ArrayList<>();
        JsonNode ld = JsonLd.article(document);
        String title = first(meta(document, "og:title"), ld == null ? null : JsonLd.text(ld, "headline"),
                meta(document, "twitter:title"), meta(document, "title"), blank(document.title()),
                blank(document.select("h1").text()));
        String publisher = first(meta(document, "og:site_name"), ld == null ? null : JsonLd.name(ld.get("publisher")),
                meta(document, "publisher"), meta(document, "application-name"));
        String author = first(ld == null ? null : JsonLd.names(ld.get("author")), meta(document, "author"),
                notUrl(meta(document, "article:author")), meta(document, "dc.creator"));
        LocalDate published = date(ld == null ? null : JsonLd.text(ld, "datePublished"));
        for (int i = 0; published == null && i < DATE_META.length; i++) {
            published = date(meta(document, DATE_META[i]));
        }
        String canonical = canonical(document, url, notes);
        String text = articleText(document, url, notes);
        String[] language = language(document, ld, contentLanguage, text);
        if (publisher == null) {
            publisher = host(url);
            notes.add("the page names no publisher; its host name is used");
        }
        if (title == null) {
            title = url;
            notes.add("the page has no title; its URL is used");
        }
        return new Page(url, canonical, clip(title, 500), clip(publisher, 200), clip(author, 200), published,
                language[0], language[1], text, List.copyOf(notes));
    }

    private static String articleText(Document document, String url, List<String> notes) {
        String text = null;
        if (depth(document) > MAX_READER_DEPTH) {
            // Readability's work grows with the square of the nesting; real articles are a few dozen deep.
            notes.add("the page is nested more than " + MAX_READER_DEPTH + " elements deep; its text is read without "
                    + "the article reader");
        } else {
            try {
                Article article = new Readability4J(url, document.clone()).parse();
                text = article.getArticleContent() == null ? null : ArticleText.of(article.getArticleContent());
            } catch (RuntimeException | StackOverflowError e) {
                notes.add("the reader could not find the article body (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (text == null || text.length() < MIN_ARTICLE_CHARS) {
            Element body = document.body().clone();
            body.select("nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo], "
                    + "[role=complementary], .comments, #comments, .advert, .ad, .ads").remove();
            String whole = ArticleText.of(body);
            if (text == null || whole.length() > text.length()) {
                if (!whole.isEmpty()) {
                    notes.add("no distinct article body was found; the page's main text is used");
                }
                text = whole;
            }
        }
        return text;
    }

    /** The deepest nesting of elements in the document, counted without recursion. */
    static int depth(Document document) {
        int[] max = {0};
        NodeTraversor.traverse((node, depth) -> max[0] = Math.max(max[0], depth), document);
        return max[0];
    }

    /** The language and where it came from: the page's markup, JSON-LD, og:locale, the header, or detection. */
    private static String[] language(Document document, JsonNode ld, String contentLanguage, String text) {
        String[][] candidates = {
            {document.select("html").attr("lang"), "html lang"},
            {ld == null ? null : inLanguage(ld.get("inLanguage")), "JSON-LD inLanguage"},
            {meta(document, "og:locale"), "og:locale"},
            {meta(document, "content-language"), "meta content-language"},
            {contentLanguage, "Content-Language header"}};
        for (String[] c : candidates) {
            String tag = primaryLanguage(c[0]);
            if (tag != null) {
                return new String[] {tag, c[1]};
            }
        }
        return new String[] {LanguageDetector.detect(text), "detected from the text"};
    }

    private static String inLanguage(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isArray() && !node.isEmpty()) {
            return inLanguage(node.get(0));
        }
        return node.isObject() ? node.path("alternateName").asText(null) : null;
    }

    /** "fr", "fr-FR", "fr_FR", "FR" → "fr"; anything that is not a language tag → null. */
    static String primaryLanguage(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String primary = raw.trim().replace('_', '-').split("[-,;\\s]", 2)[0].toLowerCase(Locale.ROOT);
        return LANGUAGE.matcher(primary).matches() ? primary : null;
    }

    /**
     * The page's {@code <link rel=canonical>} (or og:url) when it is an http(s) URL on the same site —
     * the same host, or one of them a subdomain of the other ("www.", "m.", "amp." ignored). A page
     * cannot claim another site's address, so it cannot pass itself off as another site's article.
     */
    private static String canonical(Document document, String url, List<String> notes) {
        String declared = first(blank(document.select("link[rel~=(?i)^canonical$]").attr("abs:href")),
                blank(absolute(document, meta(document, "og:url"))));
        if (declared == null) {
            return null;
        }
        String pageHost = host(url);
        String declaredHost = host(declared);
        if (declaredHost == null || !declared.matches("(?i)^https?://.*") || !sameSite(pageHost, declaredHost)) {
            notes.add("the page's canonical link points to another site (" + clip(declared, 200) + "); it is ignored");
            return null;
        }
        return declared;
    }

    static boolean sameSite(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = bareHost(a);
        String y = bareHost(b);
        return x.equals(y) || x.endsWith("." + y) || y.endsWith("." + x);
    }

    private static String bareHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"www.", "m.", "amp."}) {
            if (h.startsWith(prefix) && h.length() > prefix.length()) {
                return h.substring(prefix.length());
            }
        }
        return h;
    }

    private static String absolute(Document document, String href) {
        if (href == null) {
            return null;
        }
        try {
            return URI.create(document.location()).resolve(href.trim()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The content of a {@code <meta>} with this property, name or http-equiv (ignoring case), or null. */
    private static String meta(Document document, String key) {
        for (Element m : document.select("meta[content]")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("http-equiv")) || key.equalsIgnoreCase(m.attr("itemprop"))) {
                String v = blank(m.attr("content"));
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    /** A publication date: an ISO date, an ISO date-time (its own local date), or an RFC 1123 date. */
    static LocalDate date(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim();
        try {
            return OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return java.time.LocalDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            // next form
        }
        if (s.length() >= 10) {
            try {
                return LocalDate.parse(s.substring(0, 10));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String notUrl(String value) {
        return value == null || value.matches("(?i)^https?://.*") ? null : value;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

}
