package io.crosscheck.claim.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A search as H2 evaluates it, read with the syntax of PostgreSQL's {@code websearch_to_tsquery}:
 * words are all required, {@code "a phrase"} requires its words, {@code a or b} requires either,
 * {@code -word} excludes. Words are folded as documents are ({@link SearchText}), and a few function
 * words are ignored ({@link SearchText#STOP_WORDS}). On H2 a phrase
 * requires its words anywhere in the claim, not side by side (the term table keeps no positions).
 *
 * @param required every group must match; a group matches when one of its alternatives does; an
 *                 alternative matches when the claim has all its words
 * @param excluded claims having all the words of one of these are left out
 */
public record SearchQuery(List<List<List<String>>> required, List<List<String>> excluded) {

    /** Parses a query; words, quotes, "or" and "-" as in websearch_to_tsquery. */
    public static SearchQuery parse(String text) {
        List<List<List<String>>> required = new ArrayList<>();
        List<List<String>> excluded = new ArrayList<>();
        boolean or = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                negated = true;
                i++;
                c = text.charAt(i);
            }
            String operand;
            boolean quoted = c == '"';
            if (quoted) {
                int close = text.indexOf('"', i + 1);
                int end = close < 0 ? n : close;
                operand = text.substring(i + 1, end);
                i = close < 0 ? n : close + 1;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                operand = text.substring(i, end);
                i = end;
            }
            if (!quoted && !negated && operand.toLowerCase(Locale.ROOT).equals("or")) {
                or = !required.isEmpty();
                continue;
            }
            List<String> words = List.copyOf(new LinkedHashSet<>(SearchText.contentWords(operand)));
            if (words.isEmpty()) {
                continue;
            }
            if (negated) {
                excluded.add(words);
            } else if (or) {
                required.get(required.size() - 1).add(words);
            } else {
                List<List<String>> group = new ArrayList<>();
                group.add(words);
                required.add(group);
            }
            or = false;
        }
        return new SearchQuery(required.stream().map(List::copyOf).toList(), List.copyOf(excluded));
    }

    /** True when nothing can match: no required word (a query of stop signs, or only exclusions). */
    public boolean matchesNothing() {
        return required.isEmpty();
    }

    /** Every required word, once. */
    public Set<String> positiveWords() {
        Set<String> all = new LinkedHashSet<>();
        required.forEach(g -> g.forEach(all::addAll));
        return all;
    }
}
