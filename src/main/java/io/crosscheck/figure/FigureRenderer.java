package io.crosscheck.figure;

import java.math.BigDecimal;

/**
 * Writes a figure back as text in French or English, keeping its kind and its precision, so that
 * parsing the output gives the same figure: fr "1,6 milliard de dollars", en "$1.6 billion".
 * {@link #renderShort} gives a compact label for charts ("5,6 M$", "$5.6M").
 */
public final class FigureRenderer {

    private FigureRenderer() {
    }

    /** A counted unit as a reader of {@code lang} reads it, plural ("personnes", "people", "GPU"); "" for none. */
    public static String unit(String unit, String lang, boolean plural) {
        return CountNouns.render(unit, lang, plural);
    }

    /** The figure in words, in "fr" or "en" (anything else is English). */
    public static String render(Figure f, String lang) {
        String l = "fr".equals(lang) ? "fr" : "en";
        if (f.kind() == FigureKind.CATEGORY) {
            return f.category();
        }
        Phrases p = new Phrases(f, l);
        return switch (f.kind()) {
            case EXACT -> p.point();
            case APPROXIMATE -> (l.equals("fr") ? "environ " : "about ") + p.point();
            case AT_LEAST -> (l.equals("fr") ? "plus de " : "more than ") + p.bound(f.low());
            case AT_MOST -> (l.equals("fr") ? "moins de " : f.dimension() == Dimension.COUNT && f.unit() != null
                    ? "fewer than " : "less than ") + p.bound(f.high());
            default -> p.range();
        };
    }

    /** A compact label for charts and tables: fr "5,6 M$", "~50 k GPU"; en "$5.6M", "60–80%". */
    public static String renderShort(Figure f, String lang) {
        String l = "fr".equals(lang) ? "fr" : "en";
        if (f.kind() == FigureKind.CATEGORY) {
            return f.category();
        }
        return switch (f.kind()) {
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
