package io.crosscheck.figure;

import java.math.BigDecimal;

/**
 * Writes a figure back as text in a pack's language, keeping its kind and its precision, so that
 * parsing the output gives the same figure: fr "1,6 milliard de dollars", en "$1.6 billion", es "1.600 millones de dólares".
 * {@link #renderShort} gives a compact label for charts ("5,6 M$", "$5.6M").
 */
public final class FigureRenderer {

    private FigureRenderer() {
    }

    /** A counted unit as a reader of {@code lang} reads it, plural ("personnes", "people", "GPU"); "" for none. */
    public static String unit(String unit, String lang, boolean plural) {
        return CountNouns.render(unit, language(lang), plural);
    }

    /**
     * The figure in words, in a language the engine has a pack for ("fr", "en", "es", or a tag such as "es-MX").
     *
     * @throws UnsupportedLanguageException for any other language
     */
    public static String render(Figure f, String lang) {
        String l = language(lang);
        if (f.kind() == FigureKind.CATEGORY) {
            return f.category();
        }
        if (f.nature() == Nature.CHANGE && f.kind().isPoint()) {
            // "une baisse de 12 %", "a rise of 3%": the change word carries the sign, so it reads back the same.
            boolean up = f.value().signum() >= 0;
            Figure amount = (up ? f : Signs.negate(f)).withNature(Nature.LEVEL);
            return NumberClasses.of(l).changeWord(up) + " " + render(amount, l);
        }
        Phrases p = new Phrases(f, l);
        LanguagePack.Render w = LanguagePacks.pack(l).render();
        return switch (f.kind()) {
            case EXACT -> p.point();
            case APPROXIMATE -> (counted(f) ? w.approximatelyCount() : w.approximately()) + p.point();
            case AT_LEAST -> w.atLeast() + p.bound(f.low());
            case AT_MOST -> (counted(f) ? w.atMostCount() : w.atMost())
                    + p.bound(f.high());
            default -> p.range();
        };
    }

    /** A count of a named thing: some languages qualify it differently (en "fewer than", es "alrededor de"). */
    private static boolean counted(Figure f) {
        return f.dimension() == Dimension.COUNT && f.unit() != null;
    }

    private static String language(String lang) {
        String l = LanguagePacks.resolve(lang);
        if (l == null) {
            throw new UnsupportedLanguageException(String.valueOf(lang), LanguagePacks.languages());
        }
        return l;
    }

    /** A compact label for charts and tables: fr "5,6 M$", "~50 k GPU"; en "$5.6M", "60–80%"; es "4,2 M€". */
    public static String renderShort(Figure f, String lang) {
        String l = language(lang);
        if (f.kind() == FigureKind.CATEGORY) {
            return f.category();
        }
        String sign = f.nature() == Nature.CHANGE && f.kind().isPoint() && f.value().signum() > 0 ? "+" : "";
        return sign + switch (f.kind()) {
            case EXACT -> ShortLabels.label(f, f.value(), l, true);
            case APPROXIMATE -> "~" + ShortLabels.label(f, f.value(), l, true);
            case AT_LEAST -> ">" + ShortLabels.label(f, f.low(), l, true);
            case AT_MOST -> "<" + ShortLabels.label(f, f.high(), l, true);
            default -> ShortLabels.range(f, l);
        };
    }

    /** The unit of the last digit to write: the figure's rounding step. */
    static BigDecimal ulpOf(Figure f) {
        return Precision.stepOf(f);
    }
}
