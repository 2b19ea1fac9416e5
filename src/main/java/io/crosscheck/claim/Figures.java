package io.crosscheck.claim;

import io.crosscheck.common.ApiException;
import io.crosscheck.common.Languages;
import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureKind;
import io.crosscheck.figure.FigureParseException;
import io.crosscheck.figure.FigureParser;
import io.crosscheck.figure.Precision;
import io.crosscheck.metric.Metric;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;
import io.crosscheck.figure.Nature;

/** Turns a claim's figure input (text or structured) into a {@link Figure} that fits the claim's metric. */
final class Figures {

    private Figures() {
    }

    static Figure from(FigureInput in, Metric metric, String claimLanguage) {
        String lang = in.lang() == null ? claimLanguage : in.lang();
        return in.kind() == null ? parsed(in, metric, lang) : structured(in, metric, lang);
    }

    private static Figure parsed(FigureInput in, Metric metric, String lang) {
        if (in.value() != null || in.low() != null || in.high() != null || in.currency() != null
                || in.unit() != null || in.category() != null) {
            throw ApiException.unprocessable("figure.kind", "is required with value, low, high, currency, unit "
                    + "or category; to have the text parsed, send only text and lang");
        }
        String text = in.text().trim();
        if (metric.dimension == Dimension.CATEGORY) {
            return new Figure(FigureKind.CATEGORY, Dimension.CATEGORY, null, null, null, null, null, text, text, lang);
        }
        Figure figure;
        try {
            figure = FigureParser.parse(text, Languages.forFigures(lang));
        } catch (FigureParseException e) {
            throw ApiException.unprocessable("figure.text", e.getMessage());
        }
        if (figure.dimension() != metric.dimension) {
            throw ApiException.unprocessable("figure.text", "reads as a " + figure.dimension() + " figure, but "
                    + metric.metricKey + " measures " + metric.dimension
                    + (metric.dimension == Dimension.MONEY ? " (say which currency, e.g. '5,6 millions de dollars')" : ""));
        }
        return new Figure(figure.kind(), figure.dimension(), figure.value(), figure.low(), figure.high(),
                figure.currency(), figure.unit(), figure.category(), text, lang, figure.step(), figure.nature(),
                figure.flags());
    }

    private static Figure structured(FigureInput in, Metric metric, String lang) {
        Dimension dimension = metric.dimension;
        boolean categorical = in.kind() == FigureKind.CATEGORY;
        if (categorical != (dimension == Dimension.CATEGORY)) {
            throw ApiException.unprocessable("figure.kind", categorical
                    ? "CATEGORY figures need a CATEGORY metric; " + metric.metricKey + " is " + dimension
                    : "metric " + metric.metricKey + " takes CATEGORY figures");
        }
        if (dimension == Dimension.MONEY) {
            if (in.currency() == null) {
                throw ApiException.unprocessable("figure.currency", "is required: " + metric.metricKey + " measures money");
            }
            try {
                Currency.getInstance(in.currency());
            } catch (IllegalArgumentException e) {
                throw ApiException.unprocessable("figure.currency", "is not an ISO 4217 currency code");
            }
        } else if (in.currency() != null) {
            throw ApiException.unprocessable("figure.currency", "only money figures have a currency");
        }
        BigDecimal low = in.low();
        BigDecimal high = in.high();
        BigDecimal step = null;
        if (in.kind().isPoint()) {
            if (in.value() == null) {
                throw ApiException.unprocessable("figure.value", "is required for " + in.kind() + " figures");
            }
            // The text is the figure as written: it tells how it was rounded ("6 millions $" to the million).
            step = Precision.stepOf(in.text().trim(), Languages.forFigures(lang), in.value());
            Figure derived = Precision.point(in.kind(), dimension, in.value(), step, null, null, in.text(), lang);
            low = low == null ? derived.low() : low;
            high = high == null ? derived.high() : high;
        } else if (in.value() != null) {
            throw ApiException.unprocessable("figure.value", "only EXACT and APPROXIMATE figures have a point value");
        }
        Figure asWritten = asWritten(in, dimension, lang);
        Nature nature = in.nature() != null ? in.nature() : asWritten == null ? Nature.LEVEL : asWritten.nature();
        try {
            return new Figure(in.kind(), dimension, in.value(), low, high, in.currency(), blankToNull(in.unit()),
                    blankToNull(in.category()), in.text().trim(), lang, step, nature,
                    asWritten == null ? Set.of() : asWritten.flags());
        } catch (IllegalArgumentException e) {
            throw ApiException.unprocessable("figure", e.getMessage());
        }
    }

    /**
     * The structured figure's text parsed, when it reads as the same figure (kind, currency, and the same
     * stated value or bounds): then its nature (a change) and flags (an ambiguous currency) hold for the
     * structured figure too. Null otherwise: structured input is never second-guessed.
     */
    private static Figure asWritten(FigureInput in, Dimension dimension, String lang) {
        if (in.kind() == FigureKind.CATEGORY) {
            return null;
        }
        try {
            Figure f = FigureParser.parse(in.text().trim(), Languages.forFigures(lang));
            boolean same = f.kind() == in.kind() && f.dimension() == dimension
                    && java.util.Objects.equals(f.currency(), in.currency())
                    && (in.kind().isPoint() ? Figure.sameNumber(f.value(), in.value())
                            : Figure.sameNumber(f.low(), in.low()) && Figure.sameNumber(f.high(), in.high()));
            return same ? f : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
