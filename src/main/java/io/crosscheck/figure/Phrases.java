package io.crosscheck.figure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The words of one figure in one language, used by {@link FigureRenderer}; the words come from the pack. */
final class Phrases {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final Figure f;
    private final String lang;
    private final LanguagePack.Render words;
    private final boolean signStyle;
    /** The scales the renderer may write, largest first: power of ten to [singular, plural]. */
    private final TreeMap<BigDecimal, List<String>> scales = new TreeMap<>();
    /** Scales written only for figures rounded to them at least (es "5 mil millones" but "2.300 millones"). */
    private final java.util.Set<BigDecimal> coarseOnly = new java.util.HashSet<>();

    Phrases(Figure f, String lang) {
        this.f = f;
        this.lang = lang;
        this.words = LanguagePacks.pack(lang).render();
        this.signStyle = words.moneyStyle().equals("sign");
        for (Map.Entry<String, List<String>> e : words.scales().entrySet()) {
            scales.put(BigDecimal.TEN.pow(Integer.parseInt(e.getKey())), e.getValue());
        }
        words.coarseOnlyScales().forEach(e -> coarseOnly.add(BigDecimal.TEN.pow(Integer.parseInt(e))));
    }

    String point() {
        return body(f.value(), FigureRenderer.ulpOf(f));
    }

    String bound(BigDecimal n) {
        return body(n, null);
    }

    String range() {
        String and = words.and();
        String between = words.between();
        boolean repeat = words.rangeRepeatsUnit();
        return switch (f.dimension()) {
            case MONEY -> repeat ? between + body(f.low(), null) + and + body(f.high(), null)
                    : between + bare(f.low(), f.high()) + and + body(f.high(), null);
            case PERCENT -> repeat ? between + body(f.low(), null) + and + body(f.high(), null)
                    : between + number(f.low(), null) + and + body(f.high(), null);
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
            case PERCENT -> number(n, ulp) + (QuantityReader.PERCENTAGE_POINT.equals(f.unit())
                    ? " " + NumberClasses.of(lang).pointsWord() : words.percent());
            case RATIO -> ratio(n, ulp) + " " + ("less".equals(f.unit()) ? words.ratioLess() : words.ratioMore());
            case DURATION -> Durations.phrase(n, ulp, lang, true);
            case MONEY -> money(n, ulp);
            default -> count(n, ulp);
        };
    }

    /** A whole ratio from 2 up to the pack's {@code spellOutRatiosUpTo} in words ("diez veces más"), else digits. */
    private String ratio(BigDecimal n, BigDecimal ulp) {
        boolean whole = n.compareTo(BigDecimal.valueOf(2)) >= 0 && n.stripTrailingZeros().scale() <= 0;
        boolean unitStep = ulp == null || ulp.compareTo(BigDecimal.ONE) == 0;
        if (whole && unitStep && n.compareTo(BigDecimal.valueOf(words.spellOutRatiosUpTo())) <= 0) {
            return NumberText.spellOut(n, lang);
        }
        return number(n, ulp);
    }

    private String money(BigDecimal n, BigDecimal ulp) {
        BigDecimal s = usableScale(n, ulp);
        String m = mantissa(n, ulp, s);
        BigDecimal mv = NumberText.div(n, s);
        String c = f.currency();
        if (!signStyle) {
            if (s.equals(BigDecimal.ONE)) {
                return m + " " + words.currencyAfterNumber().getOrDefault(c, c);
            }
            return m + " " + scaleWord(s, mv) + " " + words.currencyAfterScale().getOrDefault(c, c);
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
        String noun = CountNouns.render(f.unit(), lang, NumberText.isPlural(n, lang));
        if (scale.isEmpty()) {
            return m + " " + noun;
        }
        String linker = words.elisionLetters().indexOf(Character.toLowerCase(noun.charAt(0))) >= 0
                ? words.scaleNounElided() : words.scaleNounLinker();
        return m + scale + " " + linker + noun;
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
        BigDecimal s = scaleFor(n, ulp);
        BigDecimal probe = ulp == null ? NumberText.div(n, s) : NumberText.div(ulp, s);
        return NumberText.decimalsOf(probe) > 3 ? BigDecimal.ONE : s;
    }

    private BigDecimal scaleFor(BigDecimal n) {
        return scaleFor(n, null);
    }

    /**
     * The largest scale of the pack that is not above {@code n}; one below the smallest. A coarse-only scale
     * is skipped unless the figure is rounded to it ({@code ulp} at least the scale).
     */
    private BigDecimal scaleFor(BigDecimal n, BigDecimal ulp) {
        BigDecimal key = n;
        Map.Entry<BigDecimal, List<String>> e;
        while ((e = scales.floorEntry(key)) != null) {
            if (!coarseOnly.contains(e.getKey()) || (ulp != null && ulp.compareTo(e.getKey()) >= 0)) {
                return e.getKey();
            }
            key = e.getKey().subtract(BigDecimal.ONE);
        }
        return BigDecimal.ONE;
    }

    private String scaleWord(BigDecimal scale, BigDecimal mantissa) {
        List<String> w = scales.get(scale);
        return NumberText.isPlural(mantissa, lang) ? w.get(1) : w.get(0);
    }
}
