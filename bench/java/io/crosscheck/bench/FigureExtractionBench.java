package io.crosscheck.bench;

import io.crosscheck.figure.ExtractedFigure;
import io.crosscheck.figure.FigureExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Throughput and memory of figure extraction on about 1 MB of generated French and English news text
 * (fixed seed, so every run reads the same text). Run with bench/figure-extraction.sh.
 */
public final class FigureExtractionBench {

    private static final String[] FR = {
        "DeepSeek affirme avoir entraîné son modèle pour seulement %s, une fraction des centaines de millions dépensés ailleurs.",
        "Selon le rapport publié le %d janvier 2025, l'entreprise disposerait de %s et aurait investi %s.",
        "Le budget de la ville atteint %s, en hausse de %s par rapport à 2023.",
        "Le club a déboursé environ %s pour le transfert de son attaquant, un record depuis 2017.",
        "L'inflation a atteint %s sur un an, contre %s il y a deux ans.",
        "Le séisme a fait au moins %s et plus de %s, selon un bilan provisoire publié à 14h30.",
        "Le chantier durera de %d à %d mois et emploiera quelque %s.",
        "Les modèles Llama 3 et GPT-4 ont été comparés au modèle R1 sur des puces H800 (voir https://exemple.fr/2025/01/27/article-50-000).",
        "Ils utilisent %d fois moins de ressources que leurs concurrents américains, ce qui intrigue les analystes.",
        "Le projet coûtera entre %d et %d millions d'euros, soit deux fois plus que prévu initialement.",
        "Cette situation rappelle l'histoire d'Internet et la lente diversification des acteurs du secteur.",
    };
    private static final String[] EN = {
        "DeepSeek says it trained V3 for %s on %s, with two months of compute.",
        "The company reported revenue of %s, up %s from a year earlier, on January %d, 2025.",
        "Analysts expect between %d%% and %d%% growth next year, according to a note published at 3:45 pm.",
        "At least %s were killed and nearly %s injured, officials said on Tuesday.",
        "The club sold %s and raised %s from sponsors in 2024.",
        "Microsoft has invested %s in OpenAI since 2019, while Meta plans to spend up to %s.",
        "The vaccine is %s effective and costs less than %s a dose, the regulator said.",
        "Version 3.34.1 of the framework ships with Java 17 support; call +1 415 555 0123 for details.",
        "Prices rose %dx in %s, a pace not seen since the early 1990s.",
        "Some %s, roughly a third of the staff, left within %d months of the acquisition.",
        "The debate over costs resembles comparing the price of a meal with the cost of opening the restaurant.",
    };

    private FigureExtractionBench() {
    }

    public static void main(String[] args) {
        int targetBytes = args.length > 0 ? Integer.parseInt(args[0]) : 1 << 20;
        String text = generate(new Random(20250127L), targetBytes);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        double mb = utf8.length / 1_000_000.0;
        System.out.printf(Locale.ROOT, "text: %d chars, %d UTF-8 bytes (%.2f MB), fr+en mixed, seed 20250127%n",
                text.length(), utf8.length, mb);

        long warmUntil = System.nanoTime() + 5_000_000_000L;
        int warm = 0;
        int found = 0;
        while (System.nanoTime() < warmUntil || warm < 3) {
            found = FigureExtractor.extract(text, null).size();
            warm++;
        }
        System.out.printf(Locale.ROOT, "warm-up: %d runs; figures found per run: %d%n", warm, found);

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        measure("language detected per paragraph", text, null, mb, threads);
        measure("language given (\"fr\")", text, "fr", mb, threads);

        long tid = Thread.currentThread().getId();
        System.gc();
        long heapBefore = usedHeap();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
        long allocBefore = threads.getThreadAllocatedBytes(tid);
        List<ExtractedFigure> result = FigureExtractor.extract(text, null);
        long allocated = threads.getThreadAllocatedBytes(tid) - allocBefore;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "memory for one %.2f MB article: allocated %.1f MB (%.1f bytes per input byte),"
                + " heap in use before %.1f MB, peak heap during %.1f MB (sum of pool peaks), %d figures%n",
                mb, allocated / 1e6, allocated / (double) utf8.length, heapBefore / 1e6, peak / 1e6, result.size());

