package io.crosscheck.claim;

import io.crosscheck.common.ApiException;
import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureKind;
import io.crosscheck.metric.Metric;
import java.math.BigDecimal;
import java.util.Currency;

/** Checks a structured figure against the claim's metric and builds the stored {@link Figure}. */
final class Figures {

    private Figures() {
    }

    static Figure from(FigureInput in, Metric metric, String claimLanguage) {
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
        if (in.kind().isPoint()) {
            if (in.value() == null) {
                throw ApiException.unprocessable("figure.value", "is required for " + in.kind() + " figures");
            }
            low = low == null ? in.value() : low;
            high = high == null ? in.value() : high;
        } else if (in.value() != null) {
            throw ApiException.unprocessable("figure.value", "only EXACT and APPROXIMATE figures have a point value");
        }
        String lang = in.lang() == null ? claimLanguage : in.lang();
        try {
            return new Figure(in.kind(), dimension, in.value(), low, high, in.currency(), blankToNull(in.unit()),
                    blankToNull(in.category()), in.text().trim(), lang);
        } catch (IllegalArgumentException e) {
            throw ApiException.unprocessable("figure", e.getMessage());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
