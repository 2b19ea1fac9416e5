package io.crosscheck.figure;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Reads a number written in words from the word tables of {@link NumberClasses}: "quatre cent
 * soixante-dix", "trente-deux", "vingt et un", "quatre-vingt-douze", "two hundred and fifty-one",
 * "sixty-seven", "deux millions trois cent mille", "doscientos treinta y dos", "tres mil millones",
 * collective words ("une trentaine" ~30, "des milliers" at least 2 000, "dozens of"), and "a single"
 * (an emphatic one). A small compositional reader rather than ICU's lenient spell-out parsing, which
 * reads these examples but costs about 0.4 ms a call and knows no articles or collective words
 * (docs/figures.md); ICU's spell-out formatting checks this reader ({@code SpelledNumbersProperties}).
 *
 * <p>Words are added in place order (hundreds, tens, units); a word that cannot follow ("deux trois")
 * ends the number. A scale word that ends the number is left to the scale reader ("deux millions" is
 * 2 with the scale "millions", so "de" may follow it as for digits).
 */
final class SpelledNumbers {

    /** How a collective word bounds the figure. */
    enum Collective { NONE, APPROXIMATE, AT_LEAST }

    /**
     * @param literal the number as read (word literal), ending before a final scale word when there is one
     * @param scaleStart where a final scale word starts (the literal ends before it), or -1
     * @param full the whole value including the final scale, and {@code fullEnd} its end
     * @param collective whether a collective word made it approximate or a lower bound
     */
    record Reading(NumberLiteral literal, int scaleStart, BigDecimal full, int fullEnd, Collective collective) {
    }

    private static final int MAX_TOKENS = 40;
    /** Each phrase's lower-case words, split once (phrases come from the packs: a bounded set). */
    private static final java.util.Map<String, String[]> PHRASE_WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private SpelledNumbers() {
    }

