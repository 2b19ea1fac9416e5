package io.crosscheck.figure;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one figure around a number found in the text: qualifier and currency before it, scale,
 * currency, unit or counted noun after it, and a second end for ranges. Every pattern is matched on a
 * short window at a known position, so the cost per number is bounded.
 */
final class FigureGrammar {

    /** The outcome at one number: a figure, or the reason there is none (reason may be null: silently none). */
    record Attempt(Figure figure, int start, int end, String reason, int consumedTo) {
    }

    private static final int LOOKBACK = 24;
    private static final java.util.Set<String> MORE = java.util.Set.of("plus", "more", "larger", "bigger", "greater",
            "higher", "faster");
    private static final Pattern VERSION = Pattern.compile("(?i)v\\d+(?:\\.\\d+)+.*");
    private static final Pattern DOZEN_ARTICLE = Pattern.compile("(?<![\\p{L}])(?i:a|une)" + Lexicon.SP + "+$");
    private final String text;
    private final String lang;
    private final boolean parseMode;
    /** One matcher per pattern, reset for each use: numbers are many, and allocation dominated. */
    private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

    FigureGrammar(String text, String lang, boolean parseMode) {
        this.text = text;
        this.lang = lang;
        this.parseMode = parseMode;
    }

    Attempt at(int coreStart, int coreEnd, boolean isWord) {
        String[] why = new String[1];
        int start = coreStart;
        boolean ratioPrefix = false;
        if (!isWord && coreStart > 0) {
            char c = text.charAt(coreStart - 1);
            boolean lone = coreStart < 2 || !Character.isLetterOrDigit(text.charAt(coreStart - 2));
            if (c == '×' || ((c == 'x' || c == 'X') && lone)) {
                ratioPrefix = true;
                start = coreStart - 1;
            } else if (Character.isLetter(c) || (c == '-' && !lone && Character.isLetter(text.charAt(coreStart - 2)))
                    || c == '_') {
                return reject(coreStart, coreEnd, nameReason(coreStart, coreEnd));
            } else if (c == '/' || c == ':' || c == '.' || c == ',') {
                return reject(coreStart, coreEnd, "'" + around(coreStart, coreEnd)
                        + "' is part of a date, time, fraction or code, not a figure");
            }
        }
        if (!isWord && coreEnd + 1 < text.length() && (text.charAt(coreEnd) == '/' || text.charAt(coreEnd) == ':')
                && Character.isDigit(text.charAt(coreEnd + 1))) {
            return reject(coreStart, coreEnd, "'" + around(coreStart, coreEnd)
                    + "' is a date, time, score or fraction, not a figure");
        }
        NumberLiteral lit = isWord ? NumberLiteral.ofWord(text.substring(coreStart, coreEnd), coreEnd)
                : NumberLiteral.read(text, coreStart, coreEnd, lang, why);
        if (lit == null) {
            return reject(coreStart, coreEnd, why[0]);
        }
        if (isWord && lit.mantissa().intValue() == 12) {
            Matcher a = window(DOZEN_ARTICLE, start, 5);
            start = a == null ? start : a.start();
        }
        String prefixCurrency = null;
        if (!ratioPrefix) {
            Matcher cb = window(Lexicon.CURRENCY_BEFORE, start, 6);
            if (cb != null) {
                prefixCurrency = Lexicon.currencyOf(cb.group("c"));
                start = cb.start();
            }
        }
        Quantity q1 = new Quantity();
        q1.start = start;
        String r = read(q1, lit, prefixCurrency, ratioPrefix);
        if (r != null || q1.end == 0) {
            return reject(coreStart, lit.end(), r);
        }
        Matcher qual = ratioPrefix ? null : window(Lexicon.QUALIFIER, start, LOOKBACK);
        String qualifier = qual == null ? null : qualifierOf(qual);
        Attempt range = range(q1, qualifier, qual);
        if (range != null) {
            return range;
        }
        FigureKind kind = switch (qualifier == null ? "" : qualifier) {
            case "approx", "tilde" -> FigureKind.APPROXIMATE;
            case "least" -> FigureKind.AT_LEAST;
            case "most" -> FigureKind.AT_MOST;
            default -> q1.plus ? FigureKind.AT_LEAST : FigureKind.EXACT;
        };
        if (kind != FigureKind.EXACT && qualifier != null && !"between".equals(qualifier)
                && !"from".equals(qualifier)) {
            start = qual.start();
        }
        if (q1.dim == Dimension.COUNT && !q1.hasScale && kind == FigureKind.EXACT && productName(q1) != null) {
            return reject(coreStart, lit.end(), "'" + productName(q1) + "' is a model or product name, not a figure");
        }
        if (q1.dim == null) {
            if (q1.yearLike()) {
                return reject(coreStart, lit.end(), "'" + lit.mantissa() + "' looks like a year, not a figure");
            }
            String product = productName(q1);
            if (product != null && kind == FigureKind.EXACT) {
                return reject(coreStart, lit.end(), "'" + product + "' is a model or product name, not a figure");
            }
            if (lit.isOneWord()) {
                return reject(coreStart, lit.end(), null);
            }
            if (kind == FigureKind.EXACT && !parseMode) {
                return reject(coreStart, q1.end, "a bare number with no unit is not reported");
            }
            q1.dim = Dimension.COUNT;
        }
        if (lit.word() && !q1.hasScale && kind == FigureKind.EXACT && !parseMode
                && window(Lexicon.DETERMINER_BEFORE, start, 12) != null) {
            return reject(coreStart, q1.end, null);
        }
        String span = text.substring(start, q1.end);
        Figure f = switch (kind) {
            case AT_LEAST -> Intervals.bound(kind, q1.dim, q1.stated(), null, q1.currency, q1.unit, span, lang);
            case AT_MOST -> Intervals.bound(kind, q1.dim, null, q1.stated(), q1.currency, q1.unit, span, lang);
            default -> Intervals.point(kind, q1.dim, lit.mantissa(), lit.ulp(), q1.multiplier(), q1.currency,
                    q1.unit, span, lang);
        };
        return new Attempt(f, start, q1.end, null, q1.end);
    }

