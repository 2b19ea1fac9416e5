package io.crosscheck.embed;

import io.crosscheck.console.Chart;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The console's {@link Chart} re-laid out for the width a widget gets. The SVG has no viewBox: it is
 * never scaled, so its text is drawn at its real size (12 px) at any width (only the gridlines are
 * drawn in a nested, stretched box, see {@link #grid}). Horizontal positions are
 * percentages of the width the SVG is given (the plot runs from 2 % to 98 %), offsets in pixels
 * ({@code dx}); each claim takes two lines (its source and claimant, then its bar and figure), so no
 * left label column eats a narrow widget. Tick labels carry a class saying from which width they fit
 * ({@code w0} always, {@code w1} from 440 px, {@code w2} from 640 px), and the widget's stylesheet
 * hides the others: the chart re-lays out with the iframe, without script.
 */
public record WidgetChart(int height, List<Mark> marks, List<Tick> ticks, List<Line> lines, List<Heading> headings) {

    static final int ROW = 38;
    static final int TOP = 26;
    /** Where gridlines start (px from the top), under the tick labels. */
    static final int GRID_TOP = 18;
    /** Width of the gridlines' box: a unit is a tenth of a percent of the chart's width. */
    static final int GRID_UNITS = 1000;
    /** Widths (px) from which a tick label class shows: w0 always, w1 and w2 from these. */
    static final int[] WIDTHS = {280, 440, 640};
    /** Room a tick label needs, in px. */
    static final int LABEL_ROOM = 64;
    /** Longest label (12 px) and heading (bold) that fit a 280-px widget's chart; the full text is the mark's title. */
    private static final int LABEL_CHARS = 34;
    private static final int HEADING_CHARS = 30;
    /** Longest figure beside a bar, tick label and ratio, in characters (a count's unit can be long). */
    private static final int FIGURE_CHARS = 40;
    private static final int TICK_CHARS = 16;

    public record Mark(UUID id, int y, String x1, String x2, boolean dot, boolean openLow, boolean openHigh,
            String colour, String label, String figure, boolean outlier, String kind, boolean vague,
            String figureX, boolean figureEnd, boolean figureAbove) {
        public int labelY() {
            return y - 12;
        }

        public int figureY() {
            return figureAbove ? y - 12 : y + 4;
        }

        public int figureDx() {
            return figureAbove ? 0 : figureEnd ? -10 : 10;
        }
    }

    /** A gridline at {@code p} % ({@code x}, as written), labelled when {@code label} is not empty. */
    public record Tick(double p, String x, String label, boolean major, String cls) {
    }

    public record Line(String x1, int y1, String x2, int y2, boolean context, String label, String labelX) {
    }

    public record Heading(int y, String text) {
    }

    public boolean numeric() {
        return !marks.isEmpty();
    }

    /** The labelled ticks (a gridline each too); the others are gridlines only. */
    public List<Tick> labels() {
        return ticks.stream().filter(t -> !t.label().isEmpty()).toList();
    }

    /** The major gridlines as one path (see {@link #grid}). */
    public String majorGrid() {
        return grid(true);
    }

    /** The minor gridlines as one path (see {@link #grid}). */
    public String minorGrid() {
        return grid(false);
    }

    /** Height of the gridlines, from just under the tick labels ({@link #GRID_TOP}) to the bottom. */
    public int gridHeight() {
        return Math.max(1, height - GRID_TOP);
    }

    /**
     * Gridlines as one path, drawn in a box {@value #GRID_UNITS} units wide and 1 high stretched over the
     * plot (the page's nested SVG, written by {@link WidgetHtml}, {@code preserveAspectRatio="none"}, non-scaling stroke): a line at
     * {@code x} % is at {@code 10 x} units, each written relative to the previous one ("M20 0v1m35-1v1"),
     * a few bytes a line instead of an element with its attributes.
     */
    String grid(boolean major) {
        StringBuilder d = new StringBuilder();
        long at = 0;
        for (Tick t : ticks) {
            if (t.major() != major) {
                continue;
            }
            long u = Math.round(t.p() * GRID_UNITS / 100);
            if (d.isEmpty()) {
                d.append('M').append(u).append(" 0v1");
            } else {
                d.append('m').append(u - at).append("-1v1");
            }
            at = u;
        }
        return d.toString();
    }

    static WidgetChart of(Chart chart) {
        List<Mark> marks = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        java.util.Map<Integer, Integer> rowOf = new java.util.HashMap<>();
        java.util.Map<UUID, Mark> byId = new java.util.HashMap<>();
        // Rows in the console chart's order: headings and marks by their y.
        List<Object> rows = new ArrayList<>();
        rows.addAll(chart.headings());
        rows.addAll(chart.marks());
        rows.sort(java.util.Comparator.comparingInt(o -> o instanceof Chart.Heading h ? h.y() : ((Chart.Mark) o).y()));
        int y = TOP;
        for (Object o : rows) {
            if (o instanceof Chart.Heading h) {
                headings.add(new Heading(y + 10, Html.cut(h.text(), HEADING_CHARS)));
                y += 22;
                continue;
            }
            Chart.Mark m = (Chart.Mark) o;
            int barY = y + 22;
            double p1 = pct(m.x1());
            double p2 = pct(m.x2());
            boolean end = p2 > 62;
            // A bar across most of the width leaves no room beside it: its figure goes on the label line, right.
            boolean above = end && p1 < 36;
            Mark w = new Mark(m.id(), barY, fmt(p1), fmt(p2), m.dot(), m.openLow(), m.openHigh(), m.colour(),
                    Html.cut(m.label(), above ? 20 : LABEL_CHARS),
                    Html.cut(m.figure(), FIGURE_CHARS) + (m.outlier() ? " ⚠" : ""), m.outlier(),
                    m.kind(), m.vague(), above ? "98%" : fmt(end ? p1 : p2), end, above);
            marks.add(w);
            byId.put(m.id(), w);
            rowOf.put(m.y(), barY);
            y += ROW;
        }
        List<Tick> ticks = new ArrayList<>();
        List<Double> placed = new ArrayList<>();
        List<Integer> placedAt = new ArrayList<>();
        // Labels keep the console's priority (the order it placed them), then thin out by width.
        for (Chart.Tick t : chart.ticks()) {
            if (!t.major() || t.label().isEmpty()) {
                continue;
            }
            double p = pct(t.x());
            int from = 0;
            while (from < WIDTHS.length && !fits(p, from, placed, placedAt)) {
                from++;
            }
            if (from < WIDTHS.length) {
                placed.add(p);
                placedAt.add(from);
            }
        }
        for (Chart.Tick t : chart.ticks()) {
            double p = pct(t.x());
            String cls = "";
            if (t.major() && !t.label().isEmpty()) {
                int i = placed.indexOf(p);
                cls = i < 0 ? "" : "w" + placedAt.get(i);
            }
            ticks.add(new Tick(p, fmt(p), cls.isEmpty() ? "" : Html.cut(t.label(), TICK_CHARS), t.major(), cls));
        }
        List<Line> lines = new ArrayList<>();
        for (Chart.Line l : chart.lines()) {
            Integer y1 = rowOf.get(l.y1());
            Integer y2 = rowOf.get(l.y2());
            if (y1 == null || y2 == null) {
                continue;
            }
            double a = pct(l.x1());
            double b = pct(l.x2());
            lines.add(new Line(fmt(a), y1, fmt(b), y2, l.context(), Html.cut(l.label(), TICK_CHARS), fmt(Math.max(a, b))));
        }
        return new WidgetChart(marks.isEmpty() ? 0 : y + 8, marks, ticks, lines, headings);
    }

    /** Whether a label at {@code p} % keeps its room from the labels shown at the width of class {@code from}. */
    private static boolean fits(double p, int from, List<Double> placed, List<Integer> placedAt) {
        double room = LABEL_ROOM * 100.0 / (WIDTHS[from] - 34) / 0.96;
        for (int i = 0; i < placed.size(); i++) {
            if (placedAt.get(i) <= from && Math.abs(placed.get(i) - p) < room) {
                return false;
            }
        }
        // Not too close to the edges either: a label is centred on its tick.
        double half = room / 2 * 0.8;
        return p - half >= -1 && p + half <= 101;
    }

    /** A console x (px in [LEFT, LEFT + PLOT]) as a percentage of the widget chart's width. */
    static double pct(int x) {
        double f = (x - Chart.LEFT) / (double) Chart.PLOT;
        return 2 + 96 * Math.max(0, Math.min(1, f));
    }

    /** A percentage to a tenth ("12.3%", "50%"): a tenth of a percent is at most 1.3 px on a 1280-px card. */
    static String fmt(double p) {
        long tenths = Math.round(p * 10);
        return (tenths % 10 == 0 ? String.valueOf(tenths / 10) : tenths / 10 + "." + Math.abs(tenths % 10)) + "%";
    }
}
