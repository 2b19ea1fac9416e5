package io.crosscheck.source;

import java.util.List;
import java.util.UUID;

/**
 * The result of a fetch job ({@code kind} "fetch" or "refetch"): which source it stored or found, what
 * became of it, and how the page was read (redirects, charset and language with where they came from,
 * notes on what was guessed). {@code location} is the source's address in the API.
 */
public record FetchReport(UUID sourceId, String location, SourceService.Outcome outcome, String url, String finalUrl,
        List<String> redirects, Integer httpStatus, String charset, String charsetSource, String language,
        String languageSource, Integer textVersion, int textLength, int quotesRelocated, int quotesStale,
        List<String> notes) {
}
