package io.crosscheck.figure;

import java.math.BigDecimal;

/** The words of one figure in one language, used by {@link FigureRenderer}. */
final class Phrases {

    private static final BigDecimal MILLION = BigDecimal.TEN.pow(6);
    private static final BigDecimal BILLION = BigDecimal.TEN.pow(9);
    private static final BigDecimal TRILLION = BigDecimal.TEN.pow(12);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final Figure f;
    private final boolean fr;
    private final String lang;

    Phrases(Figure f, String lang) {
        this.f = f;
        this.lang = lang;
        this.fr = lang.equals("fr");
    }

    String point() {
        return body(f.value(), FigureRenderer.ulpOf(f));
    }

    String bound(BigDecimal n) {
        return body(n, null);
    }

    String range() {
        String and = fr ? " et " : " and ";
        String between = fr ? "entre " : "between ";
        return switch (f.dimension()) {
            case MONEY -> fr ? between + bare(f.low(), f.high()) + and + body(f.high(), null)
                    : between + body(f.low(), null) + and + body(f.high(), null);
            case PERCENT -> fr ? between + number(f.low(), null) + and + body(f.high(), null)
                    : between + body(f.low(), null) + and + body(f.high(), null);
            case RATIO -> between + number(f.low(), null) + and + body(f.high(), null);
            case DURATION -> {
                int unit = Durations.unitFor(null, f.low(), f.high());
                yield between + Durations.phrase(f.low(), null, unit, lang, false) + and
                        + Durations.phrase(f.high(), null, unit, lang, true);
            }
            default -> between + bare(f.low(), f.high()) + and + body(f.high(), null);
        };
    }

    /** The low end of a range without its unit; its scale word only when it differs from the high end's. */
    private String bare(BigDecimal low, BigDecimal high) {
        BigDecimal hs = scaleFor(high);
        BigDecimal ls = scaleFor(low);
        if (ls.equals(hs) || (ls.equals(BigDecimal.ONE) && low.compareTo(THOUSAND) < 0)) {
            return mantissa(low, null, hs);
        }
        BigDecimal m = NumberText.div(low, ls);
        return mantissa(low, null, ls) + (ls.equals(BigDecimal.ONE) ? "" : " " + scaleWord(ls, m));
    }

    private String body(BigDecimal n, BigDecimal ulp) {
        return switch (f.dimension()) {
            case PERCENT -> number(n, ulp) + (fr ? " %" : "%");
            case RATIO -> number(n, ulp) + (fr ? " fois " + ("less".equals(f.unit()) ? "moins" : "plus")
                    : " times " + ("less".equals(f.unit()) ? "less" : "more"));
            case DURATION -> Durations.phrase(n, ulp, lang, true);
            case MONEY -> money(n, ulp);
            default -> count(n, ulp);
        };
    }

    private String money(BigDecimal n, BigDecimal ulp) {
        BigDecimal s = usableScale(n, ulp);
        String m = mantissa(n, ulp, s);
        BigDecimal mv = NumberText.div(n, s);
        String c = f.currency();
        if (fr) {
            if (s.equals(BigDecimal.ONE)) {
                return m + " " + frSymbol(c);
            }
            return m + " " + scaleWord(s, mv) + " " + frCurrencyWords(c);
        }
        String sym = ShortLabels.symbol(c);
        String lead = sym.length() == 3 && !sym.endsWith("$") ? sym + " " : sym;
        return lead + m + (s.equals(BigDecimal.ONE) ? "" : " " + scaleWord(s, mv));
    }

    private String count(BigDecimal n, BigDecimal ulp) {
        BigDecimal s = usableScale(n, ulp);
        String m = mantissa(n, ulp, s);
        BigDecimal mv = NumberText.div(n, s);
        String scale = s.equals(BigDecimal.ONE) ? "" : " " + scaleWord(s, mv);
        if (f.unit() == null) {
            return m + scale;
        }
        boolean plural = fr ? n.compareTo(BigDecimal.valueOf(2)) >= 0 : n.compareTo(BigDecimal.ONE) != 0;
        String noun = CountNouns.render(f.unit(), lang, plural);
        if (scale.isEmpty()) {
            return m + " " + noun;
        }
        if (fr) {
            return m + scale + ("aeiouhéèêàâîôûœ".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0
                    ? " d'" : " de ") + noun;
        }
        return m + scale + " " + noun;
    }

    private String number(BigDecimal n, BigDecimal ulp) {
        return mantissa(n, ulp, BigDecimal.ONE);
    }

    private String mantissa(BigDecimal n, BigDecimal ulp, BigDecimal scale) {
        BigDecimal m = NumberText.div(n, scale);
        int decimals = ulp == null ? NumberText.decimalsOf(m) : NumberText.decimalsOf(NumberText.div(ulp, scale));
        return NumberText.fixed(m, Math.max(decimals, 0), lang);
    }

    private BigDecimal usableScale(BigDecimal n, BigDecimal ulp) {
        BigDecimal s = scaleFor(n);
        BigDecimal probe = ulp == null ? NumberText.div(n, s) : NumberText.div(ulp, s);
        return NumberText.decimalsOf(probe) > 3 ? BigDecimal.ONE : s;
    }

    private BigDecimal scaleFor(BigDecimal n) {
        if (!fr && n.compareTo(TRILLION) >= 0) {
            return TRILLION;
        }
        if (n.compareTo(BILLION) >= 0) {
            return BILLION;
        }
        return n.compareTo(MILLION) >= 0 ? MILLION : BigDecimal.ONE;
    }

    private String scaleWord(BigDecimal scale, BigDecimal mantissa) {
        if (!fr) {
            return scale.equals(TRILLION) ? "trillion" : scale.equals(BILLION) ? "billion" : "million";
        }
        String w = scale.equals(BILLION) ? "milliard" : "million";
        return mantissa.compareTo(BigDecimal.valueOf(2)) >= 0 ? w + "s" : w;
    }

    private static String frSymbol(String c) {
        return switch (c == null ? "" : c) {
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            case "JPY" -> "¥";
            case "CAD" -> "$ CA";
            default -> c;
        };
    }

    private static String frCurrencyWords(String c) {
        return switch (c == null ? "" : c) {
            case "USD" -> "de dollars";
            case "EUR" -> "d'euros";
            case "GBP" -> "de livres sterling";
            case "CAD" -> "de dollars canadiens";
            case "AUD" -> "de dollars australiens";
            case "JPY" -> "de yens";
            case "CNY" -> "de yuans";
            case "CHF" -> "de francs suisses";
            default -> c;
        };
    }
}
