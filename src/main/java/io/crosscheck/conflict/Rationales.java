package io.crosscheck.conflict;

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
 * Machine rationales for proposals, in the language of the claim that starts them (fr or en). Each
 * states the relative gap between the stated values and, for agreements and reviews, what explains
 * them (a rounding, a hedge, bounds).
 */
public final class Rationales {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rationales() {
    }

    static String contradiction(DetectionRow a, DetectionRow b, Judgement j) {
        boolean fr = fr(a);
        StringBuilder text = new StringBuilder(label(a, fr)).append(fr ? " contre " : " vs ").append(label(b, fr))
                .append(fr ? " : " : ": ");
        if (a.figure().kind() == FigureKind.CATEGORY) {
            text.append(fr ? "valeurs différentes" : "different values");
        } else {
            text.append(gap(j, fr));
            String ratio = ratio(a.figure(), b.figure(), fr);
            if (ratio != null) {
                text.append(" (").append(ratio).append(')');
            }
            if (j.outcome() == Outcome.ROUNDING_REVIEW) {
                text.append(fr ? " ; " : "; ").append(rounding(a, b, j, fr))
                        .append(fr ? ", mais large : à vérifier" : ", but a large one: to review");
            }
        }
        text.append(", ").append(fr ? "même sujet, même métrique" : "same subject, same metric");
        return text + scopes(a, b, fr);
    }

    static String agreement(DetectionRow a, DetectionRow b, Judgement j, boolean sameClaimant) {
        boolean fr = fr(a);
        String why = switch (j.reason()) {
            case ROUNDING -> rounding(a, b, j, fr);
            case WITHIN_HEDGE -> (fr ? "dans la marge de " : "within the hedge of ") + label(j.by() == Side.SECOND ? b : a, fr);
            case WITHIN_BOUNDS -> {
                DetectionRow set = j.by() == Side.SECOND ? b : a;
                DetectionRow point = set == a ? b : a;
                yield label(set, fr) + (fr ? " contient " : " contains ") + label(point, fr);
            }
            case OVERLAP -> fr ? "fourchettes compatibles" : "compatible ranges";
            default -> fr ? "même valeur" : "same value";
        };
        String gap = j.gap() != null && j.gap().signum() > 0 ? " (" + gap(j, fr) + ")" : "";
        return label(a, fr) + (fr ? " et " : " and ") + label(b, fr) + (fr ? " concordent : " : " agree: ") + why + gap
                + ", " + (fr ? "même sujet, même métrique, " : "same subject, same metric, ")
                + (sameClaimant ? (fr ? "même déclarant" : "same claimant")
                        : (fr ? "autre déclarant" : "another claimant"))
                + scopes(a, b, fr);
    }

    static String context(DetectionRow a, DetectionRow b, Judgement j) {
        boolean fr = fr(a);
        String ratio = ratio(a.figure(), b.figure(), fr);
        return label(a, fr) + (fr ? " contre " : " vs ") + label(b, fr) + (fr ? " : " : ": ")
                + (ratio == null ? "" : ratio + ", ") + gap(j, fr) + ", "
                + (fr ? "même sujet, métriques différentes (" + a.metricLabelFr() + " / " + b.metricLabelFr() + ")"
                        : "same subject, different metrics (" + a.metricLabelEn() + " / " + b.metricLabelEn() + ")");
    }

    /** "écart de 10,7 %", "gap 10.7%": one decimal, never rounded to 0 % or 100 % when it is not. */
    static String gap(Judgement j, boolean fr) {
        if (j.gap() == null) {
            return fr ? "écart inconnu" : "gap unknown";
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
        return fr ? "écart de " + prefix + n.replace('.', ',') + " %" : "gap " + prefix + n + "%";
    }

    /** "6 M$ arrondit 5,6 M$": which figure is the rounding of which, when the judgement says. */
    private static String rounding(DetectionRow a, DetectionRow b, Judgement j, boolean fr) {
        if (j.by() == null) {
            return fr ? "l'un peut être l'arrondi de l'autre" : "either may be a rounding of the other";
        }
        DetectionRow rounder = j.by() == Side.FIRST ? a : b;
        DetectionRow other = rounder == a ? b : a;
        return label(rounder, fr) + (fr ? " arrondit " : " rounds ") + label(other, fr);
    }

    /** "×285": how many times larger the larger figure is, from representative values, when at least twice. */
    public static String ratio(Figure a, Figure b, boolean fr) {
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
        return "×" + (fr ? n.replace('.', ',') : n);
    }

    private static String scopes(DetectionRow a, DetectionRow b, boolean fr) {
        if (a.scope() == null || b.scope() == null
                || Objects.equals(a.scope().strip().toLowerCase(Locale.ROOT), b.scope().strip().toLowerCase(Locale.ROOT))) {
            return "";
        }
        return fr ? " ; portées différentes (« " + a.scope() + " » / « " + b.scope() + " »)"
                : "; different scopes (“" + a.scope() + "” / “" + b.scope() + "”)";
    }

    private static String label(DetectionRow row, boolean fr) {
        return FigureRenderer.renderShort(row.figure(), fr ? "fr" : "en");
    }

    private static boolean fr(DetectionRow row) {
        return row.language() != null && row.language().toLowerCase(Locale.ROOT).startsWith("fr");
    }
}
