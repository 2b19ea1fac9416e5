package io.crosscheck.compare;

import io.crosscheck.figure.FigureKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an axis's summary holds beyond its SQL aggregate (clusters, id lists, categories, earliest and
 * latest, median), and how to compute it from the axis's rows held in memory: the same answers, row
 * for row, as the per-axis SQL queries of {@link ComparisonService}, for an axis small enough to read
 * once ({@code crosscheck.comparisons.one-pass-axis}). {@code rows} are in id order, as read.
 */
record AxisParts(AxisSweep.Result clusters, List<UUID> vague, List<UUID> disputed, int disputedCount,
        List<ComparisonView.CategoryValue> categories, int categoryCount, UUID earliest, UUID latest, Double median) {

    /**
     * One claim of an axis as the one-pass read gives it: its figure's kind and bounds, whether it is in
     * doubt, and the earliest and latest publication dates of its first appearances (null when undated).
     */
    record Row(UUID id, FigureKind kind, BigDecimal low, BigDecimal high, BigDecimal value, String category,
            boolean inDoubt, LocalDate firstDated, LocalDate lastDated) {

        boolean numeric() {
            return kind != FigureKind.CATEGORY;
        }

        boolean point() {
            return kind.isPoint();
        }

        /** A numeric figure that states no single value (a range, an open bound). */
        boolean vague() {
            return numeric() && !point();
        }

        double lowBound() {
            return low == null ? Double.NEGATIVE_INFINITY : low.doubleValue();
        }

        double highBound() {
            return high == null ? Double.POSITIVE_INFINITY : high.doubleValue();
        }
    }

    /** The parts of an axis from its rows (in id order); {@code page}: the places of the page's claims, filled in. */
    static AxisParts of(List<Row> rows, int cap, Map<UUID, AxisSweep.Place> page) {
        List<Row> numeric = rows.stream().filter(Row::numeric).toList();
        AxisSweep.Result clusters;
        if (numeric.isEmpty()) {
            clusters = new AxisSweep.Result(List.of(), 0);
        } else {
            // By low bound (open ends first), ties in id order (the sort is stable); the high bounds in order.
            List<AxisSweep.Row> byLow = numeric.stream().sorted(Comparator.comparingDouble(Row::lowBound))
                    .map(r -> new AxisSweep.Row(r.id(), r.lowBound(), r.highBound())).toList();
            List<Double> highs = numeric.stream().map(Row::highBound).sorted().toList();
            clusters = AxisSweep.sweep(byLow.iterator(), highs.iterator(), cap, page, c -> outliers(numeric, c, cap));
        }
        List<UUID> vague = rows.stream().filter(Row::vague).limit(cap).map(Row::id).toList();
        List<UUID> disputed = rows.stream().filter(Row::inDoubt).limit(cap).map(Row::id).toList();
        int disputedCount = (int) rows.stream().filter(Row::inDoubt).count();

        // Categories by how many state them (then by value), each with its first claims in id order.
        Map<String, List<UUID>> byCategory = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Row r : rows) {
            if (!r.numeric()) {
                counts.merge(r.category(), 1, Integer::sum);
                List<UUID> ids = byCategory.computeIfAbsent(r.category(), k -> new ArrayList<>());
                if (ids.size() < cap) {
                    ids.add(r.id());
                }
            }
        }
        List<ComparisonView.CategoryValue> categories = counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(cap).map(e -> new ComparisonView.CategoryValue(e.getKey(), byCategory.get(e.getKey()), e.getValue()))
                .toList();

        // The earliest published claim (ties: the first id), and the latest (ties: the first id).
        Row earliest = null;
        Row latest = null;
        for (Row r : rows) {
            if (r.firstDated() != null && (earliest == null || r.firstDated().isBefore(earliest.firstDated()))) {
                earliest = r;
            }
            if (r.lastDated() != null && (latest == null || r.lastDated().isAfter(latest.lastDated()))) {
                latest = r;
            }
        }
        return new AxisParts(clusters, vague, disputed, disputedCount, categories, counts.size(),
                earliest == null ? null : earliest.id(), latest == null ? null : latest.id(), median(rows));
    }

    /** The middle stated point value, or the mean of the middle two. */
    private static Double median(List<Row> rows) {
        List<BigDecimal> values = rows.stream().filter(Row::point).map(Row::value)
                .sorted(Comparator.nullsLast(Comparator.naturalOrder())).toList();
        if (values.isEmpty()) {
            return null;
        }
        int from = (values.size() - 1) / 2;
        return values.subList(from, values.size() % 2 == 1 ? from + 1 : from + 2).stream()
                .mapToDouble(v -> v == null ? Double.NaN : v.doubleValue()).average().orElse(Double.NaN);
    }

    /** The outliers of a cluster larger than the cap: its members (lows within its extent) that miss its consensus. */
    private static AxisSweep.Outliers.Result outliers(List<Row> numeric, AxisSweep.Component c, int cap) {
        List<UUID> ids = new ArrayList<>();
        int count = 0;
        for (Row r : numeric) {
            double low = r.lowBound();
            boolean member = low >= c.low() && low <= c.high();
            if (member && AxisSweep.misses(new AxisSweep.Row(r.id(), low, r.highBound()), c)) {
                count++;
                if (ids.size() < cap) {
                    ids.add(r.id());
                }
            }
        }
        return new AxisSweep.Outliers.Result(ids, count);
    }
}
