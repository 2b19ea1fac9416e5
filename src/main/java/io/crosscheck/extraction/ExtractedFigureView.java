package io.crosscheck.extraction;

import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.ExtractedFigure;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureKind;
import java.math.BigDecimal;

/**
 * A figure found in a text: {@code text.substring(start, end)} (Java char offsets) is {@code text}.
 * {@code low}/{@code high} are normalised numbers (null for an open end), {@code value} the point value.
 */
public record ExtractedFigureView(String text, int start, int end, Dimension dimension, FigureKind kind,
        BigDecimal low, BigDecimal high, BigDecimal value, String currency, String unit) {

    static ExtractedFigureView of(ExtractedFigure found) {
        Figure f = found.figure();
        return new ExtractedFigureView(f.text(), found.start(), found.end(), f.dimension(), f.kind(), f.low(),
                f.high(), f.value(), f.currency(), f.unit());
    }
}
