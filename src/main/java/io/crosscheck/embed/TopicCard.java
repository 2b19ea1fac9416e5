package io.crosscheck.embed;

import io.crosscheck.compare.ComparisonView;
import io.crosscheck.console.Chart;
import io.crosscheck.console.Texts;
import io.crosscheck.figure.FigureKind;
import io.crosscheck.figure.FigureRenderer;
import java.util.List;
import java.util.UUID;

/** What a topic or comparison widget shows: one chart per axis (the console's) and a compact list. */
public record TopicCard(String title, List<AxisCard> axes, String legend, String href, List<Chart> story,
        String storyHeading, String vagueLabel) {

    /** One number line and its claims. */
    public record AxisCard(String heading, Chart chart, List<Row> rows) {
    }

    /** One claim under the chart, readable at any width. */
    public record Row(UUID id, String figure, String claimant, String publisher, String verdict, String verdictLabel,
            boolean outlier, boolean disputed, String href, boolean category, boolean vague) {
    }

    static TopicCard of(ComparisonView view, Shell shell, String legend, String href) {
        boolean fr = "fr".equals(shell.lang());
        List<AxisCard> axes = view.axes().stream().map(a -> new AxisCard(
                a.subject().name() + " · " + (fr ? a.metric().labelFr() : a.metric().labelEn()),
                Chart.of(a, view.links(), shell.lang()),
                a.claims().stream().map(e -> new Row(e.id(), FigureRenderer.renderShort(e.figure(), shell.lang()),
                        e.claimant() == null ? null : e.claimant().name(),
                        e.firstAppearance() == null ? null : e.firstAppearance().publisher(), e.verdict().name(),
                        shell.w().verdict(e.verdict()), e.outlier(), e.disputed(),
                        ClaimCard.claimHref(shell, e.id()), e.figure().kind() == FigureKind.CATEGORY, e.vague()))
                        .toList()))
                .toList();
        Texts t = Texts.pick(shell.lang(), null);
        return new TopicCard(view.title(), axes, legend, href, Chart.story(view, shell.lang()), t.get("story"),
                t.get("vague"));
    }
}
