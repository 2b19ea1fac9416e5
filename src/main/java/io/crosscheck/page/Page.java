package io.crosscheck.page;

import java.time.LocalDate;
import java.util.List;

/**
 * What was read from an article page: its metadata (each may be null when the page does not say),
 * the article's text without navigation, ads or comments, and notes on what was guessed.
 * {@code canonicalUrl} is the page's own {@code <link rel=canonical>} when it names the same site.
 */
public record Page(String url, String canonicalUrl, String title, String publisher, String author,
        LocalDate publishedDate, String language, String languageSource, String text, List<String> notes) {
}
