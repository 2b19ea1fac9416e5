package io.crosscheck.figure;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as written: its value and the unit of its last significant digit (the "ulp" used by the
 * precision rule). Reads digits with the separators of a language pack, and the pack's number words.
 *
 * <p>Separator rule: when both ',' and '.' occur, the last one is the decimal separator. A single
 * kind of separator occurring several times is grouping (groups of three digits required). A single
 * separator followed by exactly three digits is grouping unless it is the language's decimal
 * separator (the pack's decimalSeparator: fr and es ",", en "."): fr "1,600" = 1.6, es "1.600" = 1600,
 * en "1,600" = 1600, en "1.600" = 1.6.
 * Any other single separator is decimal ("1,6" and "1.6" are 1.6 in both languages).
 */
record NumberLiteral(BigDecimal mantissa, BigDecimal ulp, int end, boolean integerOnly, boolean grouped,
                     boolean word) {

    static final String SPACE = "[ \\u00A0\\u202F\\u2009\\u2007]";
    private static final Pattern SPACE_GROUPED = Pattern.compile(
            "\\d{1,3}(?:" + SPACE + "\\d{3})+(?:,\\d+)?(?![\\d])(?!" + SPACE + "?[.,]\\d)");

    private static String withoutSpaces(CharSequence text, int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            if (!isSpace(text.charAt(i))) {
                b.append(text.charAt(i));
            }
        }
        return b.toString();
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
    }

    /** Words meaning one: only a figure when a scale follows ("un milliard", "a billion"). */
    boolean isOneWord() {
        return word && mantissa.intValue() == 1;
    }

    static NumberLiteral ofWord(String word, int end, Lexicon lex) {
        Integer v = lex.numberWord(word);
        if (v == null) {
            return null;
        }
        BigDecimal m = BigDecimal.valueOf(v);
        return new NumberLiteral(m, integerUlp(m.toPlainString()), end, true, false, true);
    }

    /**
     * Reads the digits starting at {@code start}; {@code tokenEnd} is the end of the plain
     * digits-and-separators token. Returns null (with {@code why[0]} set) when it is no number.
     */
    static NumberLiteral read(CharSequence text, int start, int tokenEnd, String lang, String[] why) {
        int end = tokenEnd;
        String raw = text.subSequence(start, tokenEnd).toString();
        if (raw.length() <= 3 && raw.chars().allMatch(Character::isDigit)) {
            Matcher m = SPACE_GROUPED.matcher(text);
            m.region(start, Math.min(text.length(), start + 80)).useTransparentBounds(true);
            if (m.lookingAt() && m.end() > tokenEnd) {
                end = m.end();
                raw = withoutSpaces(text, start, end);
                return build(raw.replace(",", "."), end, true);
            }
        }
        if (raw.length() > 60) {
            why[0] = "the number is too long to be a figure";
            return null;
        }
        int commas = count(raw, ',');
        int dots = count(raw, '.');
        if (commas == 0 && dots == 0) {
            return build(raw, end, false);
        }
        if (commas > 0 && dots > 0) {
            char dec = raw.lastIndexOf(',') > raw.lastIndexOf('.') ? ',' : '.';
            char grp = dec == ',' ? '.' : ',';
            int decPos = raw.lastIndexOf(dec);
            if (count(raw, dec) != 1 || !groupsOk(raw.substring(0, decPos), grp)) {
                why[0] = "'" + raw + "' mixes separators in a way no number does";
                return null;
            }
            return build(raw.substring(0, decPos).replace(String.valueOf(grp), "") + "."
                    + raw.substring(decPos + 1), end, true);
        }
        char sep = commas > 0 ? ',' : '.';
        int n = Math.max(commas, dots);
        if (n > 1) {
            if (groupsOk(raw, sep)) {
                return build(raw.replace(String.valueOf(sep), ""), end, true);
            }
            why[0] = sep == '.' ? "'" + raw + "' looks like a version number" : "'" + raw + "' is not a number";
            return null;
        }
        int pos = raw.indexOf(sep);
        boolean threeAfter = raw.length() - pos - 1 == 3;
        char langDecimal = LanguagePacks.pack(lang).decimalSeparator().charAt(0);
        if (threeAfter && pos <= 3 && pos > 0 && raw.charAt(0) != '0' && sep != langDecimal) {
            return build(raw.replace(String.valueOf(sep), ""), end, true);
        }
        return build(raw.replace(',', '.'), end, false);
    }

    private static boolean groupsOk(String s, char sep) {
        int first = s.indexOf(sep);
        if (first < 0) {
            return !s.isEmpty() && s.length() <= 3;
        }
        if (first == 0 || first > 3) {
            return false;
        }
        int prev = first;
        for (int i = first + 1; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == sep) {
                if (i - prev - 1 != 3) {
                    return false;
                }
                prev = i;
            }
        }
        return true;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static NumberLiteral build(String plain, int end, boolean grouped) {
        BigDecimal m = new BigDecimal(plain);
        int dot = plain.indexOf('.');
        if (dot >= 0) {
            return new NumberLiteral(m, BigDecimal.ONE.movePointLeft(plain.length() - dot - 1), end, false, grouped,
                    false);
        }
        return new NumberLiteral(m, integerUlp(plain), end, true, grouped, false);
    }

    /** Trailing zeros of an integer are not significant: "50000" has ulp 10000, "2048" has ulp 1. */
    private static BigDecimal integerUlp(String digits) {
        int zeros = 0;
        for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) {
            zeros++;
        }
        if (digits.chars().allMatch(c -> c == '0')) {
            return BigDecimal.ONE;
        }
        return BigDecimal.ONE.movePointRight(zeros);
    }
}
