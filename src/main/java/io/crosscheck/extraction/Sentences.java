package io.crosscheck.extraction;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/** The sentence around a span of text, as an exact substring: it becomes an appearance's quote. */
final class Sentences {

    /** Appearance quotes are at most this long; longer sentences are cut to a window around the figure. */
    static final int MAX_QUOTE = 2000;
    private static final int WINDOW = 300;

    private final String text;
    private final BreakIterator breaks;

    Sentences(String text, String lang) {
        this.text = text;
        this.breaks = BreakIterator.getSentenceInstance(new ULocale(lang == null ? "en" : lang));
        this.breaks.setText(text);
    }

    /** Start and end of the sentence holding {@code start..end}, trimmed of surrounding white space. */
    int[] around(int start, int end) {
        int from = breaks.preceding(Math.min(start + 1, text.length()));
        int to = breaks.following(Math.max(end - 1, 0));
        from = from == BreakIterator.DONE ? 0 : from;
        to = to == BreakIterator.DONE ? text.length() : Math.max(to, end);
        if (to - from > MAX_QUOTE) {
            from = Math.max(from, start - WINDOW);
            to = Math.min(to, end + WINDOW);
        }
        while (from < start && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > end && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }
}
