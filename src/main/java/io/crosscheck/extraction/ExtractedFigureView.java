package io.crosscheck.extraction;

import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.ExtractedFigure;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureKind;
import io.crosscheck.figure.FigureFlag;
import io.crosscheck.figure.Nature;
import java.math.BigDecimal;
import java.util.List;

/**
 * A figure found in a text: {@code text.substring(start, end)} (Java char offsets) is {@code text}.
 * {@code low}/{@code high} are normalised numbers (null for an open end), {@code value} the point value;
 * {@code nature} is LEVEL or CHANGE, {@code flags} how it was read (an ambiguous currency, exclusive bounds).
 */
public record ExtractedFigureView(String text, int start, int end, Dimension dimension, FigureKind kind,
        BigDecimal low, BigDecimal high, BigDecimal value, String currency, String unit, Nature nature,
        List<FigureFlag> flags) {

    /** A LEVEL with no flags. */
    public ExtractedFigureView(String text, int start, int end, Dimension dimension, FigureKind kind, BigDecimal low,
            BigDecimal high, BigDecimal value, String currency, String unit) {
        this(text, start, end, dimension, kind, low, high, value, currency, unit, Nature.LEVEL, List.of());
    }

    public ExtractedFigureView {
        nature = nature == null ? Nature.LEVEL : nature;
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    static ExtractedFigureView of(ExtractedFigure found) {
        Figure f = found.figure();
        return new ExtractedFigureView(f.text(), found.start(), found.end(), f.dimension(), f.kind(), f.low(),
                f.high(), f.value(), f.currency(), f.unit(), f.nature(), f.flags().stream().sorted().toList());
    }
}
