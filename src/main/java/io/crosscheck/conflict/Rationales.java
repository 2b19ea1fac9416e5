package io.crosscheck.conflict;

import io.crosscheck.common.Languages;
import io.crosscheck.common.Phrasebook;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureKind;
import io.crosscheck.figure.FigureRenderer;
import io.crosscheck.figure.Judgement;
import io.crosscheck.figure.Judgement.Outcome;
import io.crosscheck.figure.Judgement.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * Machine rationales for proposals, in the language of the claim that starts them (any supported
 * language, else English; words in {@code phrases/rationales_<lang>.properties}). Each
 * states the relative gap between the stated values and, for agreements and reviews, what explains
 * them (a rounding, a hedge, bounds).
 */
public final class Rationales {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Phrasebook WORDS = Phrasebook.load("rationales");

    private Rationales() {
    }

    static String contradiction(DetectionRow a, DetectionRow b, Judgement j) {
        String lang = lang(a);
        String what;
        if (a.figure().kind() == FigureKind.CATEGORY) {
            what = WORDS.get(lang, "differentValues");
        } else {
            what = gap(j, lang);
            String ratio = ratio(a.figure(), b.figure(), lang);
            if (ratio != null) {
                what += " (" + ratio + ')';
            }
            if (j.outcome() == Outcome.ROUNDING_REVIEW) {
                what = WORDS.format(lang, "roundingReview", what, rounding(a, b, j, lang));
            }
        }
        String text = WORDS.format(lang, "versus", label(a, lang), label(b, lang), what) + ", "
                + WORDS.get(lang, "sameSubjectSameMetric");
        return scopes(text, a, b, lang);
    }

    static String agreement(DetectionRow a, DetectionRow b, Judgement j, boolean sameClaimant) {
        String lang = lang(a);
        String why = switch (j.reason()) {
            case ROUNDING -> rounding(a, b, j, lang);
            case WITHIN_HEDGE -> WORDS.format(lang, "withinHedge", label(j.by() == Side.SECOND ? b : a, lang));
            case WITHIN_BOUNDS -> {
                DetectionRow set = j.by() == Side.SECOND ? b : a;
                DetectionRow point = set == a ? b : a;
                yield WORDS.format(lang, "contains", label(set, lang), label(point, lang));
            }
            case OVERLAP -> WORDS.get(lang, "compatibleRanges");
            default -> WORDS.get(lang, "sameValue");
        };
        String gap = j.gap() != null && j.gap().signum() > 0 ? " (" + gap(j, lang) + ")" : "";
        String text = WORDS.format(lang, "agree", label(a, lang), label(b, lang), why + gap) + ", "
                + WORDS.get(lang, "sameSubjectSameMetric") + ", "
                + WORDS.get(lang, sameClaimant ? "sameClaimant" : "anotherClaimant");
        return scopes(text, a, b, lang);
    }

    static String context(DetectionRow a, DetectionRow b, Judgement j) {
        String lang = lang(a);
        String ratio = ratio(a.figure(), b.figure(), lang);
        return WORDS.format(lang, "versus", label(a, lang), label(b, lang), (ratio == null ? "" : ratio + ", ")
                + gap(j, lang) + ", " + WORDS.format(lang, "differentMetrics", a.metricLabel(lang), b.metricLabel(lang)));
    }

    /** "écart de 10,7 %", "gap 10.7%": one decimal, never rounded to 0 % or 100 % when it is not. */
    static String gap(Judgement j, String lang) {
        if (j.gap() == null) {
            return WORDS.get(lang, "gapUnknown");
        }
        BigDecimal pct = j.gap().multiply(HUNDRED);
        BigDecimal shown = pct.setScale(1, RoundingMode.HALF_UP);
        String prefix = "";
        if (shown.signum() == 0 && pct.signum() > 0) {
            shown = new BigDecimal("0.1");
            prefix = "< ";
        } else if (shown.compareTo(HUNDRED) >= 0 && pct.compareTo(HUNDRED) < 0) {
            shown = new BigDecimal("99.9");
            prefix = "> ";
        }
        String n = shown.stripTrailingZeros().toPlainString();
        return WORDS.format(lang, "gap", prefix + n.replace(".", WORDS.get(lang, "decimal")));
    }

    /** "6 M$ arrondit 5,6 M$": which figure is the rounding of which, when the judgement says. */
    private static String rounding(DetectionRow a, DetectionRow b, Judgement j, String lang) {
        if (j.by() == null) {
            return WORDS.get(lang, "eitherRounds");
        }
        DetectionRow rounder = j.by() == Side.FIRST ? a : b;
        DetectionRow other = rounder == a ? b : a;
        return WORDS.format(lang, "rounds", label(rounder, lang), label(other, lang));
    }

    /** "×285": how many times larger the larger figure is, from representative values, when at least twice. */
    public static String ratio(Figure a, Figure b, String lang) {
        double x = Bounds.representative(a);
        double y = Bounds.representative(b);
        if (!(x > 0) || !(y > 0) || Double.isInfinite(x) || Double.isInfinite(y)) {
            return null;
        }
        double r = Math.max(x, y) / Math.min(x, y);
        if (r < 2) {
            return null;
        }
        String n = r >= 10 ? String.valueOf((long) Math.floor(r))
                : String.format(Locale.ROOT, "%.1f", Math.floor(r * 10) / 10).replace(".0", "");
        return "×" + n.replace(".", WORDS.get(lang, "decimal"));
    }

    private static String scopes(String text, DetectionRow a, DetectionRow b, String lang) {
        if (a.scope() == null || b.scope() == null
                || Objects.equals(a.scope().strip().toLowerCase(Locale.ROOT), b.scope().strip().toLowerCase(Locale.ROOT))) {
            return text;
        }
        return WORDS.format(lang, "differentScopes", text, a.scope(), b.scope());
    }

    private static String label(DetectionRow row, String lang) {
        return FigureRenderer.renderShort(row.figure(), lang);
    }

    /** The supported language of the row's claim, else English (the fallback). */
    private static String lang(DetectionRow row) {
        String lang = Languages.supported(row.language());
        return lang == null ? Languages.FALLBACK : lang;
    }
}
