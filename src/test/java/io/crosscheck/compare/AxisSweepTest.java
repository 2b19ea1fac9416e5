package io.crosscheck.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The streaming sweep finds the same clusters, consensus ranges and outliers as the in-memory {@link Clusters}. */
class AxisSweepTest {

    @Test
    void shouldMatchTheInMemoryClustersOnRandomAxes() {
        Random random = new Random(12);
        for (int round = 0; round < 400; round++) {
            int n = 1 + random.nextInt(60);
            List<AxisSweep.Row> rows = new ArrayList<>();
            List<Clusters.Item> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // Few distinct positions, so ties (touching intervals, equal bounds) are common; some open ends.
                double low = random.nextInt(10) == 0 ? Double.NEGATIVE_INFINITY : random.nextInt(40);
                double high = random.nextInt(10) == 0 ? Double.POSITIVE_INFINITY
                        : Math.max(low, 0) + random.nextInt(6) * (random.nextBoolean() ? 1 : 0.5);
                UUID id = new UUID(0, i);
                rows.add(new AxisSweep.Row(id, low, high));
                items.add(new Clusters.Item(i, low, high));
            }
            List<Clusters.Cluster> expected = Clusters.of(items);
            int cap = 1 + random.nextInt(8);
            Map<UUID, AxisSweep.Place> page = new HashMap<>();
            rows.forEach(r -> page.put(r.id(), null));
            List<AxisSweep.Row> byLow = new ArrayList<>(rows);
            byLow.sort(Comparator.comparingDouble(AxisSweep.Row::low).thenComparing(AxisSweep.Row::id));
            List<Double> highs = rows.stream().map(AxisSweep.Row::high).sorted().toList();
            AxisSweep.Result result = AxisSweep.sweep(byLow.iterator(), highs.iterator(), cap, page, c -> {
                List<UUID> ids = new ArrayList<>();
                for (AxisSweep.Row r : rows) {
                    if (r.low() >= c.low() && r.low() <= c.high() && AxisSweep.misses(r, c)) {
                        ids.add(r.id());
                    }
                }
                return new AxisSweep.Outliers.Result(ids.stream().sorted().limit(cap).toList(), ids.size());
            });
            assertEquals(expected.size(), result.count(), "round " + round);
            for (int k = 0; k < expected.size(); k++) {
                Clusters.Cluster cl = expected.get(k);
                for (int m : cl.members()) {
                    AxisSweep.Place place = page.get(new UUID(0, m));
                    assertEquals(k + 1, place.cluster(), "round " + round + " member " + m);
                    assertEquals(cl.members().size() > 1 && cl.outliers().contains(m), place.outlier(),
                            "round " + round + " member " + m);
                }
            }
            assertEquals(Math.min(cap, expected.size()), result.clusters().size());
            for (ComparisonView.ClusterView view : result.clusters()) {
                Clusters.Cluster cl = expected.get(view.index() - 1);
                assertEquals(cl.members().size(), view.size());
                assertEquals(finite(cl.consensusLow()), view.consensusLow());
                assertEquals(finite(cl.consensusHigh()), view.consensusHigh());
                int outliers = cl.members().size() > 1 ? cl.outliers().size() : 0;
                assertEquals(outliers, view.outlierCount(), "round " + round);
                assertEquals(Math.min(cap, outliers), view.outliers().size());
                assertEquals(Math.min(cap, cl.members().size()), view.claims().size());
            }
            // The clusters kept are the largest ones.
            int smallestKept = result.clusters().stream().mapToInt(ComparisonView.ClusterView::size).min().orElse(0);
            long larger = expected.stream().filter(c -> c.members().size() > smallestKept).count();
            assertEquals(true, larger <= result.clusters().size());
        }
    }

    private static Double finite(double d) {
        return Double.isInfinite(d) || Double.isNaN(d) ? null : d;
    }
}
