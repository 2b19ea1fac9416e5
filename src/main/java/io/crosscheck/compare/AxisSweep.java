package io.crosscheck.compare;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The clusters of one axis in one streaming pass and constant memory: the same connected components
 * and consensus as {@link Clusters}, computed by merging two streams read from the database, the
 * intervals ordered by low bound and the high bounds ordered, as the events of a depth sweep (a start
 * before an end at the same position, so touching intervals chain). A component ends where the depth
 * falls back to zero; its consensus is the region covered by the most intervals (the widest on ties).
 * Only a bounded number of member ids is kept per component; clusters larger than that get their
 * outliers from the caller ({@link Outliers}), by one bounded query over the cluster's extent.
 */
final class AxisSweep {

    /** One interval as read: infinite bounds for open ends. */
    record Row(UUID id, double low, double high) {
    }

    /** A finished component. */
    record Component(int index, double low, double high, double consensusLow, double consensusHigh, int size,
            List<Row> kept) {
    }

    /** Outliers of a component too large to keep: ids (bounded) and how many. */
    interface Outliers {
        Result of(Component c);

        record Result(List<UUID> ids, int count) {
        }
    }

    /** Where a claim of the page sits: its cluster and whether it misses the consensus. */
    record Place(int cluster, boolean outlier) {
    }

    private AxisSweep() {
    }

    /**
     * Sweeps the rows; {@code page} maps the ids of the claims shown to their place (filled in);
     * returns up to {@code cap} clusters (the largest; in axis order) and their total count.
     */
    static Result sweep(Iterator<Row> byLow, Iterator<Double> highs, int cap, Map<UUID, Place> page,
            Outliers large) {
        List<ComparisonView.ClusterView> kept = new ArrayList<>();
        int count = 0;
        Row nextStart = byLow.hasNext() ? byLow.next() : null;
        Double nextEnd = highs.hasNext() ? highs.next() : null;
        int depth = 0;
        // the open component
        double cLow = 0;
        double cHigh = Double.NEGATIVE_INFINITY;
        int size = 0;
        List<Row> members = new ArrayList<>();
        List<Row> pageMembers = new ArrayList<>();
        int best = -1;
        double bestLow = 0;
        double bestHigh = 0;
        while (nextStart != null || nextEnd != null) {
            boolean start = nextStart != null && (nextEnd == null || nextStart.low() <= nextEnd);
            if (start) {
                Row r = nextStart;
                nextStart = byLow.hasNext() ? byLow.next() : null;
                if (size == 0) {
                    cLow = r.low();
                    cHigh = r.high();
                    best = -1;
                }
                size++;
                cHigh = Math.max(cHigh, r.high());
                if (members.size() <= cap) {
                    members.add(r);
                }
                if (page.containsKey(r.id())) {
                    pageMembers.add(r);
                }
                depth++;
                double pos = r.low();
                double end = nextStart != null && (nextEnd == null || nextStart.low() <= nextEnd) ? nextStart.low()
                        : nextEnd != null ? nextEnd : pos;
                double width = end - pos;
                if (depth > best || (depth == best && width > bestHigh - bestLow)) {
                    best = depth;
                    bestLow = pos;
                    bestHigh = end;
                }
            } else {
                nextEnd = highs.hasNext() ? highs.next() : null;
                depth--;
                if (depth == 0 && size > 0) {
                    count++;
                    Component c = new Component(count, cLow, cHigh, bestLow, bestHigh, size, members);
                    close(c, pageMembers, page, kept, cap, large);
                    size = 0;
                    members = new ArrayList<>();
                    pageMembers = new ArrayList<>();
                }
            }
        }
        kept.sort(java.util.Comparator.comparingInt(ComparisonView.ClusterView::index));
        return new Result(kept, count);
    }

    record Result(List<ComparisonView.ClusterView> clusters, int count) {
    }

    private static void close(Component c, List<Row> pageMembers, Map<UUID, Place> page,
            List<ComparisonView.ClusterView> kept, int cap, Outliers large) {
        boolean several = c.size() > 1;
        for (Row r : pageMembers) {
            page.put(r.id(), new Place(c.index(), several && misses(r, c)));
        }
        List<UUID> ids = new ArrayList<>();
        List<UUID> outliers = new ArrayList<>();
        int outlierCount = 0;
        if (c.size() <= cap) {
            for (Row r : c.kept()) {
                ids.add(r.id());
                if (several && misses(r, c)) {
                    outliers.add(r.id());
                }
            }
            outlierCount = outliers.size();
        } else {
            c.kept().stream().limit(cap).forEach(r -> ids.add(r.id()));
            Outliers.Result o = large.of(c);
            outliers.addAll(o.ids());
            outlierCount = o.count();
        }
        ComparisonView.ClusterView view = new ComparisonView.ClusterView(c.index(), ids, finite(c.consensusLow()),
                finite(c.consensusHigh()), outliers, c.size(), outlierCount);
        if (kept.size() < cap) {
            kept.add(view);
            return;
        }
        // Keep the largest clusters: replace the smallest kept one (the latest on ties) if this one is larger.
        int smallest = 0;
        for (int i = 1; i < kept.size(); i++) {
            if (kept.get(i).size() <= kept.get(smallest).size()) {
                smallest = i;
            }
        }
        if (cap > 0 && kept.get(smallest).size() < view.size()) {
            kept.set(smallest, view);
        }
    }

    static boolean misses(Row r, Component c) {
        return r.high() < c.consensusLow() || r.low() > c.consensusHigh();
    }

    private static Double finite(double d) {
        return Double.isInfinite(d) || Double.isNaN(d) ? null : d;
    }
}
