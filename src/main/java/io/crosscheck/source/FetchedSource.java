package io.crosscheck.source;

import java.time.LocalDate;

/**
 * A page read from the web, ready to be stored as a source: its final URL, its canonical URL (the
 * page's own same-site canonical link when it has one), metadata, text, how it was decoded, and
 * the validators for the next, conditional, fetch.
 */
public record FetchedSource(String url, String canonicalUrl, String title, String publisher, String author,
        LocalDate publishedDate, String language, String text, String charset, String charsetSource, String etag,
        String lastModified) {
}
