package io.crosscheck.bench;

import io.crosscheck.conflict.ConflictDetector;
import io.crosscheck.conflict.DetectionRow;
import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Re-scans generated claims with {@link ConflictDetector}, in memory, at 100,000 and 1,000,000
 * claims, and prints the time ratio (n log n predicts about 12 for ten times the claims; all pairs
 * would predict 100). Subjects grow with the store (one per 50 claims, as a newsroom's dossiers do)
 * and one "hot" subject holds 1% of all claims, so one group grows with n and its sort is exercised.
 * Run: {@code bench/conflict-detection.sh} (docs/benchmarks.md).
 */
public final class ConflictDetectionBench {

    public static void main(String[] args) {
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(String.join(" ", args).trim().split("[ ,]+")).mapToInt(Integer::parseInt).toArray()
                : new int[] {100_000, 1_000_000};
        ConflictDetector detector = new ConflictDetector(5, io.crosscheck.figure.Tolerances.DEFAULT);
        detector.detect(generate(50_000, 1)); // warm-up
        double previous = 0;
        int previousSize = 0;
        for (int n : sizes) {
            List<DetectionRow> rows = generate(n, 42);
            long best = Long.MAX_VALUE;
            int proposals = 0;
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                proposals = detector.detect(rows).size();
                best = Math.min(best, System.nanoTime() - start);
            }
            double ms = best / 1e6;
            System.out.printf("n=%,d claims: %,.0f ms (best of 3), %,d proposals (%.2f per claim)%n", n, ms,
                    proposals, (double) proposals / n);
            if (previous > 0) {
                double nlogn = (n * Math.log(n)) / (previousSize * Math.log(previousSize));
                System.out.printf("time ratio %,d/%,d = %.1f (n log n predicts %.1f, all pairs %.0f)%n", n,
                        previousSize, ms / previous, nlogn, Math.pow((double) n / previousSize, 2));
            }
            previous = ms;
            previousSize = n;
        }
    }

    static List<DetectionRow> generate(int n, long seed) {
        Random random = new Random(seed);
        int subjectCount = Math.max(1, n / 50);
        UUID[] subjects = new UUID[subjectCount + 1];
        for (int i = 0; i < subjects.length; i++) {
            subjects[i] = new UUID(0x7000L, i);
        }
        UUID[] metrics = new UUID[5];
        for (int i = 0; i < metrics.length; i++) {
            metrics[i] = new UUID(0x7100L, i);
        }
        UUID[] claimants = new UUID[50];
        for (int i = 0; i < claimants.length; i++) {
            claimants[i] = new UUID(0x7200L, i);
        }
        List<DetectionRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            UUID subject = random.nextInt(100) == 0 ? subjects[subjectCount] : subjects[random.nextInt(subjectCount)];
            double value = Math.pow(10, 5 + random.nextDouble() * 5); // 100 k to 10 G
            BigDecimal v = BigDecimal.valueOf(Math.round(value));
            BigDecimal half = BigDecimal.valueOf(Math.round(value * 0.05));
            int shape = random.nextInt(20);
            Figure f = switch (shape) {
                case 0 -> new Figure(FigureKind.AT_LEAST, Dimension.MONEY, null, v, null, "USD", null, null, "x", "en");
                case 1 -> new Figure(FigureKind.AT_MOST, Dimension.MONEY, null, null, v, "USD", null, null, "x", "en");
                default -> new Figure(FigureKind.EXACT, Dimension.MONEY, v, v.subtract(half), v.add(half), "USD", null,
                        null, "x", "en");
            };
            rows.add(new DetectionRow(new UUID(0x7300L + (i >>> 20), i), subject, metrics[random.nextInt(5)], Map.of("en", "m"),
                    false, f, claimants[random.nextInt(50)], null, null, null, null, "en"));
        }
        return rows;
    }
}
