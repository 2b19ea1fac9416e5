package io.crosscheck.figure;

import java.util.Objects;

/**
 * A figure found in running text, with the Java char offsets of its span:
 * {@code text.substring(start, end)} equals {@code figure.text()}.
 */
public record ExtractedFigure(Figure figure, int start, int end) {

    public ExtractedFigure {
        Objects.requireNonNull(figure, "figure");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