    /** Reads the spelled number starting at {@code start}, or null when the word there starts none. */
    static Reading read(String text, int start, String lang) {
        NumberClasses c = NumberClasses.of(lang);
        if (c == null) {
            return null;
        }
        int single = phraseAt(text, start, c.spelled.single());
        if (single > 0) {
            // An emphatic one ("a single penny") is a real count of one, not the article "a".
            return new Reading(new NumberLiteral(BigDecimal.ONE, BigDecimal.ONE, single, true, false, false), -1,
                    BigDecimal.ONE, single, Collective.NONE);
        }
        Reading collective = collective(text, start, c);
        if (collective != null) {
            return collective;
        }
        long total = 0;
        long current = 0;
        long lastAdd = 0;
        long lastScale = Long.MAX_VALUE;
        int end = -1;
        int lastTokenStart = -1;
        int scaleStart = -1;
        long scaleValue = 0;
        boolean started = false;
        boolean pendingOne = false;
        int pos = start;
        for (int n = 0; n < MAX_TOKENS && pos < text.length(); n++) {
            int te = wordEnd(text, pos);
            if (te == pos) {
                break;
            }
            String w = text.substring(pos, te).toLowerCase(Locale.ROOT);
            boolean isScale = false;
            if (!started && c.spelled.one().contains(w) && !c.spelled.numbers().containsKey(w)) {
                pendingOne = true;
            } else if (!started && c.spelled.one().contains(w) && isOneBefore(text, te, c)) {
                pendingOne = true;
            } else if (started && (c.spelled.joiners().contains(w) || c.spelled.unitJoiners().contains(w))) {
                Long next = nextNumber(text, te, c);
                boolean ok;
                if (next == null || followedByMultiplier(text, te, c, lastScale)) {
                    ok = false;
                } else if (!c.spelled.unitJoiners().contains(w)) {
                    // en "two hundred and fifty-one", "a thousand and one"
                    ok = (lastAdd >= 100 && lastAdd % 100 == 0 || lastAdd == 0 && total > 0) && next < 100;
                } else if (c.spelled.quatreVingt()) {
                    // fr "vingt et un", "soixante et onze"
                    ok = lastAdd >= 20 && lastAdd <= 60 && lastAdd % 10 == 0 && (next == 1 || next == 11);
                } else {
                    // es "treinta y dos"
                    ok = lastAdd >= 30 && lastAdd < 100 && lastAdd % 10 == 0 && next < 10;
                }
                if (!ok) {
                    break;
                }
                pos = skipSeparator(text, te);
                continue;
            } else if (c.spelled.numbers().containsKey(w)) {
                long v = c.spelled.numbers().get(w);
                if (pendingOne) {
                    break;
                }
                if (c.spelled.quatreVingt() && v == 20 && lastAdd == 4 && current % 100 == 4) {
                    current += 76;
                    lastAdd = 80;
                } else if (allowed(lastAdd, v, c.spelled.quatreVingt())) {
                    current += v;
                    lastAdd = v;
                } else {
                    break;
                }
            } else if (c.spelled.hundred().contains(w)) {
                long group = pendingOne ? 1 : current;
                if (group >= 100 || (lastAdd >= 100)) {
                    break;
                }
                current = (group == 0 ? 1 : group) * 100;
                lastAdd = 100;
                pendingOne = false;
            } else if (c.spelled.scales().containsKey(w)) {
                long s = c.spelled.scales().get(w);
                long group = pendingOne ? 1 : current;
                pendingOne = false;
                if (s < lastScale) {
                    // a bare scale word counts one of it: fr "deux millions mille" is 2 001 000
                    total += (group == 0 ? 1 : group) * s;
                } else if (s > lastScale && group == 0 && total > 0 && total < s) {
                    // "tres mil millones": a scale of a scale.
                    total *= s;
                } else {
                    break;
                }
                current = 0;
                lastAdd = 0;
                lastScale = s;
                isScale = true;
            } else {
                break;
            }
            started = started || !pendingOne;
            if (isScale) {
                scaleStart = pos;
                scaleValue = c.spelled.scales().get(w);
            } else if (!pendingOne) {
                scaleStart = -1;
            }
            lastTokenStart = pos;
            end = te;
            int next = skipSeparator(text, te);
            if (next == te) {
                break;
            }
            pos = next;
        }
        if (!started) {
            if (pendingOne) {
                int oneEnd = wordEnd(text, start);
                return new Reading(new NumberLiteral(BigDecimal.ONE, BigDecimal.ONE, oneEnd, true, false, true), -1,
                        BigDecimal.ONE, oneEnd, Collective.NONE);
            }
            return null;
        }
        long value = total + current;
        BigDecimal full = BigDecimal.valueOf(value);
        if (scaleStart >= 0 && lastTokenStart == scaleStart && scaleValue >= 1_000_000) {
            // Millions and above are left to the scale reader ("deux millions de personnes" needs its "de");
            // a final "mille"/"thousand" stays in the number ("trois cent mille habitants").
            int before = scaleStart;
            while (before > start && (NumberLiteral.isSpace(text.charAt(before - 1)) || text.charAt(before - 1) == '-')) {
                before--;
            }
            BigDecimal mantissa = BigDecimal.valueOf(value / scaleValue);
            return new Reading(wordLiteral(mantissa, before), scaleStart, full, end, Collective.NONE);
        }
        return new Reading(wordLiteral(full, end), -1, full, end, Collective.NONE);
    }

    /** "une trentaine", "a dozen", "des milliers", "hundreds", "dizaines de milliers": collective number words. */
    private static Reading collective(String text, int start, NumberClasses c) {
        int pos = start;
        int te = wordEnd(text, pos);
        String w = text.substring(pos, te).toLowerCase(Locale.ROOT);
        boolean article = c.spelled.one().contains(w);
        if (article) {
            pos = skipSeparator(text, te);
            if (pos == te) {
                return null;
            }
        }
        for (var e : c.collective.approximate().entrySet()) {
            int end = phraseAt(text, pos, java.util.List.of(e.getKey()));
            // "une trentaine", "a score of" need their article ("la trentaine" is an age, "score" a noun);
            // a dozen reads alone, as before.
            if (end > 0 && (article || e.getValue() == 12)) {
                BigDecimal v = BigDecimal.valueOf(e.getValue());
                // "a dozen" / "une douzaine" keep reading as twelve, as before; the others are hedged.
                Collective kind = e.getValue() == 12 ? Collective.NONE : Collective.APPROXIMATE;
                return new Reading(wordLiteral(v, end), -1, v, end, kind);
            }
        }
        if (article) {
            return null;
        }
        String best = null;
        int bestEnd = -1;
        for (String k : c.collective.plural().keySet()) {
            int end = phraseAt(text, pos, java.util.List.of(k));
            if (end > bestEnd) {
                best = k;
                bestEnd = end;
            }
        }
        if (best == null) {
            return null;
        }
        BigDecimal v = BigDecimal.valueOf(c.collective.plural().get(best));
        return new Reading(wordLiteral(v, bestEnd), -1, v, bestEnd, Collective.AT_LEAST);
    }

