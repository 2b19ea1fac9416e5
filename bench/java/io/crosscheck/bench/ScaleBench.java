package io.crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The rows of issue 12's table, measured over HTTP against packaged apps (bench/scale.sh starts one per
 * store size, each on its own database, all at once), so that the ratio of two sizes is taken in one run
 * under the same machine load: a sampled row measures the sizes in turn, sample after sample.
 *
 * <p>Arguments (one string, split on blanks): {@code key=<admin key>}, {@code rows=<comma list>} (scan,
 * report, import, comparison, widget, metric, q, export, write; default all: the short reads first, then
 * write, scan, import and report, whose writes would otherwise change what the reads see in mid-run),
 * {@code samples=<n>} (default 10; the write row takes at least 50),
 * {@code write-cold=<n>} (default 30: the first writes per size, reported apart as the row
 * {@code write-cold}; an app just started compiles its write path while it answers them),
 * {@code write-warmup=<n>} (default 1000: writes per size before the write row's samples, the cold ones
 * included; the p50 of each block of 250 is printed, so the run shows how the write warms up),
 * {@code job-timeout=<seconds>} (default 1800), then one target per size:
 * {@code target=<claims>,<base url>,<pid>,<log file>}. A failure (a status ≥ 400, a timeout, a refused
 * connection, an OutOfMemoryError in the log) is printed as a result, never stops the run.
 */