    private Attempt range(Quantity q1, String qualifier, Matcher qual) {
        if (q1.dim == Dimension.COUNT && q1.unit != null || q1.plus) {
            return null;
        }
        Matcher c = at(Lexicon.CONNECTOR, q1.end);
        if (c == null) {
            return null;
        }
        String conn = c.group("c").toLowerCase(Locale.ROOT);
        boolean dash = conn.length() == 1 && "–—‒-".contains(conn);
        boolean ok = switch (qualifier == null ? "" : qualifier) {
            case "between" -> dash || conn.equals("et") || conn.equals("and");
            case "from" -> dash || conn.equals("à") || conn.equals("a") || conn.equals("au") || conn.equals("to");
            default -> dash || conn.equals("à") || conn.equals("to");
        };
        if (!ok) {
            return null;
        }
        int p = c.end();
        String cur2 = null;
        Matcher cp = at(Lexicon.CURRENCY_PREFIX, p);
        if (cp != null) {
            cur2 = Lexicon.currencyOf(cp.group("c"));
            p = cp.end();
        }
        Matcher core = at(Lexicon.core(lang), p);
        if (core == null || core.start() != p) {
            return null;
        }
        boolean word = core.group("w") != null;
        NumberLiteral lit2 = word ? NumberLiteral.ofWord(core.group(), core.end())
                : NumberLiteral.read(text, p, core.end(), lang, new String[1]);
        if (lit2 == null || lit2.isOneWord()) {
            return null;
        }
        Quantity q2 = new Quantity();
        q2.start = c.start();
        if (read(q2, lit2, cur2, false) != null || q2.end == 0) {
            return null;
        }
        if (!q1.hasScale && q2.hasScale && q1.num.mantissa().compareTo(BigDecimal.valueOf(1000)) < 0) {
            q1.scale = q2.scale;
            q1.hasScale = true;
        }
        boolean years = q1.yearLike() && q2.yearLike();
        if (q1.unspecified() && !q2.unspecified()) {
            q1.takeDimensionOf(q2);
        } else if (q2.unspecified() && !q1.unspecified()) {
            q2.takeDimensionOf(q1);
        }
        if (q1.dim == null || q2.dim == null) {
            q1.dim = q1.dim == null ? q2.dim : q1.dim;
            q2.dim = q2.dim == null ? q1.dim : q2.dim;
        }
        if (q1.dim != q2.dim || !same(q1.currency, q2.currency) || !same(q1.unit, q2.unit)) {
            return null;
        }
        boolean labelled = qualifier != null && ("between".equals(qualifier) || "from".equals(qualifier));
        int start = labelled ? qual.start() : q1.start;
        if (q1.dim == null && !labelled && !parseMode) {
            // "2-1", "10-15" with no unit and no "entre"/"between": scores, pages, codes more often than figures.
            return reject(q1.start, q2.end, null);
        }
        if (years) {
            return reject(start, q2.end, "'" + text.substring(start, q2.end) + "' looks like a span of years");
        }
        BigDecimal low = q1.stated();
        BigDecimal high = q2.stated();
        if (low.compareTo(high) > 0) {
            return null;
        }
        Dimension dim = q1.dim == null ? Dimension.COUNT : q1.dim;
        Figure f = Intervals.bound(FigureKind.RANGE, dim, low, high, q1.currency, q1.unit,
                text.substring(start, q2.end), lang);
        return new Attempt(f, start, q2.end, null, q2.end);
    }

