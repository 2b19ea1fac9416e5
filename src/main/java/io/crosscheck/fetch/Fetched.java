package io.crosscheck.fetch;

import java.util.List;

/**
 * What one fetch brought back. {@code notModified} means the site answered 304 to a conditional
 * request, and then {@code body} is empty. {@code redirects} lists every URL that redirected, in order.
 */
public record Fetched(String requestedUrl, String finalUrl, int status, boolean notModified, String mediaType,
        String charset, String etag, String lastModified, String contentLanguage, byte[] body,
        List<String> redirects) {
}
