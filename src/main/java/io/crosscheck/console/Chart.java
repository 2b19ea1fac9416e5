package io.crosscheck.console;

import io.crosscheck.claim.Verdict;
import io.crosscheck.compare.ComparisonView;
import io.crosscheck.figure.FigureRenderer;
import io.crosscheck.link.LinkType;
import io.crosscheck.link.LinkView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * An inline SVG number line for one comparison axis, on a log scale: one row and one mark per claim
 * (so 200 claims stay readable: the chart grows taller, labels never overlap), arrows for open
 * ends, colour by verdict, and a red line between contradicting claims.
 */
public record Chart(int width, int height, List<Mark> marks, List<Tick> ticks, List<Line> lines) {

    static final int LEFT = 300;
    static final int RIGHT = 30;
    static final int ROW = 22;
    static final int TOP = 30;

    /** One claim: a bar from x1 to x2 (a dot when narrow), with arrows for open ends. */
    public record Mark(UUID id, int y, int x1, int x2, boolean openLow, boolean openHigh, String colour, String label,
            String figure, boolean outlier) {
        public int labelY() {
            return y + 4;
        }

        public int arrowLowX() {
            return x1 - 8;
        }

        public int arrowHighX() {
            return x2 + 8;
        }

        public int middle() {
            return (x1 + x2) / 2;
        }

        public int figureX() {
            return Math.min(x2 + 12, 10_000);
        }

        public boolean dot() {
            return x2 - x1 < 4;
        }
    }

    public record Tick(int x, String label) {
    }

    public record Line(int x1, int y1, int x2, int y2) {
    }

    public static Chart of(ComparisonView.Axis axis, List<LinkView> links, String lang) {
        int width = 980;
        int plot = width - LEFT - RIGHT - 90;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (ComparisonView.Entry e : axis.claims()) {
            for (Double d : new Double[] {e.low(), e.high()}) {
                if (d != null && d > 0) {
                    min = Math.min(min, d);
                    max = Math.max(max, d);
                }
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            min = 1;
            max = 10;
        }
        double lo = Math.floor(Math.log10(min));
        double hi = Math.ceil(Math.log10(max));
        if (hi - lo < 1) {
            hi = lo + 1;
        }
        final double a = lo;
        final double span = hi - lo;
        java.util.function.DoubleToIntFunction x = v -> LEFT + (int) Math.round((Math.log10(Math.max(v, Math.pow(10, a)))
                - a) / span * plot);
        List<Mark> marks = new ArrayList<>();
        Map<UUID, Mark> byId = new HashMap<>();
        int y = TOP;
        for (ComparisonView.Entry e : axis.claims()) {
            boolean openLow = e.low() == null;
            boolean openHigh = e.high() == null;
            int x1 = openLow ? LEFT : x.applyAsInt(e.low());
            int x2 = openHigh ? LEFT + plot : x.applyAsInt(e.high());
            String source = e.firstAppearance() == null ? "" : e.firstAppearance().publisher();
            String who = e.claimant() == null ? "?" : e.claimant().name();
            String label = truncate(source + " · " + who, 44);
            Mark m = new Mark(e.id(), y, x1, Math.max(x2, x1), openLow, openHigh, colour(e.verdict(), e.disputed()),
                    label, FigureRenderer.renderShort(e.figure(), lang), e.outlier());
            marks.add(m);
            byId.put(e.id(), m);
            y += ROW;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int p = (int) lo; p <= (int) hi; p++) {
            ticks.add(new Tick(x.applyAsInt(Math.pow(10, p)), tickLabel(p)));
        }
        List<Line> lines = new ArrayList<>();
        for (LinkView l : links) {
            Mark f = byId.get(l.from().id());
            Mark t = byId.get(l.to().id());
            if (l.type() == LinkType.CONTRADICTS && f != null && t != null) {
                lines.add(new Line(f.middle(), f.y(), t.middle(), t.y()));
            }
        }
        return new Chart(width, y + 10, marks, ticks, lines);
    }

    private static String tickLabel(int power) {
        String[] names = {"1", "10", "100", "1k", "10k", "100k", "1M", "10M", "100M", "1G", "10G", "100G", "1T"};
        return power >= 0 && power < names.length ? names[power] : "1e" + power;
    }

    private static String colour(Verdict v, boolean disputed) {
        return switch (v) {
            case SUPPORTED -> "#1a7f37";
            case FALSE -> "#b42318";
            case MISLEADING, DISPUTED -> "#c4540a";
            case OUTDATED -> "#6e7781";
            case UNVERIFIABLE -> "#8250df";
            default -> disputed ? "#c4540a" : "#0b5cad";
        };
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