    /** Fills {@code q} from what follows the number; returns a rejection reason or null. */
    private String read(Quantity q, NumberLiteral lit, String prefixCurrency, boolean ratioPrefix) {
        q.num = lit;
        int p = lit.end();
        int len = text.length();
        if (!lit.word() && p < len && Character.isLetter(text.charAt(p))) {
            Matcher m;
            if (prefixCurrency != null && text.charAt(p) == 'm' && (p + 1 >= len
                    || !Character.isLetterOrDigit(text.charAt(p + 1)))) {
                // "£100m": a lower-case m after a currency sign is millions in British usage, not metres.
                setScale(q, "M");
                p++;
            } else if ((m = at(Lexicon.SCALE, p)) != null && m.group("a") != null) {
                setScale(q, m.group("a"));
                p = m.end();
            } else if (!ratioPrefix && (m = at(Lexicon.ATTACHED_TIMES, p)) != null) {
                q.dim = Dimension.RATIO;
                Matcher d = at(Lexicon.DIRECTION_AFTER, m.end());
                q.unit = d == null ? "more" : direction(d.group("dir"));
                q.end = d == null ? m.end() : d.end();
                return null;
            } else if (at(Lexicon.ORDINAL, p) != null) {
                return "'" + around(lit.end() - 1, p) + "' is an ordinal, not a figure";
            } else {
                return nameReason(p - 1, p);
            }
        }
        if (p < len && text.charAt(p) == '+' && (p + 1 >= len || !Character.isDigit(text.charAt(p + 1)))) {
            q.plus = true;
            p++;
        }
        if (!q.hasScale) {
            Matcher s = at(Lexicon.SCALE, p);
            if (s != null && s.group("a") == null) {
                setScale(q, s.group("w") != null ? s.group("w") : s.group("b"));
                p = s.end();
            }
        }
        if (lit.isOneWord() && !q.hasScale) {
            return null;
        }
        q.end = p;
        if (ratioPrefix) {
            q.dim = Dimension.RATIO;
            Matcher d = at(Lexicon.DIRECTION_AFTER, p);
            q.unit = d == null ? "more" : direction(d.group("dir"));
            q.end = d == null ? p : d.end();
            return null;
        }
        if (prefixCurrency != null) {
            q.dim = Dimension.MONEY;
            q.currency = prefixCurrency;
            return null;
        }
        Matcher m = at(Lexicon.CURRENCY_AFTER, p);
        if (m != null && (m.group("de") == null || q.hasScale)) {
            q.dim = Dimension.MONEY;
            q.currency = Lexicon.currencyOf(m.group("c"));
            q.end = m.end();
            return null;
        }
        if ((m = at(Lexicon.PERCENT, p)) != null) {
            q.dim = Dimension.PERCENT;
            q.end = m.end();
            return null;
        }
        if ((m = at(Lexicon.RATIO, p)) != null) {
            q.dim = Dimension.RATIO;
            q.unit = direction(m.group("dir"));
            q.end = m.end();
            return null;
        }
        if ((m = at(Lexicon.DURATION, p)) != null && (m.group("de") == null || q.hasScale)) {
            q.end = m.end();
            if (m.group("gpu") != null) {
                q.dim = Dimension.COUNT;
                q.unit = "gpu hour";
            } else {
                q.dim = Dimension.DURATION;
                q.factor = Lexicon.secondsOf(m.group("d"));
            }
            return null;
        }
        boolean frenchScale = q.hasScale && "fr".equals(lang);
        if ((m = at(Lexicon.NOUN, p)) != null && (m.group("de") == null ? !frenchScale
                : q.hasScale || lit.mantissa().intValue() == 12 && lit.word())) {
            noun(q, m);
        }
        if (q.hasScale && q.dim == null) {
            q.dim = Dimension.COUNT;
        }
        if (q.dim == Dimension.COUNT && q.unit != null && !q.hasScale && q.literalYear()) {
            Matcher y = window(Lexicon.YEAR_CONTEXT, q.start, 20);
            if (y != null) {
                return "'" + lit.mantissa() + "' looks like a year, not a figure";
            }
        }
        return null;
    }

