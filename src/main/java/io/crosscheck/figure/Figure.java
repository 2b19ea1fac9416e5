package io.crosscheck.figure;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A figure as Crosscheck stores it: an interval with a kind, never a bare number.
 *
 * <p>{@code low}/{@code high} answer "what could this stated number be" (normalised: 5.6 million is
 * 5600000): for EXACT and APPROXIMATE figures the stated point widened by its rounding and, when
 * hedged, by the default hedge ({@link Precision}); ranges and open bounds as stated. {@code value}
 * is the stated point for EXACT and APPROXIMATE figures and null otherwise. A null {@code low} means
 * unbounded below (AT_MOST), a null {@code high} unbounded above (AT_LEAST). {@code text} and
 * {@code lang} keep the figure as the article wrote it. Whether two figures tell the same story is
 * another question, answered by {@link FigureJudge}.
 *
 * @param currency ISO 4217 code, only for {@link Dimension#MONEY}
 * @param unit the counted noun for {@link Dimension#COUNT} (or the direction of a RATIO)
 * @param category the value of a {@link FigureKind#CATEGORY} figure
 * @param step the rounding step of a point figure as written, normalised ("5,6 millions" 100 000,
 *     "6 millions" 1 000 000, "50 000" 1 000); null for other kinds, or when unknown (then
 *     {@link Precision#stepOf(Figure)} derives it from the value's digits)
 * @param nature LEVEL (null is read as LEVEL) or CHANGE ("une hausse de 3 %"); a change is signed
 *     (a fall is negative) and never judged against a level
 * @param flags how the figure was read: an ambiguous currency, exclusive bounds (never null; empty
 *     when there is nothing to say)
 */
public record Figure(
        FigureKind kind,
        Dimension dimension,
        BigDecimal value,
        BigDecimal low,
        BigDecimal high,
        String currency,
        String unit,
        String category,
        String text,
        String lang,
        BigDecimal step,
        Nature nature,
        Set<FigureFlag> flags) {

    /** A figure whose rounding step is unknown (derived from its value's digits when needed). */
    public Figure(FigureKind kind, Dimension dimension, BigDecimal value, BigDecimal low, BigDecimal high,
            String currency, String unit, String category, String text, String lang) {
        this(kind, dimension, value, low, high, currency, unit, category, text, lang, null);
    }

    /** A LEVEL figure with no flags. */
    public Figure(FigureKind kind, Dimension dimension, BigDecimal value, BigDecimal low, BigDecimal high,
            String currency, String unit, String category, String text, String lang, BigDecimal step) {
        this(kind, dimension, value, low, high, currency, unit, category, text, lang, step, Nature.LEVEL, Set.of());
    }

    public Figure {
        Objects.requireNonNull(kind, "kind");
        nature = nature == null ? Nature.LEVEL : nature;
        flags = flags == null || flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        Objects.requireNonNull(dimension, "dimension");
        if (kind == FigureKind.CATEGORY) {
            if (category == null || category.isBlank()) {
                throw new IllegalArgumentException("a CATEGORY figure needs a category");
            }
            if (value != null || low != null || high != null) {
                throw new IllegalArgumentException("a CATEGORY figure has no numeric bounds");
            }
        } else {
            switch (kind) {
                case AT_LEAST -> require(low != null && high == null, "AT_LEAST needs low and no high");
                case AT_MOST -> require(high != null && low == null, "AT_MOST needs high and no low");
                case RANGE -> require(low != null && high != null, "RANGE needs low and high");
                default -> require(value != null && low != null && high != null,
                        kind + " needs value, low and high");
            }
            require(low == null || high == null || low.compareTo(high) <= 0, "low must not exceed high");
            require(value == null || ((low == null || low.compareTo(value) <= 0)
                    && (high == null || value.compareTo(high) <= 0)), "value must lie within low..high");
        }
        require(dimension == Dimension.MONEY || currency == null, "only MONEY figures have a currency");
        require(step == null || (kind.isPoint() && step.signum() >= 0),
                "only EXACT and APPROXIMATE figures have a step, and it is not negative");
    }

    /** The same figure as a LEVEL or a CHANGE. */
    public Figure withNature(Nature n) {
        return new Figure(kind, dimension, value, low, high, currency, unit, category, text, lang, step, n, flags);
    }

    /** The same figure with these flags (replacing its own). */
    public Figure withFlags(Set<FigureFlag> f) {
        return new Figure(kind, dimension, value, low, high, currency, unit, category, text, lang, step, nature, f);
    }

    /** Whether the figure carries this flag. */
    public boolean flagged(FigureFlag f) {
        return flags.contains(f);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * Whether the two intervals overlap: both figures could describe the same true quantity. This is
     * not the judgement of whether two claims agree ({@link FigureJudge} answers that).
     */
    public boolean overlaps(Figure other) {
        if (kind == FigureKind.CATEGORY || other.kind == FigureKind.CATEGORY) {
            return kind == other.kind && category.equalsIgnoreCase(other.category);
        }
        boolean belowOther = high != null && other.low != null && high.compareTo(other.low) < 0;
        boolean aboveOther = low != null && other.high != null && low.compareTo(other.high) > 0;
        return !belowOther && !aboveOther;
    }

    /** Whether two numbers are equal by value ({@code 1.0} and {@code 1.00} are), or both absent. */
    public static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
