package io.crosscheck.common;

/**
 * What no text sent to Crosscheck may hold, wherever it comes in (JSON strings, query and path
 * parameters, form fields): a NUL character, which PostgreSQL cannot store (so H2 would keep what
 * PostgreSQL refuses), and an unpaired UTF-16 surrogate ({@code "\ud800"} in JSON), which is no
 * character at all, cannot be written as UTF-8 and breaks strict JSON parsers downstream.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why {@code value} cannot be accepted, or null when it can. */
    public static String problem(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return "must not contain NUL characters";
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain unpaired surrogates (text that is not valid Unicode)";
            }
        }
        return null;
    }
}
