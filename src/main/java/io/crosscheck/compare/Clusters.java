package io.crosscheck.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Clusters of mutually consistent figures, in plain Java: the connected components of overlapping
 * intervals (sorted by low bound, one sweep). Within a cluster, the consensus is the range covered
 * by the most intervals (the widest such range on ties); members that miss it are outliers. So
 * "$5M" (4.5–5.5 M) joins "$5.6M" (5.55–5.65 M) through "6 millions $" (5.5–6.5 M), but misses the
 * consensus 5.55–5.65 M and is marked.
 */
public final class Clusters {

    private Clusters() {
    }

    /** An interval to cluster; infinite bounds for open ends. */
    public record Item(int index, double low, double high) {
    }

    /** One cluster: its members, its extent, the consensus range and who misses it. */
    public record Cluster(List<Integer> members, double low, double high, double consensusLow, double consensusHigh,
            List<Integer> outliers) {
    }

    public static List<Cluster> of(List<Item> items) {
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingDouble(Item::low).thenComparingInt(Item::index));
        List<Cluster> out = new ArrayList<>();
        List<Item> current = new ArrayList<>();
        double reach = Double.NEGATIVE_INFINITY;
        for (Item item : sorted) {
            if (!current.isEmpty() && item.low() > reach) {
                out.add(close(current));
                current = new ArrayList<>();
            }
            reach = current.isEmpty() ? item.high() : Math.max(reach, item.high());
            current.add(item);
        }
        if (!current.isEmpty()) {
            out.add(close(current));
        }
        return out;
    }

    private static Cluster close(List<Item> members) {
        // Depth sweep over the bounds: the region covered by the most intervals.
        List<double[]> events = new ArrayList<>();
        for (Item m : members) {
            events.add(new double[] {m.low(), 0});
            events.add(new double[] {m.high(), 1});
        }
        events.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        int depth = 0;
        int best = -1;
        double bestLow = 0;
        double bestHigh = 0;
        for (int i = 0; i < events.size(); i++) {
            double[] e = events.get(i);
            if (e[1] == 0) {
                depth++;
                double end = nextEnd(events, i);
                double width = end - e[0];
                if (depth > best || (depth == best && width > bestHigh - bestLow)) {
                    best = depth;
                    bestLow = e[0];
                    bestHigh = end;
                }
            } else {
                depth--;
            }
        }
        List<Integer> indices = new ArrayList<>();
        List<Integer> outliers = new ArrayList<>();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Item m : members) {
            indices.add(m.index());
            low = Math.min(low, m.low());
            high = Math.max(high, m.high());
            if (m.high() < bestLow || m.low() > bestHigh) {
                outliers.add(m.index());
            }
        }
        return new Cluster(indices, low, high, bestLow, bestHigh, outliers);
    }

    /** Where the region starting at event {@code i} ends: the next event's position. */
    private static double nextEnd(List<double[]> events, int i) {
        for (int j = i + 1; j < events.size(); j++) {
            if (events.get(j)[0] >= events.get(i)[0]) {
                return events.get(j)[0];
            }
        }
        return events.get(i)[0];
    }
}
