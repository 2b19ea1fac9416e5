package io.crosscheck.figure;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text being read, with anchored matching on short windows and words for error messages. */
final class TextCursor {

    private static final Pattern VERSION = Pattern.compile("(?i)v\\d+(?:\\.\\d+)+.*");
    private final String text;
    private final String lang;
    /** One matcher per pattern, reset for each use: numbers are many, and allocation dominated. */
    private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

    TextCursor(String text, String lang) {
        this.text = text;
        this.lang = lang;
    }

    String text() {
        return text;
    }

    String lang() {
        return lang;
    }

    String nameReason(int from, int to) {
        String token = around(from, to);
        if (VERSION.matcher(token).matches()) {
            return "'" + token + "' is a version number, not a figure";
        }
        return "'" + token + "' is a model or product name, not a figure";
    }

    /** The whole word-like token around a position, for error messages ("GPT-4o", "H800"). */
    String around(int from, int to) {
        int s = Math.max(0, from);
        int e = Math.min(text.length(), to);
        while (s > 0 && s > from - 40 && isTokenChar(text.charAt(s - 1))) {
            s--;
        }
        while (e < text.length() && e < to + 40 && isTokenChar(text.charAt(e))) {
            e++;
        }
        while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
            e--;
        }
        return text.substring(s, e);
    }

    private static boolean isTokenChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '/' || c == ':';
    }

    private Matcher matcher(Pattern p) {
        return matchers.computeIfAbsent(p, k -> k.matcher(text));
    }

    Matcher at(Pattern p, int pos) {
        if (pos > text.length()) {
            return null;
        }
        Matcher m = matcher(p);
        m.region(pos, Math.min(text.length(), pos + 120)).useTransparentBounds(true).useAnchoringBounds(false);
        return m.lookingAt() ? m : null;
    }

    /**
     * Finds a pattern anchored at the end of the window before {@code end}. Every such pattern ends with
     * a letter, an apostrophe, "~" or a currency sign before optional spaces, so other texts are skipped
     * without running the regex: this keeps digit-heavy input cheap.
     */
    Matcher window(Pattern p, int end, int size) {
        int i = end;
        while (i > 0 && i > end - 4 && NumberLiteral.isSpace(text.charAt(i - 1))) {
            i--;
        }
        if (i == 0) {
            return null;
        }
        char last = text.charAt(i - 1);
        if (!Character.isLetter(last) && "~'’$€£¥.".indexOf(last) < 0) {
            return null;
        }
        // Try only where a word or a sign starts: a few anchored attempts instead of a find at every char.
        Matcher m = matcher(p);
        for (int pos = Math.max(0, end - size); pos < i; pos++) {
            char c = text.charAt(pos);
            boolean wordStart = Character.isLetter(c) && (pos == 0 || !Character.isLetterOrDigit(text.charAt(pos - 1)));
            if (wordStart || (!Character.isLetterOrDigit(c) && !NumberLiteral.isSpace(c))) {
                m.region(pos, end).useTransparentBounds(true).useAnchoringBounds(true);
                if (m.lookingAt()) {
                    return m;
                }
            }
        }
        return null;
    }
}
