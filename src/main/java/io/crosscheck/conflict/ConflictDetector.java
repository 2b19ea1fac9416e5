package io.crosscheck.conflict;

import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureJudge;
import io.crosscheck.figure.FigureKind;
import io.crosscheck.figure.Judgement;
import io.crosscheck.figure.Judgement.Outcome;
import io.crosscheck.figure.Tolerances;
import io.crosscheck.link.LinkService;
import io.crosscheck.link.LinkType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.UUID;

/**
 * Finds the links to propose among claims, in plain Java (no CDI, no database) and in
 * O(n log n): claims are grouped by (subject, metric, currency, unit, nature), each group is sorted by the
 * <em>envelope</em> of its figures (everything a figure can agree through: its stated value widened
 * by its rounding step and hedge, or its stated range or bound, {@link FigureJudge#envelope}), and
 * every claim looks for its neighbours by binary search and one sweep. No pair of claims is judged
 * unless sorting put them next to each other; every pair proposed is judged by {@link FigureJudge}.
 *
 * <p>What it proposes (docs/comparisons.md has the examples):
 * <ul>
 * <li>CONTRADICTS, on single-valued metrics: each claim with the nearest claim entirely below it
 * and the nearest entirely above it (envelopes apart: the figures always DIFFER), and with the
 * overlapping neighbours the judgement finds DIFFER or ROUNDING_REVIEW (a contradiction marked for
 * review). Times must be compatible. Categories clash when they differ.</li>
 * <li>DUPLICATES (same named claimant) or SUPPORTS (another or unknown claimant): overlapping
 * neighbours the judgement finds AGREE, at most {@code maxAgreements} neighbours judged per claim.</li>
 * <li>CONTEXT: same subject, different single-valued metrics of the same dimension and currency,
 * mutual nearest neighbours whose figures differ by more than {@link #CONTEXT_RATIO} times.</li>
 * </ul>
 * Figures in different currencies or units are never compared; multi-valued metrics never clash.
 * Each pair gets at most one proposal.
 */
public final class ConflictDetector {

    /** Figures this far apart on related metrics look like a clash but measure different things. */
    public static final double CONTEXT_RATIO = 100;
    /** How far past a time-incompatible neighbour a claim looks for a compatible one. */
    static final int WALK = 8;

    private final int maxAgreements;
    private final Tolerances tolerances;

    public ConflictDetector(int maxAgreements, Tolerances tolerances) {
        this.maxAgreements = maxAgreements;
        this.tolerances = tolerances;
    }

    /** Every proposal among {@code rows}, each pair once, in a stable order. */
    public List<Proposal> detect(List<DetectionRow> rows) {
        Map<String, Proposal> out = new LinkedHashMap<>();
        Map<Key, List<DetectionRow>> groups = new LinkedHashMap<>();
        for (DetectionRow row : rows) {
            groups.computeIfAbsent(Key.of(row), k -> new ArrayList<>()).add(row);
        }
        for (List<DetectionRow> group : groups.values()) {
            if (group.size() > 1) {
                if (group.get(0).figure().kind() == FigureKind.CATEGORY) {
                    categories(group, out);
                } else {
                    numbers(group, out);
                }
            }
        }
        contexts(groups, out);
        return new ArrayList<>(out.values());
    }