    private void noun(Quantity q, Matcher m) {
        String w1 = m.group("w1");
        String w2 = m.group("w2");
        if (!Lexicon.isNoun(w1)) {
            return;
        }
        boolean model = w1.chars().anyMatch(Character::isDigit);
        boolean cap1 = Character.isUpperCase(w1.charAt(0)) || model;
        boolean acr1 = isAcronym(w1) && !model;
        if (cap1 && !acr1 && w2 != null && Lexicon.isNoun(w2) && (Character.isLowerCase(w2.charAt(0))
                || isAcronym(w2))) {
            setNoun(q, w2, m.end("w2"));
            return;
        }
        if (cap1 && !acr1) {
            return;
        }
        if (w2 != null && Lexicon.isNoun(w2) && Lexicon.isAdjectiveBeforeNoun(w1, lang)
                && (Character.isLowerCase(w2.charAt(0)) || isAcronym(w2))) {
            setNoun(q, w2, m.end("w2"));
            return;
        }
        if (w2 != null && w1.equalsIgnoreCase("GPU") && (w2.equalsIgnoreCase("hours") || w2.equalsIgnoreCase("hour"))) {
            setNoun(q, "gpu hours", m.end("w2"));
            return;
        }
        setNoun(q, w1, m.end("w1"));
        if (w2 != null && "fr".equals(lang) && Character.isUpperCase(w2.charAt(0)) && w2.length() >= 3
                && Lexicon.isNoun(w2)) {
            q.end = m.end("w2");
        }
    }

    private static boolean isAcronym(String w) {
        String letters = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        return letters.length() >= 2 && letters.chars().allMatch(Character::isUpperCase);
    }

    private void setNoun(Quantity q, String noun, int end) {
        q.dim = Dimension.COUNT;
        q.unit = CountNouns.normalise(noun, lang);
        q.end = end;
    }

    private void setScale(Quantity q, String s) {
        q.scale = Lexicon.scaleOf(s, lang);
        q.hasScale = true;
    }

    private static String direction(String d) {
        return MORE.contains(d.toLowerCase(Locale.ROOT)) ? "more" : "less";
    }

    private static String qualifierOf(Matcher m) {
        for (String g : new String[] {"approx", "least", "most", "between", "from", "tilde"}) {
            if (m.group(g) != null) {
                return g;
            }
        }
        return null;
    }

    /** "Llama 3", "Windows 11", "iPhone 15": a small bare integer right after a capitalised name. */
    private String productName(Quantity q) {
        if (!q.num.integerOnly() || q.num.word() || q.num.mantissa().compareTo(BigDecimal.valueOf(100)) >= 0) {
            return null;
        }
        Matcher w = window(Lexicon.WORD_BEFORE, q.start, 30);
        if (w == null) {
            return null;
        }
        String word = w.group("w");
        boolean hasUpper = word.chars().anyMatch(Character::isUpperCase);
        if (!hasUpper || !Lexicon.isNoun(word) || Lexicon.QUALIFIER.matcher(word + " ").find()) {
            return null;
        }
        return word + " " + q.num.mantissa().toPlainString();
    }

    private String nameReason(int from, int to) {
        String token = around(from, to);
        if (VERSION.matcher(token).matches()) {
            return "'" + token + "' is a version number, not a figure";
        }
        return "'" + token + "' is a model or product name, not a figure";
    }

    /** The whole word-like token around a position, for error messages ("GPT-4o", "H800"). */
    private String around(int from, int to) {
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

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private Attempt reject(int start, int end, String reason) {
        return new Attempt(null, start, end, reason, end);
    }

    private Matcher matcher(Pattern p) {
        return matchers.computeIfAbsent(p, k -> k.matcher(text));
    }

    private Matcher at(Pattern p, int pos) {
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
    private Matcher window(Pattern p, int end, int size) {
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
