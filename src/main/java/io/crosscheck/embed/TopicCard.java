package io.crosscheck.embed;

import io.crosscheck.claim.Verdict;
import io.crosscheck.compare.ComparisonView;
import io.crosscheck.console.Chart;
import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureKind;
import io.crosscheck.figure.FigureRenderer;
import io.crosscheck.link.LinkView;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a topic or comparison widget shows: the top of the comparison (its first {@code max-axes} axes,
 * the only ones asked for, and one page of at most {@code crosscheck.embed.max-claims} of their claims;
 * "and N more series" counts the others from {@code axisCount}), each axis with its
 * summary over all its claims, a chart re-laid out for the widget's width, and a link to the rest.
 * Every text is cut (by characters and by bytes once escaped), and {@link WidgetHtml#topic} keeps
 * only the axes and claims that fit its byte budget, in order, saying how many it left out.
 */
public record TopicCard(String title, List<AxisCard> axes, String legend, String href, String linkLabel,
        List<WidgetChart> story, String storyHeading, String vagueLabel, String shown) {

    /** Longest name or figure a row prints, in characters. */
    static final int TEXT = 60;
    /** The same in bytes of escaped UTF-8 (60 CJK characters take 180; 60 quotes would take 360). */
    static final int TEXT_BYTES = 200;

    /**
     * One number line and its claims (those shown); {@code more}: "and 5 more claims" when the axis
     * has claims the card does not show (null when it shows them all).
     */
    public record AxisCard(String heading, String summary, WidgetChart chart, List<Row> rows, String more) {
    }

    /** One claim under the chart, readable at any width; {@code verdictLabel} null: no badge. */
    public record Row(UUID id, String figure, String claimant, String publisher, String verdict, String verdictLabel,
            boolean outlier, boolean disputed, String href, boolean category, boolean vague) {
    }

    /** This card with another note on what it leaves out, and another label on its link to the rest. */
    TopicCard withNote(String shown, String linkLabel) {
        return new TopicCard(title, axes, legend, href, linkLabel, story, storyHeading, vagueLabel, shown);
    }

    /** The card of an axis showing its first {@code shown} claims of the page (the chart draws those). */
    static AxisCard axis(ComparisonView.Axis a, int shown, List<LinkView> links, Shell shell, boolean showUnreviewed) {
        Words w = shell.w();
        ComparisonView.Axis drawn = shown(a, shown);
        List<Row> rows = drawn.claims().stream().map(e -> new Row(e.id(),
                cut(FigureRenderer.renderShort(e.figure(), shell.lang())),
                e.claimant() == null ? null : cut(e.claimant().name()),
                e.firstAppearance() == null ? null : cut(e.firstAppearance().publisher()), e.verdict().name(),
                e.verdict() == Verdict.UNREVIEWED && !showUnreviewed ? null : w.verdict(e.verdict()),
                e.outlier(), e.disputed(), ClaimCard.claimHref(shell, e.id()),
                e.figure().kind() == FigureKind.CATEGORY, e.vague())).toList();
        long more = Math.max(a.summary().count(), a.claims().size()) - (long) rows.size();
        return new AxisCard(cut(a.subject().name()) + " · " + cut(a.metric().label(shell.lang())),
                Html.cut(summary(a, shell), 2 * TEXT, 2 * TEXT_BYTES),
                WidgetChart.of(Chart.of(drawn, links, shell.lang())), rows,
                more <= 0 ? null : more == 1 ? w.get("oneMoreClaim") : String.format(w.get("moreClaims"), more));
    }

    /** The axis with only its first {@code n} claims of the page. */
    static ComparisonView.Axis shown(ComparisonView.Axis a, int n) {
        return n >= a.claims().size() ? a : new ComparisonView.Axis(a.subject(), a.metric(), a.currency(), a.unit(),
                a.claims().subList(0, Math.max(0, n)), a.summary());
    }

    /** The overview charts of the axes shown (with the claims shown), as {@link Chart#story} draws them. */
    static List<WidgetChart> story(ComparisonView view, List<ComparisonView.Axis> shownAxes, String lang) {
        ComparisonView bounded = new ComparisonView(view.title(), shownAxes, view.links(), view.total(), view.next(),
                view.axisCount(), view.axesNext());
        return Chart.story(bounded, lang).stream().map(WidgetChart::of).toList();
    }

    /**
     * "8 of 300 claims · and 3 more series" when the card leaves something out (another page of
     * claims, axes not asked for or not shown, claims cut to fit), else null.
     */
    static String shown(Words w, long onPage, long total, long hiddenAxes, boolean cut) {
        if (!cut && hiddenAxes <= 0 && onPage >= total) {
            return null;
        }
        return String.format(w.get("shownOf"), onPage, total)
                + (hiddenAxes > 0 ? " · " + String.format(w.get("moreAxes"), hiddenAxes) : "");
    }

    /** "12 claims · $5M – $6M", over every claim of the axis, in the widget's language. */
    static String summary(ComparisonView.Axis a, Shell shell) {
        ComparisonView.Summary s = a.summary();
        Words w = shell.w();
        String count = s.count() + " " + (s.count() == 1 ? w.get("oneClaim") : w.get("claims"));
        if (s.min() == null || s.max() == null) {
            return count;
        }
        String min = number(s.min(), a, shell.lang());
        String max = number(s.max(), a, shell.lang());
        return count + " · " + (min.equals(max) ? min : min + " – " + max);
    }

    private static String number(double v, ComparisonView.Axis a, String lang) {
        try {
            BigDecimal value = new BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros();
            value = value.scale() < 0 ? value.setScale(0) : value;
            Dimension d = a.metric().dimension();
            return FigureRenderer.renderShort(new Figure(FigureKind.EXACT, d, value, value, value,
                    d == Dimension.MONEY ? a.currency() : null, a.unit(), null, "", lang), lang);
        } catch (RuntimeException e) {
            return String.valueOf(v);
        }
    }

    static String cut(String s) {
        return Html.cut(s, TEXT, TEXT_BYTES);
    }
}
