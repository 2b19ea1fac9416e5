package io.crosscheck.console;

import io.crosscheck.claim.Verdict;
import io.crosscheck.compare.ComparisonView;
import io.crosscheck.conflict.Rationales;
import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureKind;
import io.crosscheck.figure.FigureRenderer;
import io.crosscheck.link.LinkType;
import io.crosscheck.link.LinkView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An inline SVG number line on a log scale: one row and one mark per numeric claim (so 200 claims
 * stay readable: the chart grows taller, labels never overlap), arrows for open ends, colour by
 * verdict, a red line between contradicting claims and a grey one, labelled with the ratio, between
 * claims linked as CONTEXT. A figure that states no single value (a range, an open bound, "des
 * centaines de millions") is drawn as its range, paler. CATEGORY claims ("H800") are never put on
 * the line: they are {@link #listed}. Ticks are labelled like the figures ("5,6 M$", "$5.6M") at
 * 1-2-5 steps, or finer when the range is narrow, with unlabelled gridlines one step finer.
 */
public record Chart(int width, int height, List<Mark> marks, List<Tick> ticks, List<Line> lines,
        List<Heading> headings, List<Listed> listed) {

    public static final int LEFT = 300;
    static final int RIGHT = 30;
    static final int ROW = 22;
    static final int TOP = 30;
    static final int WIDTH = 980;
    public static final int PLOT = WIDTH - LEFT - RIGHT - 90;
    /** Labelled ticks closer than this (px) to the previous label stay unlabelled gridlines. */
    static final int LABEL_GAP = 44;

    /** Tick mantissas per decade, coarse to fine. */
    private static final double[][] LEVELS = {
            {1},
            {1, 2, 5},
            {1, 2, 3, 4, 5, 6, 7, 8, 9},
            {1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5},
            tenths()};

    /** One claim: a bar from x1 to x2 (a dot when narrow), with arrows for open ends. */
    public record Mark(UUID id, int y, int x1, int x2, boolean openLow, boolean openHigh, String colour, String label,
            String figure, boolean outlier, String kind, boolean vague) {
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

    /** A gridline; {@code label} is empty on minor gridlines and on ticks too close to the previous label. */
    public record Tick(int x, String label, boolean major) {
    }

    /** A line between two marks: {@code kind} is "contradiction" or "context" ({@code label} "×266"). */
    public record Line(int x1, int y1, int x2, int y2, String kind, String label) {
        public int labelX() {
            return Math.max(x1, x2) + 6;
        }

        public int labelY() {
            return (y1 + y2) / 2 + 4;
        }

        public boolean context() {
            return "context".equals(kind);
        }
    }

    /** A row naming the axis whose marks follow (only in a chart of several axes). */
    public record Heading(int y, String text) {
    }

    /** A CATEGORY claim: listed beside the chart, never drawn on the number line. */
    public record Listed(UUID id, String figure, String label, String colour) {
    }

    /** One axis's claims, under an optional heading. */
    record Section(String heading, List<ComparisonView.Entry> entries) {
    }

    /** Whether there is anything to draw on the number line (else only {@link #listed}). */
    public boolean numeric() {
        return !marks.isEmpty();
    }

    /** The chart of one axis. */
    public static Chart of(ComparisonView.Axis axis, List<LinkView> links, String lang) {
        return build(List.of(new Section(null, axis.claims())), links, lang);
    }

    /**
     * The cross-metric story: one chart per scale (dimension, currency, unit) that two or more axes
     * share, each axis under its heading, so the 5,6 M$ training run sits above the 1,6 Md$ buildout
     * with the ×266 CONTEXT link between them. Empty when no two axes share a scale.
     */
    public static List<Chart> story(ComparisonView view, String lang) {
        Map<String, List<ComparisonView.Axis>> byScale = new LinkedHashMap<>();
        for (ComparisonView.Axis a : view.axes()) {
            if (a.metric().dimension() == Dimension.CATEGORY
                    || a.claims().stream().allMatch(e -> e.figure().kind() == FigureKind.CATEGORY)) {
                continue;
            }
            String key = a.metric().dimension() + "|" + a.currency() + "|"
                    + (a.unit() == null ? "" : a.unit().toLowerCase(Locale.ROOT));
            byScale.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
        }
        List<Chart> out = new ArrayList<>();
        for (List<ComparisonView.Axis> group : byScale.values()) {
            if (group.size() < 2) {
                continue;
            }
            out.add(build(group.stream().map(a -> new Section(a.subject().name() + " · "
                    + a.metric().label(lang), a.claims())).toList(), links(view), lang));
        }
        return out;
    }

    private static List<LinkView> links(ComparisonView view) {
        return view.links() == null ? List.of() : view.links();
    }

    static Chart build(List<Section> sections, List<LinkView> links, String lang) {
        List<ComparisonView.Entry> numeric = new ArrayList<>();
        for (Section s : sections) {
            s.entries().stream().filter(e -> e.figure().kind() != FigureKind.CATEGORY).forEach(numeric::add);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (ComparisonView.Entry e : numeric) {
            for (Double d : new Double[] {e.low(), e.high()}) {
                if (d != null && d > 0 && !d.isInfinite()) {
                    min = Math.min(min, d);
                    max = Math.max(max, d);
                }
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            min = 1;
            max = 10;
        }
        double lo = Math.log10(min);
        double hi = Math.log10(max);
        // One finite number (an open bound alone, or equal figures): half a decade each side, so the
        // scale does not zoom into the digits of one value.
        double pad = hi - lo < 1e-9 ? 0.5 : Math.max(0.03, (hi - lo) * 0.04);
        lo -= pad;
        hi += pad;
        final double a = lo;
        final double span = hi - lo;
        java.util.function.DoubleToIntFunction x = v -> LEFT + (int) Math.round(
                (Math.min(Math.max(Math.log10(Math.max(v, Double.MIN_NORMAL)), a), a + span) - a) / span * PLOT);
        List<Mark> marks = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        List<Listed> listed = new ArrayList<>();
        Map<UUID, Mark> byId = new HashMap<>();
        Map<UUID, Figure> figures = new HashMap<>();
        int y = TOP;
        for (Section s : sections) {
            if (s.heading() != null) {
                headings.add(new Heading(y + 4, truncate(s.heading(), 60)));
                y += ROW;
            }
            for (ComparisonView.Entry e : s.entries()) {
                String source = e.firstAppearance() == null ? "" : e.firstAppearance().publisher();
                String who = e.claimant() == null ? "?" : e.claimant().name();
                String label = truncate(source + " · " + who, 44);
                String colour = colour(e.verdict(), e.disputed());
                if (e.figure().kind() == FigureKind.CATEGORY) {
                    listed.add(new Listed(e.id(), e.figure().category(), label, colour));
                    continue;
                }
                boolean openLow = e.low() == null;
                boolean openHigh = e.high() == null;
                int x1 = openLow ? LEFT : x.applyAsInt(e.low());
                int x2 = openHigh ? LEFT + PLOT : x.applyAsInt(e.high());
                boolean vague = !e.figure().kind().isPoint();
                if (vague && x2 - x1 < 4) {
                    x2 = x1 + 4; // a range stays a bar, however narrow
                }
                Mark m = new Mark(e.id(), y, x1, Math.max(x2, x1), openLow, openHigh, colour, label,
                        FigureRenderer.renderShort(e.figure(), lang), e.outlier(),
                        e.figure().kind().name().toLowerCase(Locale.ROOT), vague);
                marks.add(m);
                byId.put(e.id(), m);
                figures.put(e.id(), e.figure());
                y += ROW;
            }
        }
        List<Tick> ticks = marks.isEmpty() ? List.of() : ticks(lo, hi, x, numeric.get(0).figure(), lang);
        List<Line> lines = new ArrayList<>();
        for (LinkView l : links) {
            Mark f = byId.get(l.from().id());
            Mark t = byId.get(l.to().id());
            if (f == null || t == null || l.state() == io.crosscheck.link.LinkState.DISMISSED) {
                continue;
            }
            if (l.type() == LinkType.CONTRADICTS) {
                lines.add(new Line(f.middle(), f.y(), t.middle(), t.y(), "contradiction", ""));
            } else if (l.type() == LinkType.CONTEXT) {
                String ratio = Rationales.ratio(figures.get(f.id()), figures.get(t.id()), lang);
                lines.add(new Line(f.middle(), f.y(), t.middle(), t.y(), "context", Objects.requireNonNullElse(ratio, "")));
            }
        }
        return new Chart(WIDTH, marks.isEmpty() ? 0 : y + 10, marks, ticks, lines, headings, listed);
    }

    /** Major ticks at the finest level with at most 16 in range, minor gridlines one level finer. */
    static List<Tick> ticks(double lo, double hi, java.util.function.DoubleToIntFunction x, Figure like, String lang) {
        int level = 0;
        for (int l = LEVELS.length - 1; l >= 0; l--) {
            if (values(lo, hi, LEVELS[l]).size() <= 16) {
                level = l;
                break;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        if (level + 1 < LEVELS.length) {
            List<BigDecimal> minor = values(lo, hi, LEVELS[level + 1]);
            if (minor.size() <= 60) {
                for (BigDecimal v : minor) {
                    ticks.add(new Tick(x.applyAsInt(v.doubleValue()), "", false));
                }
            }
        }
        // Labels by priority (powers of ten, then 5s, then 2s, then the rest), each only where it
        // keeps LABEL_GAP from the labels already placed: "$10M" and "$1B" are never the ones dropped.
        List<BigDecimal> major = values(lo, hi, LEVELS[level]);
        List<BigDecimal> byPriority = new ArrayList<>(major);
        byPriority.sort(java.util.Comparator.comparingInt(Chart::priority));
        List<Integer> placed = new ArrayList<>();
        java.util.Set<BigDecimal> labelled = new java.util.HashSet<>();
        for (BigDecimal v : byPriority) {
            int at = x.applyAsInt(v.doubleValue());
            if (placed.stream().allMatch(p -> Math.abs(p - at) >= LABEL_GAP)) {
                placed.add(at);
                labelled.add(v);
            }
        }
        for (BigDecimal v : major) {
            ticks.add(new Tick(x.applyAsInt(v.doubleValue()), labelled.contains(v) ? tickLabel(v, like, lang) : "", true));
        }
        return ticks;
    }

    private static int priority(BigDecimal v) {
        BigDecimal m = v.movePointLeft(v.precision() - v.scale() - 1).stripTrailingZeros();
        return m.compareTo(BigDecimal.ONE) == 0 ? 0 : m.compareTo(BigDecimal.valueOf(5)) == 0 ? 1
                : m.compareTo(BigDecimal.valueOf(2)) == 0 ? 2 : 3;
    }

    /** The tick values m·10^p within [10^lo, 10^hi]. */
    private static List<BigDecimal> values(double lo, double hi, double[] mantissas) {
        List<BigDecimal> out = new ArrayList<>();
        for (int p = (int) Math.floor(lo); p <= (int) Math.ceil(hi) && out.size() <= 200; p++) {
            for (double m : mantissas) {
                BigDecimal v = BigDecimal.valueOf(m).scaleByPowerOfTen(p).stripTrailingZeros();
                double log = Math.log10(v.doubleValue());
                if (log >= lo - 1e-9 && log <= hi + 1e-9) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** A tick value written like the axis's figures: "5,6 M$" in French, "$5.6M" in English. */
    static String tickLabel(BigDecimal v, Figure like, String lang) {
        try {
            Dimension d = like.dimension();
            BigDecimal value = v.scale() < 0 ? v.setScale(0) : v;
            return FigureRenderer.renderShort(new Figure(FigureKind.EXACT, d, value, value, value,
                    d == Dimension.MONEY ? like.currency() : null, like.unit(), null, "", lang), lang);
        } catch (RuntimeException e) {
            return v.toPlainString();
        }
    }

    private static double[] tenths() {
        double[] t = new double[90];
        for (int i = 0; i < 90; i++) {
            t[i] = (10 + i) / 10.0;
        }
        return t;
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
