package io.crosscheck.conflict;

import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureKind;
import io.crosscheck.figure.FigureRenderer;
import java.util.Locale;
import java.util.Objects;

/** Machine rationales for proposals, in the language of the claim that starts them (fr or en). */
final class Rationales {

    private Rationales() {
    }

    static String contradiction(DetectionRow a, DetectionRow b) {
        boolean fr = fr(a);
        String ratio = ratio(a.figure(), b.figure(), fr);
        String text = label(a, fr) + (fr ? " contre " : " vs ") + label(b, fr) + (fr ? " : " : ": ")
                + (ratio == null ? "" : ratio + ", ")
                + (fr ? "même sujet, même métrique" : "same subject, same metric");
        return text + scopes(a, b, fr);
    }

    static String agreement(DetectionRow a, DetectionRow b, boolean sameClaimant) {
        boolean fr = fr(a);
        String verb = a.figure().kind() == FigureKind.CATEGORY ? (fr ? " concordent" : " agree")
                : (fr ? " se recouvrent" : " overlap");
        return label(a, fr) + (fr ? " et " : " and ") + label(b, fr) + verb + (fr ? " : " : ": ")
                + (fr ? "même sujet, même métrique, " : "same subject, same metric, ")
                + (sameClaimant ? (fr ? "même déclarant" : "same claimant")
                        : (fr ? "autre déclarant" : "another claimant"))
                + scopes(a, b, fr);
    }

    static String context(DetectionRow a, DetectionRow b) {
        boolean fr = fr(a);
        String ratio = ratio(a.figure(), b.figure(), fr);
        return label(a, fr) + (fr ? " contre " : " vs ") + label(b, fr) + (fr ? " : " : ": ")
                + (ratio == null ? "" : ratio + ", ")
                + (fr ? "même sujet, métriques différentes (" + a.metricLabelFr() + " / " + b.metricLabelFr() + ")"
                        : "same subject, different metrics (" + a.metricLabelEn() + " / " + b.metricLabelEn() + ")");
    }

    /** "×285": how many times larger the larger figure is, from representative values. */
    static String ratio(Figure a, Figure b, boolean fr) {
        double x = Bounds.representative(a);
        double y = Bounds.representative(b);
        if (!(x > 0) || !(y > 0) || Double.isInfinite(x) || Double.isInfinite(y)) {
            return null;
        }
        double r = Math.max(x, y) / Math.min(x, y);
        String n = r >= 10 ? String.valueOf((long) Math.floor(r))
                : String.format(Locale.ROOT, "%.1f", Math.floor(r * 10) / 10);
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
