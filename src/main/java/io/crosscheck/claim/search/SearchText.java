package io.crosscheck.claim.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How searched text is cut into words on H2: accents and case folded away ("Élevé" → "eleve"), split
 * at every character that is not a letter or a digit, and a plural {@code s} or {@code x} dropped from
 * words of four letters or more ("milliards" → "milliard"). Documents and queries go through the same
 * steps, so they meet whatever the spelling. PostgreSQL folds with {@code crosscheck_fold} and stems
 * with the claim language's text search configuration instead (V14_1 in db/vendor/postgresql).
 */
public final class SearchText {

    /** Longer words are cut to this length, in documents and queries alike (the column's size). */
    public static final int MAX_TERM = 64;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * Function words that H2 neither stores nor searches, as PostgreSQL's French, English and Spanish
     * configurations do (their lists are longer): "coût de production" requires "coût" and "production".
     * A word is checked folded and before its plural mark is dropped ("dans", not "dan").
     */
    static final java.util.Set<String> STOP_WORDS = java.util.Set.of(
            "le", "la", "les", "de", "des", "du", "et", "un", "une", "en", "dans", "pour", "par", "sur", "avec", "ce",
            "qui", "que", "qu", "ne", "pas", "son", "sa", "ses", "il", "elle", "est", "sont", "au", "aux", "d", "l",
            "s", "y", "on", "se", "nous", "vous", "je", "tu", "leur",
            "the", "and", "of", "to", "in", "for", "with", "by", "at", "from", "is", "are", "was", "were", "be",
            "been", "it", "its", "this", "that", "as", "not", "an",
            "el", "los", "las", "del", "o", "al", "con", "por", "para", "es", "fue", "su", "sus", "lo", "como");

    private SearchText() {
    }

    /** Lower case without accents: "ÉLEVÉ Œuvre" → "eleve oeuvre". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        StringBuilder out = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            switch (c) {
                case 'œ', 'Œ' -> out.append("oe");
                case 'æ', 'Æ' -> out.append("ae");
                case 'ß', 'ẞ' -> out.append("ss");
                case 'ø', 'Ø' -> out.append('o');
                case 'đ', 'Đ' -> out.append('d');
                case 'ł', 'Ł' -> out.append('l');
                case 'ħ', 'Ħ' -> out.append('h');
                case 'ı' -> out.append('i');
                default -> out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The words of a text, folded and reduced, in order (repeats kept). */
    public static List<String> words(String text) {
        return words(text, false);
    }

    /** {@link #words(String)} without the {@link #STOP_WORDS}: what is stored and what a query requires. */
    public static List<String> contentWords(String text) {
        return words(text, true);
    }

    private static List<String> words(String text, boolean withoutStopWords) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String folded = fold(text);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean part = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                String word = folded.substring(start, i);
                if (!withoutStopWords || !STOP_WORDS.contains(word)) {
                    words.add(reduce(word));
                }
                start = -1;
            }
        }
        return words;
    }

    /**
     * The distinct words of some texts with how often each occurs, in order of first occurrence: the rows
     * of {@code claim_term}. Stop words are left out: no query looks them up, and each would be one more
     * entry of the term index to write (and one more page for H2 to store) with every claim.
     */
    public static Map<String, Integer> terms(String... texts) {
        Map<String, Integer> terms = new LinkedHashMap<>();
        for (String text : texts) {
            for (String w : contentWords(text)) {
                terms.merge(w, 1, Integer::sum);
            }
        }
        return terms;
    }

    /** Drops a plural mark from words of four letters or more, and cuts long words. */
    static String reduce(String word) {
        String w = word;
        int n = w.length();
        if (n >= 4 && (w.charAt(n - 1) == 'x' || w.charAt(n - 1) == 's' && w.charAt(n - 2) != 's')
                && Character.isLetter(w.charAt(n - 2))) {
            w = w.substring(0, n - 1);
        }
        return w.length() > MAX_TERM ? w.substring(0, MAX_TERM) : w;
    }
}
