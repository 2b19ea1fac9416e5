package io.crosscheck.figure;

/**
 * What a reader should know about how a figure was read, beyond its numbers (ADR 0013). Flags never
 * change how two figures are judged; they say where the text left a choice to the engine.
 */
public enum FigureFlag {
    /**
     * The currency word or sign could be several currencies ("francs", "¥", "kr", a "$" in an article
     * about Canada); the figure carries the documented default reading (docs/figures.md).
     */
    AMBIGUOUS_CURRENCY,
    /** The lower bound is exclusive as written ("more than 15", "plus de 15", "supérieur à 10"). */
    LOW_EXCLUSIVE,
    /** The upper bound is exclusive as written ("less than 70", "moins de 70", "inférieur à 20"). */
    HIGH_EXCLUSIVE
}
