package io.crosscheck.embed;

import io.crosscheck.claim.Verdict;
import io.crosscheck.compare.ComparisonView;
import io.crosscheck.console.Chart;
import io.crosscheck.console.Texts;
import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureKind;
import io.crosscheck.figure.FigureRenderer;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a topic or comparison widget shows: the top of the comparison (its first {@code max-axes} axes,
 * the only ones asked for, and one page of at most {@code crosscheck.embed.max-claims} of their claims;
 * "and N more series" counts the others from {@code axisCount}), each axis with its
 * summary over all its claims, a chart re-laid out for the widget's width, and a link to the rest.
 * Every text is bounded (names and figures are cut), so the card's size does not grow with the data.
 */
public record TopicCard(String title, List<AxisCard> axes, String legend, String href, String linkLabel,
        List<WidgetChart> story, String storyHeading, String vagueLabel, String shown) {

    /** Longest name or figure a row prints. */
    static final int TEXT = 60;

    /** One number line and its claims (those of the page). */
    public record AxisCard(String heading, String summary, WidgetChart chart, List<Row> rows) {
    }

    /** One claim under the chart, readable at any width; {@code verdictLabel} null: no badge. */
    public record Row(UUID id, String figure, String claimant, String publisher, String verdict, String verdictLabel,
            boolean outlier, boolean disputed, String href, boolean category, boolean vague) {
    }

    static TopicCard of(ComparisonView view, Shell shell, String title, String legend, String href, int maxAxes,
            boolean showUnreviewed) {
        Words w = shell.w();
        List<ComparisonView.Axis> shownAxes = view.axes().stream().limit(Math.max(1, maxAxes)).toList();
        List<AxisCard> axes = shownAxes.stream().map(a -> new AxisCard(
                cut(a.subject().name()) + " · " + cut(a.metric().label(shell.lang())),
                summary(a, shell),
                WidgetChart.of(Chart.of(a, view.links(), shell.lang())),
                a.claims().stream().map(e -> new Row(e.id(), cut(FigureRenderer.renderShort(e.figure(), shell.lang())),
                        e.claimant() == null ? null : cut(e.claimant().name()),
                        e.firstAppearance() == null ? null : cut(e.firstAppearance().publisher()), e.verdict().name(),
                        e.verdict() == Verdict.UNREVIEWED && !showUnreviewed ? null : w.verdict(e.verdict()),
                        e.outlier(), e.disputed(), ClaimCard.claimHref(shell, e.id()),
                        e.figure().kind() == FigureKind.CATEGORY, e.vague()))
                        .toList()))
                .toList();
        Texts t = Texts.pick(shell.lang(), null);
        long onPage = shownAxes.stream().mapToLong(a -> a.claims().size()).sum();
        // The service answered only the axes shown (an axis page); axisCount counts them all.
        int hidden = Math.max(view.axisCount(), view.axes().size()) - shownAxes.size();
        boolean partial = view.next() != null || hidden > 0;
        String shown = partial ? String.format(w.get("shownOf"), onPage, view.total())
                + (hidden > 0 ? " · " + String.format(w.get("moreAxes"), hidden) : "")
                : null;
        String linkLabel = partial ? String.format(w.get("seeAll"), view.total()) : w.get("seeTopic");
        ComparisonView bounded = new ComparisonView(view.title(), shownAxes, view.links(), view.total(), view.next(),
                view.axisCount(), view.axesNext());
        return new TopicCard(cut(title), axes, legend, href, linkLabel,
                Chart.story(bounded, shell.lang()).stream().map(WidgetChart::of).toList(), t.get("story"),
                t.get("vague"), shown);
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
        return s == null || s.length() <= TEXT ? s : s.substring(0, TEXT - 1) + "…";
    }
}
