package io.crosscheck.claim;

import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import io.crosscheck.figure.FigureFlag;
import io.crosscheck.figure.Nature;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The columns that store a claim's {@link Figure}; its dimension is the metric's. */
@Embeddable
public class ClaimFigure {

    @Enumerated(EnumType.STRING)
    @Column(name = "figure_kind", nullable = false, length = 20)
    public FigureKind kind;

    @Column(name = "figure_value", precision = 38, scale = 10)
    public BigDecimal value;

    @Column(name = "figure_low", precision = 38, scale = 10)
    public BigDecimal low;

    @Column(name = "figure_high", precision = 38, scale = 10)
    public BigDecimal high;

    @Column(name = "figure_currency", length = 3)
    public String currency;

    @Column(name = "figure_unit", length = 100)
    public String unit;

    @Column(name = "figure_category", length = 200)
    public String category;

    @Column(name = "figure_text", nullable = false, length = 200)
    public String text;

    @Column(name = "figure_lang", length = 16)
    public String lang;

    /** The rounding step of a point figure as written (null for ranges, bounds and categories). */
    @Column(name = "figure_step", precision = 38, scale = 10)
    public BigDecimal step;

    /** LEVEL or CHANGE (V24; rows stored before it are levels). */
    @Enumerated(EnumType.STRING)
    @Column(name = "figure_nature", nullable = false, length = 10)
    public Nature nature = Nature.LEVEL;

    /** How the figure was read: {@link FigureFlag} names, comma-separated, null when none (V24). */
    @Column(name = "figure_flags", length = 200)
    public String flags;

    static ClaimFigure of(Figure figure) {
        ClaimFigure stored = new ClaimFigure();
        stored.kind = figure.kind();
        stored.value = figure.value();
        stored.low = figure.low();
        stored.high = figure.high();
        stored.currency = figure.currency();
        stored.unit = figure.unit();
        stored.category = figure.category();
        stored.text = figure.text();
        stored.lang = figure.lang();
        stored.step = figure.step();
        stored.nature = figure.nature();
        stored.flags = figure.flags().isEmpty() ? null
                : figure.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        return stored;
    }

    public Figure toFigure(Dimension dimension) {
        return new Figure(kind, dimension, plain(value), plain(low), plain(high), currency, unit, category, text, lang,
                kind.isPoint() ? plain(step) : null, nature, flags());
    }

    /** The stored flags; names no longer known are skipped rather than failing the read. */
    public Set<FigureFlag> flags() {
        Set<FigureFlag> out = EnumSet.noneOf(FigureFlag.class);
        if (flags != null) {
            for (String f : flags.split(",")) {
                try {
                    out.add(FigureFlag.valueOf(f.strip()));
                } catch (IllegalArgumentException e) {
                    // written by a newer version: not ours to interpret
                }
            }
        }
        return out;
    }

    /** Databases pad to the column's scale; the API shows numbers as written ("5600000", not "5600000.0000000000"). */
    public static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