    private void numbers(List<DetectionRow> group, Map<String, Proposal> out) {
        int n = group.size();
        Map<UUID, double[]> reach = new HashMap<>();
        for (DetectionRow row : group) {
            FigureJudge.Span e = FigureJudge.envelope(row.figure(), tolerances);
            reach.put(row.id(), new double[] {e.low() == null ? Double.NEGATIVE_INFINITY : e.low().doubleValue(),
                    e.high() == null ? Double.POSITIVE_INFINITY : e.high().doubleValue()});
        }
        DetectionRow[] byLow = group.toArray(DetectionRow[]::new);
        Arrays.sort(byLow, Comparator.comparingDouble((DetectionRow r) -> reach.get(r.id())[0])
                .thenComparing(DetectionRow::id));
        double[] lows = new double[n];
        for (int i = 0; i < n; i++) {
            lows[i] = reach.get(byLow[i].id())[0];
        }
        boolean single = !group.get(0).multiValued();
        if (single) {
            DetectionRow[] byHigh = group.toArray(DetectionRow[]::new);
            Arrays.sort(byHigh, Comparator.comparingDouble((DetectionRow r) -> reach.get(r.id())[1])
                    .thenComparing(DetectionRow::id));
            double[] highs = new double[n];
            for (int i = 0; i < n; i++) {
                highs[i] = reach.get(byHigh[i].id())[1];
            }
            for (DetectionRow row : group) {
                // The nearest claim entirely below: the largest envelope high under this envelope's low.
                int below = lastBelow(highs, reach.get(row.id())[0]);
                for (int i = below, steps = 0; i >= 0 && steps < WALK; i--, steps++) {
                    if (clash(row, byHigh[i], out)) {
                        break;
                    }
                }
                // The nearest claim entirely above: the smallest envelope low over this envelope's high.
                int above = firstAbove(lows, reach.get(row.id())[1]);
                for (int i = above, steps = 0; i < n && steps < WALK; i++, steps++) {
                    if (clash(row, byLow[i], out)) {
                        break;
                    }
                }
            }
        }
        // Sweep by envelope low; the heap holds the envelopes still open, smallest high first.
        PriorityQueue<DetectionRow> open = new PriorityQueue<>(
                Comparator.comparingDouble((DetectionRow r) -> reach.get(r.id())[1]).thenComparing(DetectionRow::id));
        for (DetectionRow row : byLow) {
            double low = reach.get(row.id())[0];
            while (!open.isEmpty() && reach.get(open.peek().id())[1] < low) {
                open.poll();
            }
            int judged = 0;
            int looked = 0;
            for (DetectionRow other : open) {
                if (judged >= maxAgreements || looked++ >= maxAgreements + WALK) {
                    break;
                }
                if (row.timeCompatible(other)) {
                    judged++;
                    Judgement j = FigureJudge.judge(other.figure(), row.figure(), tolerances);
                    if (j.outcome() == Outcome.AGREE) {
                        agree(other, row, j, out);
                    } else if (single && j.outcome() != Outcome.NOT_COMPARABLE) {
                        put(out, other, row, LinkType.CONTRADICTS, j);
                    }
                }
            }
            open.add(row);
        }
    }

    /** A contradiction with a claim whose envelope is apart (so the figures DIFFER), when times allow. */
    private boolean clash(DetectionRow row, DetectionRow other, Map<String, Proposal> out) {
        if (!row.timeCompatible(other)) {
            return false;
        }
        Judgement j = FigureJudge.judge(row.figure(), other.figure(), tolerances);
        if (j.outcome() == Outcome.AGREE || j.outcome() == Outcome.NOT_COMPARABLE) {
            return false;
        }
        put(out, row, other, LinkType.CONTRADICTS, j);
        return true;
    }

