package io.crosscheck.figure;

import java.util.regex.Matcher;

/**
 * Reads what follows a number — scale, currency, percent, ratio, duration or counted noun — into a
 * {@link Quantity}. One end of a figure; {@link FigureGrammar} puts ends and qualifiers together.
 */
final class QuantityReader {

    private static final java.math.BigDecimal MILLION = java.math.BigDecimal.TEN.pow(6);
    private final TextCursor cursor;
    private final String text;
    private final String lang;
    private final Lexicon lex;

    QuantityReader(TextCursor cursor, Lexicon lex) {
        this.cursor = cursor;
        this.text = cursor.text();
        this.lang = cursor.lang();
        this.lex = lex;
    }

    /** Fills {@code q} from what follows the number; returns a rejection reason or null. */
    String read(Quantity q, NumberLiteral lit, String prefixCurrency, boolean ratioPrefix) {
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
            } else if ((m = at(lex.SCALE, p)) != null && m.group("a") != null) {
                setScale(q, m.group("a"));
                p = m.end();
            } else if (millionLetter(q, p)) {
                // "3.4m subscribers": millions before a count noun or a currency, never "3.4m tall".
                setScale(q, "M");
                p++;
            } else if (!ratioPrefix && (m = at(Lexicon.ATTACHED_TIMES, p)) != null) {
                q.dim = Dimension.RATIO;
                Matcher d = at(lex.DIRECTION_AFTER, m.end());
                q.unit = d == null ? "more" : direction(d.group("dir"));
                q.end = d == null ? m.end() : d.end();
                return null;
            } else if (at(lex.ORDINAL, p) != null) {
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
            Matcher s = at(lex.SCALE, p);
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
            Matcher d = at(lex.DIRECTION_AFTER, p);
            q.unit = d == null ? "more" : direction(d.group("dir"));
            q.end = d == null ? p : d.end();
            return null;
        }
        if (prefixCurrency != null) {
            q.dim = Dimension.MONEY;
            q.currency = prefixCurrency;
            return null;
        }
        Matcher m = at(lex.CURRENCY_AFTER, p);
        // "de"/"of" before a currency after a scale ("5 millions de dollars") or a collective ("billions of dollars")
        boolean scaled = q.hasScale || q.collective;
        boolean lexical = m != null && (m.group("de") == null || scaled);
        Currencies.Match mine = Currencies.get().after(text, p, lang, scaled, q.start);
        Currencies.Match sub = Currencies.get().subUnitAfter(text, p, lang, q.start);
        int longest = Math.max(lexical ? m.end() : -1, Math.max(mine == null ? -1 : mine.end(),
                sub == null ? -1 : sub.end()));
        if (sub != null && sub.end() == longest) {
            // "45 cents", "9-cent", "320 pence": a sub-unit, normalised to its main unit.
            money(q, sub);
            return null;
        }
        if (mine != null && mine.end() == longest) {
            money(q, mine);
            compound(q);
            return null;
        }
        if (lexical) {
            q.dim = Dimension.MONEY;
            q.currency = lex.currencyOf(m.group("c"));
            q.end = m.end();
            compound(q);
            return null;
        }
        NumberClasses classes = NumberClasses.of(lang);
        if (classes != null && (m = classes.pointsAfter(cursor, p)) != null) {
            // "3,5 points de pourcentage", "2 percentage points": a difference of percents, not a percent.
            q.dim = Dimension.PERCENT;
            q.unit = PERCENTAGE_POINT;
            q.end = m.end();
            return null;
        }
        if (classes != null && (m = classes.percentAfter(cursor, p)) != null) {
            q.dim = Dimension.PERCENT;
            q.end = m.end();
            return null;
        }
        if ((m = at(lex.PERCENT, p)) != null) {
            q.dim = Dimension.PERCENT;
            q.end = m.end();
            return null;
        }
        if ((m = at(lex.RATIO, p)) != null) {
            q.dim = Dimension.RATIO;
            q.unit = direction(m.group("dir"));
            // "20 fois moins de ressources" keeps its noun; es "diez veces más de lo previsto" stops at "más".
            q.end = m.group("w") != null && !lex.isNoun(m.group("w")) ? m.end("dir") : m.end();
            return null;
        }
        if ((m = at(lex.DURATION, p)) != null && (m.group("de") == null || q.hasScale)) {
            q.end = m.end();
            if (m.group("gpu") != null) {
                q.dim = Dimension.COUNT;
                q.unit = "gpu hour";
            } else {
                q.dim = Dimension.DURATION;
                q.factor = lex.secondsOf(m.group("d"));
            }
            return null;
        }
        // fr "2 millions de personnes", es "2 millones de personas": a noun after a million needs its "de";
        // not after a thousand (fr "5 mille employés", es "5 mil empleados").
        boolean scaleNeedsLinker = q.hasScale && lex.pack.scaleNeedsLinker() && q.scale.compareTo(MILLION) >= 0;
        if ((m = at(lex.NOUN, p)) != null && (m.group("de") == null ? !scaleNeedsLinker
                : q.hasScale || q.collective || lit.mantissa().intValue() == 12 && lit.word())) {
            noun(q, m);
        }
        if (q.hasScale && q.dim == null) {
            q.dim = Dimension.COUNT;
        }
        if (q.dim == Dimension.COUNT && q.unit != null && !q.hasScale && q.literalYear()) {
            Matcher y = window(lex.YEAR_CONTEXT, q.start, 20);
            if (y != null) {
                return "'" + lit.mantissa() + "' looks like a year, not a figure";
            }
        }
        return null;
    }

    /** The unit of a percentage-point figure: PERCENT with this unit never compares with a plain percent. */
    static final String PERCENTAGE_POINT = "pp";

    private static final java.util.regex.Pattern TWO_DIGITS = java.util.regex.Pattern.compile("\\d{1,2}(?![\\d.,])");

    private void money(Quantity q, Currencies.Match c) {
        q.dim = Dimension.MONEY;
        q.currency = c.code();
        q.factor = c.factor();
        q.ambiguousCurrency = c.ambiguous();
        q.end = c.end();
    }

    /** "12 dollars et 30 cents", "7 dollars 20 cents", "eleven dollars and sixty cents": the sub-unit part. */
    private void compound(Quantity q) {
        if (q.hasScale || !q.num.integerOnly() || q.factor.compareTo(java.math.BigDecimal.ONE) != 0) {
            return;
        }
        NumberClasses classes = NumberClasses.of(lang);
        Matcher j = classes == null ? null : at(classes.subUnitJoin, q.end);
        if (j == null || j.end() == q.end || j.end() >= text.length()) {
            return;
        }
        int p = j.end();
        java.math.BigDecimal n;
        int e;
        Matcher d = at(TWO_DIGITS, p);
        if (d != null) {
            n = new java.math.BigDecimal(d.group());
            e = d.end();
        } else {
            SpelledNumbers.Reading r = Character.isLetter(text.charAt(p)) ? SpelledNumbers.read(text, p, lang) : null;
            if (r == null || r.scaleStart() >= 0 || r.collective() != SpelledNumbers.Collective.NONE) {
                return;
            }
            n = r.full();
            e = r.fullEnd();
        }
        Currencies.Match sub = Currencies.get().subUnitAfter(text, e, lang, q.start);
        if (sub == null || !sub.form().of().contains(q.currency)
                || n.multiply(sub.factor()).compareTo(java.math.BigDecimal.ONE) >= 0) {
            return;
        }
        q.extra = n.multiply(sub.factor());
        q.extraStep = sub.factor();
        q.end = sub.end();
    }

    /** An English lower-case "m" glued to the number, then a count noun or a currency (not a length word). */
    private boolean millionLetter(Quantity q, int p) {
        NumberClasses classes = NumberClasses.of(lang);
        if (classes == null || !classes.millionLetter() || text.charAt(p) != 'm'
                || p + 1 < text.length() && Character.isLetterOrDigit(text.charAt(p + 1))) {
            return false;
        }
        if (Currencies.get().after(text, p + 1, lang, true, q.start) != null) {
            return true;
        }
        Matcher n = at(lex.NOUN, p + 1);
        if (n == null || n.group("de") != null) {
            return false;
        }
        String w = n.group("w1");
        return lex.isNoun(w) && Character.isLowerCase(w.charAt(0))
                && !classes.lengthWords.contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    private void noun(Quantity q, Matcher m) {
        String w1 = m.group("w1");
        String w2 = m.group("w2");
        if (!lex.isNoun(w1)) {
            return;
        }
        boolean model = w1.chars().anyMatch(Character::isDigit);
        boolean cap1 = lex.pack.capitalisedWordsAreNames() && Character.isUpperCase(w1.charAt(0)) || model;
        boolean acr1 = isAcronym(w1) && !model;
        if (cap1 && !acr1 && w2 != null && lex.isNoun(w2) && (Character.isLowerCase(w2.charAt(0))
                || isAcronym(w2))) {
            setNoun(q, w2, m.end("w2"));
            return;
        }
        if (cap1 && !acr1) {
            return;
        }
        if (w2 != null && lex.isNoun(w2) && lex.isAdjectiveBeforeNoun(w1)
                && (Character.isLowerCase(w2.charAt(0)) || isAcronym(w2))) {
            setNoun(q, w2, m.end("w2"));
            return;
        }
        if (w2 != null && w1.equalsIgnoreCase("GPU") && (w2.equalsIgnoreCase("hours") || w2.equalsIgnoreCase("hour"))) {
            setNoun(q, "gpu hours", m.end("w2"));
            return;
        }
        setNoun(q, w1, m.end("w1"));
        if (w2 != null && lex.pack.nameAfterNoun() && lex.pack.capitalisedWordsAreNames()
                && Character.isUpperCase(w2.charAt(0)) && w2.length() >= 3
                && lex.isNoun(w2)) {
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
        q.scale = lex.scaleOf(s);
        q.hasScale = true;
    }

    private String direction(String d) {
        return lex.direction(d);
    }

    private Matcher at(java.util.regex.Pattern p, int pos) {
        return cursor.at(p, pos);
    }

    private Matcher window(java.util.regex.Pattern p, int end, int size) {
        return cursor.window(p, end, size);
    }

    private String around(int from, int to) {
        return cursor.around(from, to);
    }

    private String nameReason(int from, int to) {
        return cursor.nameReason(from, to);
    }
}