    /** A word meaning one before a hundred, a scale or a collective word ("un million", "a hundred"). */
    private static boolean isOneBefore(String text, int te, NumberClasses c) {
        int p = skipSeparator(text, te);
        if (p == te) {
            return false;
        }
        String next = text.substring(p, wordEnd(text, p)).toLowerCase(Locale.ROOT);
        return c.spelled.hundred().contains(next) || c.spelled.scales().containsKey(next);
    }

    /**
     * Whether the number word after a joiner is itself followed by a hundred or by a scale at least as
     * large as the last one: then the joiner links two numbers ("between two hundred and three hundred",
     * "two million and three million"), it does not continue one.
     */
    private static boolean followedByMultiplier(String text, int te, NumberClasses c, long lastScale) {
        int p = skipSeparator(text, te);
        int e = wordEnd(text, p);
        int q = skipSeparator(text, e);
        if (q == e) {
            return false;
        }
        String after = text.substring(q, wordEnd(text, q)).toLowerCase(Locale.ROOT);
        Long s = c.spelled.scales().get(after);
        return c.spelled.hundred().contains(after) || s != null && (lastScale == Long.MAX_VALUE ? false : s >= lastScale);
    }

    private static Long nextNumber(String text, int te, NumberClasses c) {
        int p = skipSeparator(text, te);
        if (p == te) {
            return null;
        }
        return c.spelled.numbers().get(text.substring(p, wordEnd(text, p)).toLowerCase(Locale.ROOT));
    }

    /** Whether {@code v} can be added after {@code lastAdd}: units after tens, anything below 100 after hundreds. */
    private static boolean allowed(long lastAdd, long v, boolean vigesimal) {
        if (lastAdd == 0) {
            return true;
        }
        if (lastAdd >= 100 && lastAdd % 100 == 0) {
            return v < 100;
        }
        if (lastAdd >= 20 && lastAdd < 100 && lastAdd % 10 == 0 && v < 10) {
            return true;
        }
        // fr "soixante-dix", "quatre-vingt-douze"; "dix-sept" … "dix-neuf" (also after 60 and 80)
        return vigesimal && ((lastAdd == 60 || lastAdd == 80) && v >= 10 && v <= 19 || lastAdd == 10 && v >= 7 && v <= 9);
    }

    static NumberLiteral wordLiteral(BigDecimal v, int end) {
        return new NumberLiteral(v, integerUlp(v.toPlainString()), end, true, false, true);
    }

    private static BigDecimal integerUlp(String digits) {
        int zeros = 0;
        for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) {
            zeros++;
        }
        return digits.chars().allMatch(ch -> ch == '0') ? BigDecimal.ONE : BigDecimal.ONE.movePointRight(zeros);
    }

    /** The end of a phrase of words at {@code pos} (any run of spaces between its words), or -1. */
    static int phraseAt(String text, int pos, java.util.List<String> phrases) {
        int best = -1;
        for (String phrase : phrases) {
            int p = pos;
            boolean ok = true;
            for (String part : PHRASE_WORDS.computeIfAbsent(phrase, k -> k.toLowerCase(Locale.ROOT).split(" +"))) {
                if (p != pos) {
                    int q = skipSpaces(text, p);
                    if (q == p) {
                        ok = false;
                        break;
                    }
                    p = q;
                }
                int e = wordEnd(text, p);
                if (e - p != part.length() || !text.regionMatches(true, p, part, 0, part.length())) {
                    ok = false;
                    break;
                }
                p = e;
            }
            if (ok && p > best) {
                best = p;
            }
        }
        return best;
    }

    private static int wordEnd(String text, int i) {
        return EdgeWords.wordEnd(text, i);
    }

    private static int skipSpaces(String text, int i) {
        int e = i;
        while (e < text.length() && e < i + 3 && NumberLiteral.isSpace(text.charAt(e))) {
            e++;
        }
        return e;
    }

    /** Past one hyphen or a short run of spaces to the next word; {@code i} itself when no word follows. */
    private static int skipSeparator(String text, int i) {
        int e = i;
        if (e < text.length() && text.charAt(e) == '-') {
            e++;
        } else {
            e = skipSpaces(text, i);
        }
        return e > i && e < text.length() && Character.isLetter(text.charAt(e)) ? e : i;
    }
}