    private void categories(List<DetectionRow> group, Map<String, Proposal> out) {
        Map<String, List<DetectionRow>> byValue = new LinkedHashMap<>();
        group.stream().sorted(Comparator.comparing(DetectionRow::id)).forEach(r -> byValue
                .computeIfAbsent(r.figure().category().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(r));
        for (List<DetectionRow> same : byValue.values()) {
            for (int i = 1; i < same.size(); i++) {
                for (int j = Math.max(0, i - maxAgreements); j < i; j++) {
                    if (same.get(i).timeCompatible(same.get(j))) {
                        agree(same.get(j), same.get(i), judge(same.get(j), same.get(i)), out);
                    }
                }
            }
        }
        if (group.get(0).multiValued() || byValue.size() < 2) {
            return;
        }
        // Single-valued: each claim clashes with the first compatible claim of every other value.
        List<List<DetectionRow>> values = new ArrayList<>(byValue.values());
        for (List<DetectionRow> mine : values) {
            for (DetectionRow row : mine) {
                for (List<DetectionRow> theirs : values) {
                    if (theirs != mine) {
                        theirs.stream().limit(WALK).filter(row::timeCompatible).findFirst().ifPresent(other ->
                                put(out, row, other, LinkType.CONTRADICTS, judge(row, other)));
                    }
                }
            }
        }
    }

    private Judgement judge(DetectionRow a, DetectionRow b) {
        return FigureJudge.judge(a.figure(), b.figure(), tolerances);
    }

    private static void agree(DetectionRow first, DetectionRow second, Judgement j, Map<String, Proposal> out) {
        boolean same = first.claimant() != null && first.claimant().equals(second.claimant());
        put(out, first, second, same ? LinkType.DUPLICATES : LinkType.SUPPORTS, j);
    }

    /** CONTEXT between metric groups of one subject: mutual nearest neighbours on a log scale. */
    private void contexts(Map<Key, List<DetectionRow>> groups, Map<String, Proposal> out) {
        Map<UUID, List<Map.Entry<Key, List<DetectionRow>>>> bySubject = new HashMap<>();
        for (Map.Entry<Key, List<DetectionRow>> e : groups.entrySet()) {
            Key k = e.getKey();
            if (!k.multiValued && k.dimension != Dimension.CATEGORY) {
                bySubject.computeIfAbsent(k.subject, s -> new ArrayList<>()).add(e);
            }
        }
        for (List<Map.Entry<Key, List<DetectionRow>>> metrics : bySubject.values()) {
            for (int i = 0; i < metrics.size(); i++) {
                for (int j = i + 1; j < metrics.size(); j++) {
                    Key a = metrics.get(i).getKey();
                    Key b = metrics.get(j).getKey();
                    if (!a.metric.equals(b.metric) && a.dimension == b.dimension
                            && Objects.equals(a.currency, b.currency) && Objects.equals(a.unit, b.unit)) {
                        mutualNearest(metrics.get(i).getValue(), metrics.get(j).getValue(), out);
                    }
                }
            }
        }
    }

    private void mutualNearest(List<DetectionRow> left, List<DetectionRow> right, Map<String, Proposal> out) {
        Sorted l = Sorted.of(left);
        Sorted r = Sorted.of(right);
        for (int i = 0; i < l.rows.length; i++) {
            int j = r.nearest(l.logs[i]);
            if (j < 0 || l.nearest(r.logs[j]) != i) {
                continue;
            }
            DetectionRow a = l.rows[i];
            DetectionRow b = r.rows[j];
            double ratio = Math.pow(10, Math.abs(l.logs[i] - r.logs[j]));
            if (ratio > CONTEXT_RATIO && a.timeCompatible(b)) {
                // The larger figure speaks first: "1,6 Md$ contre 6 M$".
                boolean aLarger = l.logs[i] > r.logs[j];
                DetectionRow big = aLarger ? a : b;
                DetectionRow small = aLarger ? b : a;
                put(out, big, small, LinkType.CONTEXT, judge(big, small));
            }
        }
    }

    /** Adds a proposal unless the pair already has one: one pair, one proposal. */
    private static void put(Map<String, Proposal> out, DetectionRow a, DetectionRow b, LinkType type, Judgement j) {
        boolean keep = !type.symmetric() || LinkService.ordered(a.id(), b.id());
        Proposal p = keep ? new Proposal(a.id(), b.id(), type, a, b, j) : new Proposal(b.id(), a.id(), type, a, b, j);
        out.putIfAbsent(Proposal.pair(a.id(), b.id()), p);
    }

    /** Index of the last value strictly below {@code x}, or -1. */
    static int lastBelow(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** Index of the first value strictly above {@code x}, or the length. */
    static int firstAbove(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Claims sorted by the log of their representative value (positive values only). */
    private record Sorted(DetectionRow[] rows, double[] logs) {
        static Sorted of(List<DetectionRow> group) {
            DetectionRow[] rows = group.stream().filter(r -> Bounds.representative(r.figure()) > 0
                    && !Double.isInfinite(Bounds.representative(r.figure())))
                    .sorted(Comparator.comparingDouble((DetectionRow r) -> Bounds.representative(r.figure()))
                            .thenComparing(DetectionRow::id))
                    .toArray(DetectionRow[]::new);
            double[] logs = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                logs[i] = Math.log10(Bounds.representative(rows[i].figure()));
            }
            return new Sorted(rows, logs);
        }

        int nearest(double log) {
            if (rows.length == 0) {
                return -1;
            }
            int i = firstAbove(logs, log);
            if (i == 0) {
                return 0;
            }
            if (i == logs.length) {
                return i - 1;
            }
            return log - logs[i - 1] <= logs[i] - log ? i - 1 : i;
        }
    }

    /** What must be equal for two claims to be compared at all. */
    private record Key(UUID subject, UUID metric, boolean multiValued, Dimension dimension, String currency,
            String unit, io.crosscheck.figure.Nature nature) {
        static Key of(DetectionRow row) {
            Figure f = row.figure();
            // A change and a level are never compared (ADR 0013): they do not share a group.
            return new Key(row.subject(), row.metric(), row.multiValued(), f.dimension(), f.currency(),
                    f.unit() == null ? null : f.unit().strip().toLowerCase(Locale.ROOT), f.nature());
        }
    }

}
