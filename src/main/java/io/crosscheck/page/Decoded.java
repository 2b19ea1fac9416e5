package io.crosscheck.page;

/**
 * Bytes turned into text, with the charset used and how it was chosen ("header", "byte-order mark",
 * "meta", or a sentence saying why a declaration was overruled) so a wrong guess can be traced.
 */
public record Decoded(String text, String charset, String how) {
}
