package io.crosscheck.figure;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The first or last word of a list of phrases, to skip a regex that cannot match: a phrase anchored
 * right before a number ("a drop of 12 %") can only match when the word before the number is the
 * last word of one of its phrases; a currency word after a number only when the word after it is the
 * first word of one. A set lookup costs far less than a case-insensitive alternation of a hundred
 * phrases tried at every word start (the figure benchmark, docs/benchmarks.md).
 */
final class EdgeWords {

    private final Set<String> words;
    /** For phrases of several words, their last two ("plus de"): "de" alone is too common to decide. */
    private final Set<String> pairs;

    private EdgeWords(Set<String> words, Set<String> pairs) {
        this.words = Set.copyOf(words);
        this.pairs = Set.copyOf(pairs);
    }

    /** The last word of each one-word phrase, the last two words of the others ("plus d'" gives "plus d'"). */
    static EdgeWords last(Collection<String> phrases) {
        Set<String> w = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        for (String p : phrases) {
            String[] parts = norm(p).strip().split(" +");
            if (parts.length == 1) {
                w.add(parts[0]);
            } else {
                pairs.add(parts[parts.length - 2] + " " + parts[parts.length - 1]);
            }
        }
        return new EdgeWords(w, pairs);
    }

    /** The first words of the phrases, up to the first character that is not a letter ("d'Hong" gives "d"). */
    static EdgeWords first(Collection<String> phrases) {
        Set<String> w = new HashSet<>();
        for (String p : phrases) {
            String s = norm(p).strip();
            int i = 0;
            while (i < s.length() && isWordChar(s.charAt(i))) {
                i++;
            }
            w.add(s.substring(0, i));
        }
        return new EdgeWords(w, Set.of());
    }

    /**
     * Whether the text before {@code end} (spaces skipped) ends with one of the phrases' last words, or
     * last two words; a word is letters, marks, apostrophes and hyphens.
     */
    boolean endsBefore(CharSequence text, int end) {
        int stop = skipSpacesBack(text, end);
        int start = wordStartBack(text, stop);
        if (start == stop) {
            return false;
        }
        String last = norm(text.subSequence(start, stop).toString());
        if (words.contains(last)) {
            return true;
        }
        if (pairs.isEmpty() || skipSpacesBack(text, start) == start) {
            return false;
        }
        int prevStop = skipSpacesBack(text, start);
        int prevStart = wordStartBack(text, prevStop);
        return prevStart < prevStop && pairs.contains(norm(text.subSequence(prevStart, prevStop).toString()) + " " + last);
    }

    private static int skipSpacesBack(CharSequence text, int end) {
        int i = end;
        while (i > 0 && NumberLiteral.isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordStartBack(CharSequence text, int stop) {
        int i = stop;
        while (i > 0 && (isWordChar(text.charAt(i - 1)) || isJoiner(text.charAt(i - 1)))) {
            i--;
        }
        return i;
    }

    /** Whether the word starting at {@code start} (letters and marks only) is one of them. */
    boolean startsAt(CharSequence text, int start) {
        int i = wordEnd(text, start);
        return i > start && words.contains(norm(text.subSequence(start, i).toString()));
    }

    /** The end of the word (letters and non-spacing marks) starting at {@code start}. */
    static int wordEnd(CharSequence text, int start) {
        int i = start;
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@link #startsAt} after at most one space, for patterns that start with an optional space. */
    boolean startsAfterSpace(CharSequence text, int pos) {
        int q = pos < text.length() && NumberLiteral.isSpace(text.charAt(pos)) ? pos + 1 : pos;
        return startsAt(text, q);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Characters inside or at the end of a phrase's word: "jusqu'à", "au-delà", "approx.". */
    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-' || c == '.';
    }

    private static String norm(String s) {
        return s.replace('’', '\'').toLowerCase(Locale.ROOT);
    }
}
