package io.crosscheck.figure;

import java.math.BigDecimal;
import java.util.Locale;
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
    private final String text;
    private final String lang;
    private final boolean parseMode;
    private final TextCursor cursor;
    private final QuantityReader reader;
    private final Lexicon lex;

    FigureGrammar(String text, String lang, boolean parseMode) {
        this.text = text;
        this.lang = lang;
        this.parseMode = parseMode;
        this.lex = Lexicon.of(lang);
        this.cursor = new TextCursor(text, lang);
        this.reader = new QuantityReader(cursor, lex);
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
        NumberLiteral lit = isWord ? NumberLiteral.ofWord(text.substring(coreStart, coreEnd), coreEnd, lex)
                : NumberLiteral.read(text, coreStart, coreEnd, lang, why);
        if (lit == null) {
            return reject(coreStart, coreEnd, why[0]);
        }
        if (isWord && lit.mantissa().intValue() == 12) {
            Matcher a = window(lex.DOZEN_ARTICLE, start, 5);
            start = a == null ? start : a.start();
        }
        String prefixCurrency = null;
        if (!ratioPrefix) {
            Matcher cb = window(lex.CURRENCY_BEFORE, start, 6);
            if (cb != null) {
                prefixCurrency = lex.currencyOf(cb.group("c"));
                start = cb.start();
            }
        }
        Quantity q1 = new Quantity();
        q1.start = start;
        String r = reader.read(q1, lit, prefixCurrency, ratioPrefix);
        if (r != null || q1.end == 0) {
            return reject(coreStart, lit.end(), r);
        }
        Matcher qual = ratioPrefix ? null : window(lex.QUALIFIER, start, LOOKBACK);
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
                && window(lex.DETERMINER_BEFORE, start, 12) != null) {
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
        Matcher c = at(lex.CONNECTOR, q1.end);
        if (c == null) {
            return null;
        }
        String conn = c.group("c").toLowerCase(Locale.ROOT);
        boolean dash = conn.length() == 1 && "–—‒-".contains(conn);
        if (!dash && !lex.connects(qualifier, conn)) {
            return null;
        }
        int p = c.end();
        String cur2 = null;
        Matcher cp = at(lex.CURRENCY_PREFIX, p);
        if (cp != null) {
            cur2 = lex.currencyOf(cp.group("c"));
            p = cp.end();
        }
        Matcher core = at(lex.CORE, p);
        if (core == null || core.start() != p) {
            return null;
        }
        boolean word = core.group("w") != null;
        NumberLiteral lit2 = word ? NumberLiteral.ofWord(core.group(), core.end(), lex)
                : NumberLiteral.read(text, p, core.end(), lang, new String[1]);
        if (lit2 == null || lit2.isOneWord()) {
            return null;
        }
        Quantity q2 = new Quantity();
        q2.start = c.start();
        if (reader.read(q2, lit2, cur2, false) != null || q2.end == 0) {
            return null;
        }
        // "entre 30 y 45 millones", es "de 60.000 a 75.000 millones": the high end's scale is the low end's too.
        if (!q1.hasScale && q2.hasScale && (q1.num.mantissa().compareTo(BigDecimal.valueOf(1000)) < 0
                || q1.num.mantissa().compareTo(q2.num.mantissa()) <= 0)) {
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
        if (!lex.pack.capitalisedWordsAreNames() || !q.num.integerOnly() || q.num.word() || q.num.mantissa().compareTo(BigDecimal.valueOf(100)) >= 0) {
            return null;
        }
        Matcher w = window(Lexicon.WORD_BEFORE, q.start, 30);
        if (w == null) {
            return null;
        }
        String word = w.group("w");
        boolean hasUpper = word.chars().anyMatch(Character::isUpperCase);
        if (!hasUpper || !lex.isNoun(word) || lex.QUALIFIER.matcher(word + " ").find()) {
            return null;
        }
        return word + " " + q.num.mantissa().toPlainString();
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private Attempt reject(int start, int end, String reason) {
        return new Attempt(null, start, end, reason, end);
    }

    private Matcher at(Pattern p, int pos) {
        return cursor.at(p, pos);
    }

    private Matcher window(Pattern p, int end, int size) {
        return cursor.window(p, end, size);
    }

    private String around(int from, int to) {
        return cursor.around(from, to);
    }

    private String nameReason(int from, int to) {
        return cursor.nameReason(from, to);
    }
}
