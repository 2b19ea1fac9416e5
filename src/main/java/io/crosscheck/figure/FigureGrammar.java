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
    /** The number classes of the language (spelled numbers, changes, bounds, percent variants), or null. */
    private final NumberClasses classes;

    FigureGrammar(String text, String lang, boolean parseMode) {
        this.text = text;
        this.lang = lang;
        this.parseMode = parseMode;
        this.lex = Lexicon.of(lang);
        this.cursor = new TextCursor(text, lang);
        this.reader = new QuantityReader(cursor, lex);
        this.classes = NumberClasses.of(lang);
    }

    Attempt at(int coreStart, int coreEnd, boolean isWord) {
        String[] why = new String[1];
        int start = coreStart;
        boolean ratioPrefix = false;
        int sign = 1;
        boolean signChange = false;
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
            } else if (Signs.isSignChar(c) && lone && (coreStart < 2 || !Signs.isSignChar(text.charAt(coreStart - 2)))) {
                // "−4 %", "-4%": a negative number; "+3 %": a change (a plus sign is only written for one).
                sign = c == '+' ? 1 : -1;
                signChange = c == '+';
                start = coreStart - 1;
            }
        }
        if (!isWord && coreEnd + 1 < text.length() && (text.charAt(coreEnd) == '/' || text.charAt(coreEnd) == ':')
                && Character.isDigit(text.charAt(coreEnd + 1))) {
            return reject(coreStart, coreEnd, "'" + around(coreStart, coreEnd)
                    + "' is a date, time, score or fraction, not a figure");
        }
        SpelledNumbers.Reading spelled = isWord ? SpelledNumbers.read(text, coreStart, lang) : null;
        NumberLiteral lit = spelled != null ? literalOf(spelled)
                : isWord ? NumberLiteral.ofWord(text.substring(coreStart, coreEnd), coreEnd, lex)
                : NumberLiteral.read(text, coreStart, coreEnd, lang, why);
        if (lit == null) {
            return reject(coreStart, coreEnd, why[0]);
        }
        if (isWord && lit.mantissa().intValue() == 12) {
            Matcher a = window(lex.DOZEN_ARTICLE, start, 5);
            start = a == null ? start : a.start();
        }
        String prefixCurrency = null;
        boolean ambiguousPrefix = false;
        if (!ratioPrefix) {
            Matcher cb = window(lex.CURRENCY_BEFORE, start, 6);
            Currencies.Match mine = Currencies.get().before(text, start, lang);
            if (mine != null && (cb == null || mine.start() <= cb.start())) {
                prefixCurrency = mine.code();
                ambiguousPrefix = mine.ambiguous();
                start = mine.start();
            } else if (cb != null) {
                prefixCurrency = lex.currencyOf(cb.group("c"));
                start = cb.start();
            }
        }
        Quantity q1 = new Quantity();
        q1.start = start;
        q1.ambiguousCurrency = ambiguousPrefix;
        SpelledNumbers.Collective collective = spelled == null ? SpelledNumbers.Collective.NONE : spelled.collective();
        q1.collective = collective != SpelledNumbers.Collective.NONE;
        String r = reader.read(q1, lit, prefixCurrency, ratioPrefix);
        if (r != null || q1.end == 0) {
            return reject(coreStart, lit.end(), r);
        }
        if (q1.dim == null && classes != null && !ratioPrefix) {
            Matcher pb = classes.percentBefore(cursor, start);
            if (pb != null) {
                // "per cent of 80", "pourcentage de 40"
                q1.dim = Dimension.PERCENT;
                start = pb.start();
            }
        }
        Matcher qual = ratioPrefix || !lex.mayEndQualifier(text, start) ? null : window(lex.QUALIFIER, start, LOOKBACK);
        String qualifier = qual == null ? null : qualifierOf(qual);
        int qualStart = qual == null ? start : qual.start();
        NumberClasses.Bound bound = ratioPrefix || classes == null ? null : classes.boundBefore(cursor, start);
        if (bound != null && (qual == null || bound.start() <= qual.start())) {
            qualifier = bound.lower() ? "least" : "most";
            qualStart = bound.start();
        } else if (qualifier != null && !"least".equals(qualifier) && !"most".equals(qualifier)) {
            bound = null;
        }
        Attempt range = range(q1, qualifier, qualStart);
        if (range != null) {
            return finish(range, sign, signChange, q1.ambiguousCurrency, java.util.Set.of());
        }
        FigureKind kind = switch (qualifier == null ? "" : qualifier) {
            case "approx", "tilde" -> FigureKind.APPROXIMATE;
            case "least" -> FigureKind.AT_LEAST;
            case "most" -> FigureKind.AT_MOST;
            default -> q1.plus ? FigureKind.AT_LEAST : FigureKind.EXACT;
        };
        if (kind != FigureKind.EXACT && qualifier != null && !"between".equals(qualifier)
                && !"from".equals(qualifier)) {
            start = qualStart;
        }
        if (kind == FigureKind.EXACT && collective == SpelledNumbers.Collective.APPROXIMATE) {
            kind = FigureKind.APPROXIMATE;
        }
        boolean plural = kind == FigureKind.EXACT && collective == SpelledNumbers.Collective.AT_LEAST;
        if (plural) {
            // "des milliers", "thousands of": at least two of the unit.
            kind = FigureKind.AT_LEAST;
            Matcher art = classes.articleBefore == null ? null : window(classes.articleBefore, start, 14);
            start = art == null ? start : art.start();
        }
        if (q1.collective && q1.dim == null && !parseMode) {
            // "des centaines de millions dépensés": too vague to report without what is counted.
            return reject(coreStart, q1.end, null);
        }
        java.util.Set<FigureFlag> boundFlags = java.util.EnumSet.noneOf(FigureFlag.class);
        if (bound != null && bound.exclusive() && (kind == FigureKind.AT_LEAST || kind == FigureKind.AT_MOST)) {
            boundFlags.add(bound.lower() ? FigureFlag.LOW_EXCLUSIVE : FigureFlag.HIGH_EXCLUSIVE);
        }
        if ((kind == FigureKind.AT_LEAST || kind == FigureKind.AT_MOST) && !plural && classes != null) {
            Attempt two = secondBound(q1, kind, start, boundFlags);
            if (two != null) {
                return finish(two, sign, signChange, q1.ambiguousCurrency, two.figure().flags());
            }
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
        BigDecimal stated = plural ? q1.stated().multiply(BigDecimal.valueOf(2)) : q1.stated();
        Figure f = switch (kind) {
            case AT_LEAST -> Intervals.bound(kind, q1.dim, stated, null, q1.currency, q1.unit, span, lang);
            case AT_MOST -> Intervals.bound(kind, q1.dim, null, stated, q1.currency, q1.unit, span, lang);
            default -> q1.extra != null
                    ? Precision.point(kind, q1.dim, q1.stated(), q1.extraStep, q1.currency, q1.unit, span, lang)
                    : Intervals.point(kind, q1.dim, lit.mantissa(), lit.ulp(), q1.multiplier(), q1.currency,
                    q1.unit, span, lang);
        };
        return finish(new Attempt(f, start, q1.end, null, q1.end), sign, signChange, q1.ambiguousCurrency, boundFlags);
    }

    /** The literal of a spelled number: up to its final scale word when the scale reader takes that word. */
    private NumberLiteral literalOf(SpelledNumbers.Reading r) {
        if (r.scaleStart() < 0) {
            return r.literal();
        }
        Matcher s = at(lex.SCALE, r.literal().end());
        if (s != null && s.group("w") != null && s.end() == r.fullEnd()) {
            return r.literal();
        }
        return SpelledNumbers.wordLiteral(r.full(), r.fullEnd());
    }

    /** A number (digits or words) starting exactly at {@code p}, or null. */
    private NumberLiteral literalAt(int p) {
        Matcher core = at(lex.CORE, p);
        if (core == null || core.start() != p) {
            return null;
        }
        if (core.group("w") != null) {
            SpelledNumbers.Reading r = SpelledNumbers.read(text, p, lang);
            return r != null ? (r.collective() == SpelledNumbers.Collective.NONE ? literalOf(r) : null)
                    : NumberLiteral.ofWord(core.group(), core.end(), lex);
        }
        return NumberLiteral.read(text, p, core.end(), lang, new String[1]);
    }

    /**
     * "more than 15 and at most 25", "supérieur à dix et inférieur ou égal à vingt": a bound, a joiner and
     * the opposite bound make a range whose ends keep whether they are exclusive.
     */
    private Attempt secondBound(Quantity q1, FigureKind kind, int start, java.util.Set<FigureFlag> firstFlags) {
        NumberClasses.Bound b = classes.boundAfter(cursor, q1.end);
        if (b == null || b.lower() == (kind == FigureKind.AT_LEAST)) {
            return null;
        }
        int p = b.end();
        String cur2 = null;
        Currencies.Match mine = Currencies.get().before(text, p, lang);
        Matcher cp = at(lex.CURRENCY_PREFIX, p);
        if (cp != null && cp.start() == p) {
            cur2 = lex.currencyOf(cp.group("c"));
            p = cp.end();
        }
        NumberLiteral lit2 = literalAt(p);
        if (lit2 == null || lit2.isOneWord() || mine != null) {
            return null;
        }
        Quantity q2 = new Quantity();
        q2.start = b.start();
        if (reader.read(q2, lit2, cur2, false) != null || q2.end == 0) {
            return null;
        }
        if (!merge(q1, q2)) {
            return null;
        }
        Quantity lowQ = kind == FigureKind.AT_LEAST ? q1 : q2;
        Quantity highQ = kind == FigureKind.AT_LEAST ? q2 : q1;
        BigDecimal low = lowQ.stated();
        BigDecimal high = highQ.stated();
        if (low.compareTo(high) > 0) {
            return null;
        }
        java.util.Set<FigureFlag> flags = java.util.EnumSet.noneOf(FigureFlag.class);
        flags.addAll(firstFlags);
        if (b.exclusive()) {
            flags.add(b.lower() ? FigureFlag.LOW_EXCLUSIVE : FigureFlag.HIGH_EXCLUSIVE);
        }
        Dimension dim = q1.dim == null ? Dimension.COUNT : q1.dim;
        Figure f = Intervals.bound(FigureKind.RANGE, dim, low, high, q1.currency, q1.unit, text.substring(start, q2.end),
                lang).withFlags(flags);
        q1.ambiguousCurrency |= q2.ambiguousCurrency;
        return new Attempt(f, start, q2.end, null, q2.end);
    }

    /** Both ends of a range take each other's scale, dimension and unit; false when they cannot agree. */
    private static boolean merge(Quantity q1, Quantity q2) {
        // "entre 30 y 45 millones", es "de 60.000 a 75.000 millones": the high end's scale is the low end's too.
        if (!q1.hasScale && q2.hasScale && (q1.num.mantissa().compareTo(BigDecimal.valueOf(1000)) < 0
                || q1.num.mantissa().compareTo(q2.num.mantissa()) <= 0)) {
            q1.scale = q2.scale;
            q1.hasScale = true;
        }
        if (q1.unspecified() && !q2.unspecified()) {
            q1.takeDimensionOf(q2);
        } else if (q2.unspecified() && !q1.unspecified()) {
            q2.takeDimensionOf(q1);
        }
        if (q1.dim == null || q2.dim == null) {
            q1.dim = q1.dim == null ? q2.dim : q1.dim;
            q2.dim = q2.dim == null ? q1.dim : q2.dim;
        }
        return q1.dim == q2.dim && same(q1.currency, q2.currency) && same(q1.unit, q2.unit);
    }

    /**
     * Signs, change words and flags: "une baisse de 12 %" is a CHANGE of −12 %, "−4 %" a LEVEL of −4 %,
     * "up 5%" a CHANGE of +5 %; the change words join the span. Adds the ambiguity and bound flags.
     */
    private Attempt finish(Attempt a, int sign, boolean signChange, boolean ambiguous, java.util.Set<FigureFlag> flags) {
        Figure f = a.figure();
        if (f == null) {
            return a;
        }
        int start = a.start();
        boolean change = signChange;
        // A ratio ("rose 3x") is already a comparison with its own direction, not a level that moved.
        NumberClasses.Change ch = classes == null || f.kind() == FigureKind.CATEGORY || f.dimension() == Dimension.RATIO ? null
                : classes.changeBefore(cursor, start);
        if (ch != null && !(sign < 0 && ch.sign() < 0 && !ch.change())) {
            change |= ch.change();
            sign = sign < 0 && ch.sign() < 0 ? -1 : sign * ch.sign();
            start = ch.start();
        }
        java.util.Set<FigureFlag> all = java.util.EnumSet.noneOf(FigureFlag.class);
        all.addAll(flags);
        if (ambiguous) {
            all.add(FigureFlag.AMBIGUOUS_CURRENCY);
        }
        Figure out = new Figure(f.kind(), f.dimension(), f.value(), f.low(), f.high(), f.currency(), f.unit(),
                f.category(), text.substring(start, a.end()), f.lang(), f.step(),
                change ? Nature.CHANGE : Nature.LEVEL, all);
        if (sign < 0) {
            out = Signs.negate(out);
        }
        return new Attempt(out, start, a.end(), a.reason(), a.consumedTo());
    }

    private Attempt range(Quantity q1, String qualifier, int qualStart) {
        if (q1.dim == Dimension.COUNT && q1.unit != null || q1.plus || q1.collective) {
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
        NumberLiteral lit2 = literalAt(p);
        if (lit2 == null || lit2.isOneWord()) {
            return null;
        }
        Quantity q2 = new Quantity();
        q2.start = c.start();
        if (reader.read(q2, lit2, cur2, false) != null || q2.end == 0) {
            return null;
        }
        boolean years = q1.yearLike() && q2.yearLike();
        if (!merge(q1, q2)) {
            return null;
        }
        q1.ambiguousCurrency |= q2.ambiguousCurrency;
        boolean labelled = qualifier != null && ("between".equals(qualifier) || "from".equals(qualifier));
        int start = labelled ? qualStart : q1.start;
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