public final class ScaleBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String METRIC = "bench-training-cost";
    private static final String SUBJECT = "Entreprise 0";

    private record Target(long claims, String base, String pid, Path log) {
        String label() {
            return claims % 1_000_000 == 0 ? claims / 1_000_000 + "M" : claims % 1000 == 0 ? claims / 1000 + "k" : Long.toString(claims);
        }
    }

    /** One measurement: HTTP status (or -1), milliseconds, bytes, and a note. */
    private record Sample(int status, double millis, long bytes, String note) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String key;
    private final int samples;
    private final int writeCold;
    private final int writeWarmup;
    private final long jobTimeoutSeconds;
    private final List<Target> targets;
    private final Map<Target, JsonNode> claimOf = new LinkedHashMap<>();
    private final List<String> summary = new ArrayList<>();

    private ScaleBench(String key, int samples, int writeCold, int writeWarmup, long jobTimeoutSeconds,
            List<Target> targets) {
        this.key = key;
        this.samples = samples;
        this.writeCold = writeCold;
        this.writeWarmup = writeWarmup;
        this.jobTimeoutSeconds = jobTimeoutSeconds;
        this.targets = targets;
    }

    public static void main(String[] args) throws Exception {
        String[] a = args.length == 1 ? args[0].trim().split("\\s+") : args;
        String key = null;
        List<String> rows = List.of("comparison", "widget", "metric", "q", "export", "write", "scan", "import", "report");
        int samples = 10;
        int writeCold = 30;
        int writeWarmup = 1000;
        long jobTimeout = 1800;
        List<Target> targets = new ArrayList<>();
        for (String arg : a) {
            String[] kv = arg.split("=", 2);
            switch (kv[0]) {
                case "key" -> key = kv[1];
                case "rows" -> rows = kv[1].equals("all") ? rows : Arrays.asList(kv[1].split(","));
                case "samples" -> samples = Integer.parseInt(kv[1]);
                case "write-cold" -> writeCold = Integer.parseInt(kv[1]);
                case "write-warmup" -> writeWarmup = Integer.parseInt(kv[1]);
                case "job-timeout" -> jobTimeout = Long.parseLong(kv[1]);
                case "target" -> {
                    String[] t = kv[1].split(",", 4);
                    targets.add(new Target(Long.parseLong(t[0]), t[1], t[2], Path.of(t[3])));
                }
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        new ScaleBench(key, samples, writeCold, writeWarmup, jobTimeout, targets).run(rows);
    }

    private void run(List<String> rows) throws Exception {
        System.out.printf("Targets: %s; %d samples per sampled row; load average %s%n",
                targets.stream().map(t -> t.label() + " at " + t.base).toList(), samples, load());
        for (Target t : targets) {
            Sample s = get(t, "/api/claims?subject=" + enc(SUBJECT) + "&metric=" + METRIC + "&limit=1");
            JsonNode first = s.status == 200 ? JSON.readTree(lastBody).path("items").path(0) : null;
            if (first == null || first.isMissingNode()) {
                throw new IllegalStateException(t.label() + ": no bench claim found (" + s + ")");
            }
            claimOf.put(t, first);
        }
        for (String row : rows) {
            switch (row) {
                case "scan" -> job("scan", "POST /api/conflicts/scan (job, to completion)", t -> post(t, "/api/conflicts/scan", null, null),
                        false);
                case "report" -> job("report", "POST /api/reports/run (yesterday; job, to completion)", t -> post(t,
                        "/api/reports/run?date=" + LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1), null, null), false);
                // One import first, unmeasured, as every sampled row has its warm-up: the first import of an
                // app runs its import path cold (about half the rate of the next ones, measured by hand).
                case "import" -> job("import", "POST /api/import, 2,000 CSV rows (job, to completion; after 1 warm-up import)",
                        t -> post(t, "/api/import", "text/csv; charset=UTF-8", importCsv(t)), true);
                case "comparison" -> sampled("comparison", "GET /api/comparisons?subject&metric",
                        t -> get(t, "/api/comparisons?subject=" + enc(SUBJECT) + "&metric=" + METRIC), null);
                case "widget" -> widget();
                case "metric" -> sampled("metric", "GET /api/claims?metric=" + METRIC,
                        t -> get(t, "/api/claims?metric=" + METRIC), null);
                case "q" -> sampled("q", "GET /api/claims?q=<no match>",
                        t -> get(t, "/api/claims?q=introuvablexyzzy"), null);
                case "export" -> sampled("export", "GET /api/export/claims.csv, time to first byte", this::firstByte, 3);
                case "write" -> {
                    Call write = t -> post(t, "/api/claims", "application/json; charset=UTF-8", newClaim(t));
                    String title = "POST /api/claims on subject " + SUBJECT + " (" + METRIC + ")";
                    if (writeCold > 0) {
                        quietThenSampled("write-cold", title + ", the first writes the app answers", write, writeCold);
                    }
                    // The app has answered writeCold + 1 writes (write-cold's own warm-up call included).
                    int answered = writeCold > 0 ? writeCold + 1 : 0;
                    warmUp("write", write, answered, writeWarmup - answered);
                    quietThenSampled("write", title, write, Math.max(50, samples));
                }
                default -> System.out.println("unknown row " + row);
            }
        }
        System.out.println();
        System.out.println("== Summary (p50; ratio = largest / smallest store, measured in this run)");
        summary.forEach(System.out::println);
    }

    @FunctionalInterface
    private interface Call {
        Sample on(Target t) throws Exception;
    }

    /** A row measured `count` times per target (after one unrecorded warm-up each), targets in turn. */
    private void sampled(String row, String title, Call call, Integer count) throws Exception {
        int n = count == null ? samples : count;
        System.out.printf("%n== %s: %s, %d samples each after 1 warm-up, sizes interleaved%n", row, title, n);
        Map<Target, List<Sample>> all = new LinkedHashMap<>();
        for (Target t : targets) {
            all.put(t, new ArrayList<>());
            safe(call, t);
        }
        for (int i = 0; i < n; i++) {
            for (Target t : targets) {
                all.get(t).add(safe(call, t));
            }
        }
        report(row, all);
    }

    /**
     * {@code count} unrecorded calls per target, targets in turn, in blocks of 250 whose p50 is printed
     * (how the row warms up: the JIT compiles a request's path over its first hundreds of calls), numbered
     * as the app's calls of this kind: {@code before} were made already.
     */
    private void warmUp(String row, Call call, int before, int count) throws Exception {
        if (count <= 0) {
            return;
        }
        System.out.printf("%n   (%s: %d warm-up calls per size, p50 per block of 250; calls numbered from the app's first)%n",
                row, count);
        for (int done = 0; done < count; done += 250) {
            Map<Target, List<Double>> block = new LinkedHashMap<>();
            targets.forEach(t -> block.put(t, new ArrayList<>()));
            for (int i = done; i < Math.min(count, done + 250); i++) {
                for (Target t : targets) {
                    Sample s = safe(call, t);
                    block.get(t).add(s.status >= 200 && s.status < 400 ? s.millis() : Double.NaN);
                }
            }
            int to = Math.min(count, done + 250);
            System.out.printf(Locale.ROOT, "   calls %d-%d: %s  load %s%n", before + done + 1, before + to, block.entrySet().stream()
                    .map(e -> e.getKey().label() + " p50 " + fmt(percentile(e.getValue().stream().mapToDouble(d -> d)
                            .filter(d -> !Double.isNaN(d)).sorted().toArray(), 50))
                            + failed(e.getValue().stream().filter(d -> Double.isNaN(d)).count()))
                    .toList(), load());
        }
    }

    /** {@link #sampled} once no detection is queued (the write row: it measures writes, not the import's detection). */
    private void quietThenSampled(String row, String title, Call call, Integer count) throws Exception {
        quiet();
        sampled(row, title, call, count);
    }

    /** A row measured once per target (long operations). */
    private void once(String row, String title, Call call) throws Exception {
        System.out.printf("%n== %s: %s, once per size%n", row, title);
        Map<Target, List<Sample>> all = new LinkedHashMap<>();
        for (Target t : targets) {
            all.put(t, List.of(safe(call, t)));
        }
        report(row, all);
    }

    /**
     * Waits (at most 10 minutes) until no app has conflict detection queued or running, so a job row
     * measures its job, not the detection that the rows before it (or the other size's job) queued on
     * the same cores. Prints how long it waited.
     */
    private void quiet() throws Exception {
        long t0 = System.nanoTime();
        long deadline = t0 + 600_000_000_000L;
        for (Target t : targets) {
            while (System.nanoTime() < deadline) {
                Sample s = get(t, "/api/conflicts/queue-status");
                if (s.status != 200 || JSON.readTree(lastBody).path("rows").asLong() == 0) {
                    break;
                }
                Thread.sleep(500);
            }
        }
        System.out.printf(Locale.ROOT, "   (waited %.1f s for the detection queues to drain; load %s)%n",
                (System.nanoTime() - t0) / 1e9, load());
    }

    /** A job: the POST's 202, then /api/jobs/{id} polled until it ends; the time is to its end. */
    private void job(String row, String title, Call submit, boolean warmUp) throws Exception {
        once(row, title, t -> {
            if (warmUp) {
                quiet();
                Sample warm = runJob(t, row, submit);
                System.out.printf(Locale.ROOT, "   (warm-up on %s: %.1f s, %s)%n", t.label(), warm.millis() / 1000, warm.note().split(";")[0]);
            }
            quiet();
            return runJob(t, row, submit);
        });
    }

    /** Submits a job and polls it to its end; the sample is the time from submission to the end. */
    private Sample runJob(Target t, String row, Call submit) throws Exception {
        long t0 = System.nanoTime();
        Sample s = submit.on(t);
        if (s.status != 202) {
            return s;
        }
        String id = JSON.readTree(lastBody).path("id").asText();
        long deadline = t0 + jobTimeoutSeconds * 1_000_000_000L;
        while (true) {
            // Every 50 ms for the first 30 s (a 2 s import measured to 250 ms would be 6 % off), then 250 ms.
            Thread.sleep(System.nanoTime() - t0 < 30_000_000_000L ? 50 : 250);
            Sample poll = get(t, "/api/jobs/" + id);
            double elapsed = (System.nanoTime() - t0) / 1e6;
            if (poll.status != 200) {
                return new Sample(poll.status, elapsed, 0, "job status answered " + poll.status + " " + poll.note);
            }
            JsonNode job = JSON.readTree(lastBody);
            String state = job.path("state").asText();
            if (state.equals("SUCCEEDED") || state.equals("FAILED") || state.equals("CANCELLED")) {
                String error = job.path("error").isNull() ? "" : " error=" + job.path("error");
                String note = state + " result=" + job.path("result") + error;
                if (row.equals("import")) {
                    note = String.format(Locale.ROOT, "%.0f rows/s; %s", 2000 / (elapsed / 1000), note);
                } else if (row.equals("report")) {
                    note = state + " run " + job.path("result").path("status").asText() + " counts="
                            + job.path("result").path("counts") + error;
                }
                return new Sample(state.equals("SUCCEEDED") ? 200 : 500, elapsed, 0, note);
            }
            if (System.nanoTime() > deadline) {
                send(t, "DELETE", "/api/jobs/" + id, null, null);
                return new Sample(-1, elapsed, 0, "TIMEOUT after " + jobTimeoutSeconds + " s (cancel requested); "
                        + job.path("processed") + "/" + job.path("total"));
            }
        }
    }

    /** The comparison widget, rendered (no HTML cache), and the constant endpoint of the same size. */
    private void widget() throws Exception {
        String path = "/embed/comparisons?subject=" + enc(SUBJECT) + "&metric=" + METRIC + "&lang=en";
        sampled("widget", "GET " + path + "&_bench=fresh (rendered, no HTML cache)", t -> get(t, path + "&_bench=fresh"), null);
        sampled("widget-cached", "GET " + path + " (as browsers and CDNs fetch it)", t -> get(t, path), null);
        Map<Target, Long> sizes = new LinkedHashMap<>();
        for (Target t : targets) {
            Sample s = get(t, path);
            sizes.put(t, s.bytes);
        }
        sampled("constant", "GET /embed/_constant?bytes=<the widget's size> (baseline)",
                t -> get(t, "/embed/_constant?bytes=" + Math.max(0, Math.min(1_000_000, sizes.get(t)))), null);
    }

    private Sample firstByte(Target t) throws Exception {
        HttpRequest request = request(t, "/api/export/claims.csv").GET().build();
        long t0 = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            int b = in.read();
            double ms = (System.nanoTime() - t0) / 1e6;
            return new Sample(response.statusCode(), ms, b < 0 ? 0 : 1, "");
        }
    }

    private String lastBody = "";

    private Sample get(Target t, String path) throws Exception {
        return send(t, "GET", path, null, null);
    }

    private Sample post(Target t, String path, String type, String body) throws Exception {
        return send(t, "POST", path, type, body);
    }

    private Sample send(Target t, String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder b = request(t, path);
        if (type != null) {
            b.header("Content-Type", type);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        long t0 = System.nanoTime();
        HttpResponse<byte[]> response = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - t0) / 1e6;
        lastBody = new String(response.body(), StandardCharsets.UTF_8);
        String note = response.statusCode() >= 400 ? lastBody.substring(0, Math.min(200, lastBody.length())) : "";
        return new Sample(response.statusCode(), ms, response.body().length, note);
    }

    private HttpRequest.Builder request(Target t, String path) {
        return HttpRequest.newBuilder(URI.create(t.base + path)).timeout(Duration.ofSeconds(jobTimeoutSeconds))
                .header("Authorization", "Bearer " + key);
    }

    private Sample safe(Call call, Target t) {
        try {
            return call.on(t);
        } catch (Exception e) {
            return new Sample(-1, Double.NaN, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void report(String row, Map<Target, List<Sample>> all) throws Exception {
        Map<Target, Double> p50s = new LinkedHashMap<>();
        for (Map.Entry<Target, List<Sample>> e : all.entrySet()) {
            Target t = e.getKey();
            List<Sample> list = e.getValue();
            double[] ms = list.stream().mapToDouble(Sample::millis).filter(d -> !Double.isNaN(d)).sorted().toArray();
            Map<Integer, Integer> codes = new TreeMap<>();
            list.forEach(s -> codes.merge(s.status, 1, Integer::sum));
            long bytes = list.stream().mapToLong(Sample::bytes).max().orElse(0);
            double p50 = percentile(ms, 50);
            p50s.put(t, p50);
            String notes = list.stream().map(Sample::note).filter(n -> !n.isEmpty()).distinct().limit(2)
                    .reduce((x, y) -> x + " | " + y).orElse("");
            System.out.printf(Locale.ROOT, "%-5s status %s  p50 %s%s  %s  load %s  rss-peak %s  OOM-in-log %s%s%n", t.label(),
                    codes, fmt(p50), list.size() > 2 ? "  p95 " + fmt(percentile(ms, 95)) : "",
                    bytes > 1 ? "size " + bytes + " B" : "", load(), peakRss(t), oom(t),
                    notes.isEmpty() ? "" : "\n      " + notes);
        }
        Target small = targets.get(0);
        Target large = targets.get(targets.size() - 1);
        String ratio = targets.size() > 1 ? String.format(Locale.ROOT, "%.2f", p50s.get(large) / p50s.get(small)) : "-";
        String line = String.format(Locale.ROOT, "%-14s %s  ratio %s/%s = %s  (load %s)", row,
                p50s.entrySet().stream().map(e -> e.getKey().label() + " " + fmt(e.getValue()) + " "
                        + all.get(e.getKey()).stream().map(s -> Integer.toString(s.status)).distinct().toList()).toList(),
                large.label(), small.label(), ratio, load());
        System.out.println("   " + line);
        summary.add(line);
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        // Nearest rank on the sorted samples; the median of an even count is the mean of the middle two.
        if (p == 50 && sorted.length % 2 == 0) {
            return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String failed(long n) {
        return n == 0 ? "" : " (" + n + " failed)";
    }

    private static String fmt(double ms) {
        return Double.isNaN(ms) ? "n/a" : ms >= 10_000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000)
                : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "?";
        }
    }

    private static String peakRss(Target t) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + t.pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB";
                }
            }
        } catch (Exception e) {
            return "process gone";
        }
        return "?";
    }

    private static long oom(Target t) {
        try (var lines = Files.lines(t.log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains("OutOfMemoryError")).count();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private int written;

    /** A claim on the bench's big subject and metric, with one appearance, its figure text to be parsed. */
    private String newClaim(Target t) throws Exception {
        JsonNode c = claimOf.get(t);
        written++;
        ObjectNode body = JSON.createObjectNode();
        body.put("subjectId", c.path("subject").path("id").asText());
        body.put("metricId", c.path("metric").path("id").asText());
        body.put("claimantId", c.path("claimant").path("id").asText());
        ObjectNode figure = body.putObject("figure");
        String text = (100 + written % 800) + "," + (written % 10) + " millions de dollars";
        figure.put("text", text);
        figure.put("lang", "fr");
        body.put("statement", "Selon une note, l'entreprise 0 a dépensé " + text + " (écriture du banc " + written + ").");
        body.put("language", "fr");
        ObjectNode appearance = body.putArray("appearances").addObject();
        appearance.put("sourceId", c.path("appearances").path(0).path("source").path("id").asText());
        appearance.put("quote", "l'entreprise a dépensé " + text);
        return JSON.writeValueAsString(body);
    }

    /** 2,000 new claims (a fresh source per 20 rows) spread over the 200 bench subjects and the 4 metrics. */
    private static String importCsv(Target t) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String[] metrics = {"bench-training-cost", "bench-budget", "bench-headcount", "bench-gpu-count"};
        StringBuilder csv = new StringBuilder("subject,metric,metric_dimension,claimant,figure_text,figure_lang,statement,"
                + "language,verdict,source_url,source_title,source_publisher,source_language,quote\r\n");
        for (int i = 0; i < 2000; i++) {
            int m = i % 4;
            boolean money = m < 2;
            String text = money ? (10 + i % 900) + "," + (i % 10) + " millions de dollars" : (1000 + (i * 37) % 90_000) + " employés";
            csv.append("Entreprise ").append(i % 200).append(',').append(metrics[m]).append(',')
                    .append(money ? "MONEY" : "COUNT").append(",Entreprise ").append((i * 7 + 3) % 200).append(",\"")
                    .append(text).append("\",fr,\"L'entreprise ").append(i % 200).append(" annonce ").append(text)
                    .append(" (import ").append(run).append(", ligne ").append(i).append(").\",fr,UNREVIEWED,")
                    .append("https://bench.example.org/import/").append(run).append('/').append(i / 20)
                    .append(",\"Import ").append(run).append("\",Le Quotidien,fr,\"annonce ").append(text).append("\"\r\n");
        }
        return csv.toString();
    }
}