        String[] articles = new String[500];
        Random r = new Random(7L);
        long articleBytes = 0;
        for (int i = 0; i < articles.length; i++) {
            articles[i] = generate(r, 2_000);
            articleBytes += articles[i].getBytes(StandardCharsets.UTF_8).length;
        }
        for (String a : articles) {
            FigureExtractor.extract(a, null);
        }
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        for (String a : articles) {
            FigureExtractor.extract(a, null);
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "500 articles of ~2 KB (language detected): wall-clock %.2f MB/s, %.0f articles/s;"
                + " %.2f MB per CPU-second%n", articleBytes / 1e6 / seconds, articles.length / seconds,
                articleBytes / 1e6 / cpuSeconds);
        hostile(threads);
    }

    /** The robustness test's hostile inputs, timed one by one: none may cost more than a few MB/s. */
    private static void hostile(com.sun.management.ThreadMXBean threads) {
        String[] inputs = io.crosscheck.figure.FigureExtractorRobustnessTest.HOSTILE;
        for (int i = 0; i < inputs.length; i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            int found = FigureExtractor.extract(inputs[i], null).size();
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            String shape = inputs[i].substring(0, Math.min(12, inputs[i].length())).replace("\n", " ");
            System.out.printf(Locale.ROOT, "hostile #%d (%d chars, starts \"%s\"): %.2f CPU-s, %d figures%n", i,
                    inputs[i].length(), shape, cpuSeconds, found);
        }
    }

    /**
     * Ten timed runs. Wall-clock MB/s is what a caller sees; MB per CPU-second (thread CPU time) is
     * what the code costs, and is much less disturbed when other processes share the machine.
     */
    private static void measure(String what, String text, String lang, double mb,
                                com.sun.management.ThreadMXBean threads) {
        int reps = 10;
        double[] wall = new double[reps];
        double[] cpu = new double[reps];
        for (int r = 0; r < reps; r++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            FigureExtractor.extract(text, lang);
            wall[r] = mb / ((System.nanoTime() - t) / 1e9);
            cpu[r] = mb / ((threads.getCurrentThreadCpuTime() - c) / 1e9);
        }
        System.out.printf(Locale.ROOT, "%s: wall-clock median %.2f MB/s (min %.2f, max %.2f); "
                + "CPU median %.2f MB per CPU-second (min %.2f, max %.2f)%n", what, median(wall), min(wall),
                max(wall), median(cpu), min(cpu), max(cpu));
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(0);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static String generate(Random rnd, int targetBytes) {
        StringBuilder sb = new StringBuilder(targetBytes + 512);
        boolean french = rnd.nextBoolean();
        while (sb.length() < targetBytes) {
            if (rnd.nextInt(6) == 0) {
                french = !french;
                sb.append("\n\n");
            }
            String[] templates = french ? FR : EN;
            String t = templates[rnd.nextInt(templates.length)];
            sb.append(fill(t, rnd, french)).append(' ');
        }
        return sb.toString();
    }

    private static String fill(String template, Random rnd, boolean fr) {
        String[] parts = template.split("(?=%[sd])|(?<=%[sd])");
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (p.equals("%s")) {
                out.append(figure(rnd, fr));
            } else if (p.equals("%d")) {
                out.append(1 + rnd.nextInt(28));
            } else {
                out.append(p.replace("%%", "%"));
            }
        }
        return out.toString();
    }

    private static String figure(Random rnd, boolean fr) {
        int whole = 1 + rnd.nextInt(999);
        int tenth = rnd.nextInt(10);
        String dec = fr ? whole + "," + tenth : whole + "." + tenth;
        return switch (rnd.nextInt(8)) {
            case 0 -> fr ? dec + " millions de dollars" : "$" + dec + "M";
            case 1 -> fr ? dec + " milliard $" : "$" + dec + " billion";
            case 2 -> fr ? whole + " 000 GPU" : whole + ",000 GPUs";
            case 3 -> fr ? dec + " %" : dec + "%";
            case 4 -> fr ? "près de " + whole + " morts" : "about " + whole + " people";
            case 5 -> fr ? whole + " millions d'euros" : "€" + whole + " million";
            case 6 -> fr ? "plus de " + whole + " habitants" : "more than " + whole + " engineers";
            default -> fr ? whole + " jours" : whole + " days";
        };
    }
}
