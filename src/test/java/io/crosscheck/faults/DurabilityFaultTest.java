package io.crosscheck.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Kills the packaged application with SIGKILL at random moments while a client writes sources, and
 * checks that every write that was acknowledged (2xx) is there exactly once after a restart. The
 * negative control runs the same cycles with H2's durability turned off and must see losses.
 * Runs only in the {@code faults} profile; it needs {@code target/quarkus-app/quarkus-run.jar}.
 */
class DurabilityFaultTest {

    private static final String ADMIN = "fault-test-admin-key-0123456789abcdef";
    private static final Pattern ITEMS = Pattern.compile("\"id\"\\s*:");
    private static final Path JAR = Path.of(System.getProperty("faults.jar", "target/quarkus-app/quarkus-run.jar"));
    private static final String KIND = System.getProperty("faults.db.kind", "h2");
    private static final int CYCLES = Integer.getInteger("faults.cycles", 20);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Random random = new Random(Long.getLong("faults.seed", 7L));
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void shouldKeepEveryAcknowledgedWriteAcrossKills() throws Exception {
        Result result = cycles(databaseUrl("WRITE_DELAY=0"), CYCLES);
        report("durable " + KIND, result);
        assertTrue(result.acknowledged > CYCLES, "the client got writes through: " + result);
        assertEquals(0, result.lost, "acknowledged writes lost: " + result);
        assertEquals(0, result.duplicated, "writes stored twice: " + result);
    }

    /** H2 with a 60 s write delay keeps commits in memory: a kill must lose acknowledged writes. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void negativeControlShouldDetectLossWhenDurabilityIsOff() throws Exception {
        assumeTrue(KIND.equals("h2"), "the control needs an embedded database whose durability can be switched off");
        Result result = cycles(databaseUrl("WRITE_DELAY=60000"), 5);
        report("control (H2 WRITE_DELAY=60000)", result);
        assertTrue(result.lost > 0, "the control must detect lost writes, else the test proves nothing: " + result);
    }

    private String databaseUrl(String h2Settings) throws IOException {
        if (KIND.equals("h2")) {
            Path dir = Files.createTempDirectory("crosscheck-faults");
            return "jdbc:h2:file:" + dir.resolve("db") + ";" + h2Settings;
        }
        return System.getProperty("faults.db.url");
    }

    private Result cycles(String url, int cycles) throws Exception {
        assertTrue(Files.exists(JAR), JAR + " is missing: run the faults profile with ./mvnw verify -Pfaults");
        Result result = new Result();
        result.cycles = cycles;
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        // Create the schema once and shut down cleanly, so it is on disk before the first kill. What
        // is measured is acknowledged writes; a kill during the migrations themselves is not (with
        // durability off it can keep a table and lose its migration's history row, and the next start
        // then fails on "already exists" instead of showing lost writes).
        App.start(url).stop();
        App app = App.start(url);
        try {
            for (int cycle = 0; cycle < cycles; cycle++) {
                List<String> acked = Collections.synchronizedList(new ArrayList<>());
                AtomicBoolean stop = new AtomicBoolean();
                final App running = app;
                final int c = cycle;
                Thread writer = new Thread(() -> write(running.port, c, acked, result, stop));
                writer.start();
                Thread.sleep(200 + random.nextInt(1500));
                app.kill();
                stop.set(true);
                writer.join(10_000);
                acknowledged.addAll(acked);
                app = App.start(url);
                for (String source : acked) {
                    int found = count(app.port, source);
                    if (found == 0) {
                        result.lost++;
                    } else if (found > 1) {
                        result.duplicated++;
                    }
                }
            }
            result.acknowledged = acknowledged.size();
        } finally {
            app.kill();
        }
        return result;
    }

    private void write(int port, int cycle, List<String> acked, Result result, AtomicBoolean stop) {
        for (int n = 0; !stop.get(); n++) {
            String source = "https://faults.example/" + run + "/" + cycle + "/" + n;
            String body = "{\"url\":\"" + source + "\",\"title\":\"Fault " + n + "\",\"publisher\":\"Faults\",\"language\":\"en\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/sources"))
                    .timeout(Duration.ofSeconds(5)).header("Authorization", "Bearer " + ADMIN)
                    .header("Content-Type", "application/json").header("Idempotency-Key", source)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                result.attempted++;
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() / 100 == 2) {
                    acked.add(source);
                }
            } catch (IOException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private int count(int port, String source) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/sources?limit=10&url="
                + URLEncoder.encode(source, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        Matcher m = ITEMS.matcher(response.body());
        int ids = 0;
        while (m.find()) {
            ids++;
        }
        return ids;
    }

    private static void report(String what, Result result) throws IOException {
        String line = String.format("%s %s: %d cycles, %d writes attempted, %d acknowledged, %d lost, %d duplicated%n",
                Instant.now(), what, result.cycles, result.attempted, result.acknowledged, result.lost, result.duplicated);
        System.out.print(line);
        Path file = Path.of("target", "faults-report.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Counters of one run. */
    static final class Result {
        int cycles;
        volatile int attempted;
        int acknowledged;
        int lost;
        int duplicated;

        @Override
        public String toString() {
            return cycles + " cycles, " + attempted + " attempted, " + acknowledged + " acknowledged, " + lost
                    + " lost, " + duplicated + " duplicated";
        }
    }

    /** The packaged application as a child process on a free port of 127.0.0.1. */
    static final class App {
        final Process process;
        final int port;

        private App(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static App start(String url) throws IOException, InterruptedException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                    "-Dquarkus.datasource.jdbc.url=" + url,
                    "-Dcrosscheck.demo.enabled=false",
                    // The prod profile refuses to start without who signs ClaimReview output and where it lives.
                    "-Dcrosscheck.report.organisation-name=Faults", "-Dcrosscheck.report.organisation-url=https://faults.example/",
                    "-Dcrosscheck.embed.public-base-url=https://faults.example",
                    "-Dcrosscheck.security.admin-key=" + ADMIN,
                    "-Dcrosscheck.security.rate-limit.enabled=false",
                    // Opening a database left by a killed process can take a while on a loaded machine.
                    "-Dquarkus.datasource.jdbc.acquisition-timeout=60S",
                    "-Dquarkus.log.level=WARN"));
            if (!KIND.equals("h2")) {
                command.add("-Dquarkus.datasource.username=" + System.getProperty("faults.db.username", "postgres"));
                command.add("-Dquarkus.datasource.password=" + System.getProperty("faults.db.password", "postgres"));
            }
            command.addAll(List.of("-jar", JAR.toString()));
            Path log = Path.of("target", "faults-app.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            App app = new App(process, port);
            app.awaitReady();
            return app;
        }

        private void awaitReady() throws InterruptedException {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the application exited with " + process.exitValue()
                            + "; see target/faults-app.log");
                }
                try {
                    HttpResponse<Void> r = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            process.destroyForcibly();
            throw new IllegalStateException("the application was not ready within 90 s; see target/faults-app.log");
        }

        /** SIGTERM: Quarkus shuts down and the database is closed cleanly. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }

        /** SIGKILL on Linux: no shutdown hook, no clean close of the database. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new UncheckedIOException(new IOException("the application survived SIGKILL"));
            }
        }
    }
}
