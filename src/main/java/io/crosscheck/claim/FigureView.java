package io.crosscheck.claim;

import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureKind;
import io.crosscheck.figure.FigureRenderer;
import io.crosscheck.figure.FigureFlag;
import io.crosscheck.figure.Nature;
import java.math.BigDecimal;
import java.util.List;

/**
 * A figure as the API shows it: as written, normalised (low..high), and rendered for a reader in
 * French and English; {@code nature} LEVEL or CHANGE (a signed change, "une baisse de 12 %" is −12),
 * {@code flags} how it was read (AMBIGUOUS_CURRENCY, LOW_EXCLUSIVE, HIGH_EXCLUSIVE).
 */
public record FigureView(FigureKind kind, Dimension dimension, BigDecimal value, BigDecimal low, BigDecimal high,
        String currency, String unit, String category, String text, String lang, Rendered rendered, Nature nature,
        List<FigureFlag> flags) {

    /** The figure written back for readers: full ("5,6 millions de dollars") and short ("5,6 M$"). */
    public record Rendered(String fr, String en, String shortFr, String shortEn) {
    }

    public static FigureView of(Figure f) {
        return new FigureView(f.kind(), f.dimension(), f.value(), f.low(), f.high(), f.currency(), f.unit(),
                f.category(), f.text(), f.lang(), new Rendered(FigureRenderer.render(f, "fr"),
                        FigureRenderer.render(f, "en"), FigureRenderer.renderShort(f, "fr"),
                        FigureRenderer.renderShort(f, "en")), f.nature(), f.flags().stream().sorted().toList());
    }
}
