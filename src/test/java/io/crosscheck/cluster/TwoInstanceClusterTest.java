package io.crosscheck.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two packaged instances ({@code -Xmx512m}) on one PostgreSQL behind nginx, all on 127.0.0.1
 * (docs/operations.md, "Several instances"). A mixed read/write workload runs through nginx for
 * {@value #WORKLOAD_SECONDS} s while both instances' nightly job fires at the same instants; then:
 * every acknowledged write is readable from both instances, no pair of claims has two conflict
 * links, the report ran exactly once and the instance that did not write it serves it byte for byte,
 * and anonymous requests spread over both instances get one bucket's worth, not two.
 * Runs only in the {@code cluster} profile with {@code postgresql}; needs nginx on the PATH or in /usr/sbin.
 */
class TwoInstanceClusterTest {

    static final int WORKLOAD_SECONDS = 30;
    static final String ADMIN = "cluster-admin-key-0123456789abcdef";
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    /** Anonymous burst; the refill (1 a minute) adds at most one or two during the check. */
    static final int ANONYMOUS_BURST = 20;

    static final Path JAR = Path.of(System.getProperty("cluster.jar", "target/quarkus-app/quarkus-run.jar"));
    static final String URL = System.getProperty("cluster.db.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getProperty("cluster.db.username", "postgres");
    static final String PASSWORD = System.getProperty("cluster.db.password", "postgres");

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static Path work;
    static final List<Process> processes = new ArrayList<>();
    static int portA;
    static int portB;
    static int proxy;
    static boolean passed;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(System.getProperty("cluster.db.kind", "").startsWith("postgres"),
                "the cluster test runs on PostgreSQL: mvn verify -Pcluster,postgresql -Dtest.db.url=...");
        assertTrue(Files.isRegularFile(JAR), "package the app first: " + JAR);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public");
        }
        work = Files.createTempDirectory("crosscheck-cluster");
        portA = freePort();
        portB = freePort();
        proxy = freePort();
        // One after the other: the second migrates nothing (Flyway also takes a lock on PostgreSQL).
        Process a = app("a", portA);
        awaitReady(a, portA, "a");
        Process b = app("b", portB);
        awaitReady(b, portB, "b");
        nginx();
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (passed) {
            try (var files = Files.walk(work)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } else {
            System.out.println("cluster logs kept in " + work);
        }
    }

    @Test
    void twoInstancesBehindNginxShareOneDatabaseWithoutLosingOrDoubling() throws Exception {
        String yesterday = LocalDate.now(ZONE).minusDays(1).toString();
        Set<String> acked = ConcurrentHashMap.newKeySet();
        AtomicInteger failures = new AtomicInteger();
        List<String> subjects = new ArrayList<>();
        String metric = post(proxy, "/api/metrics", Map.of("key", "cluster-share-" + System.nanoTime(), "labelFr", "part",
                "labelEn", "share", "dimension", "PERCENT", "multiValued", false)).get("id").asText();
        for (int i = 0; i < 4; i++) {
            subjects.add(post(proxy, "/api/entities", Map.of("name", "Cluster subject " + i + " " + System.nanoTime(),
                    "kind", "ORGANIZATION")).get("id").asText());
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WORKLOAD_SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            workers.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                List<String> mine = new ArrayList<>();
                while (System.nanoTime() < until) {
                    try {
                        if (mine.isEmpty() || random.nextInt(3) == 0) {
                            // A few distinct figures per group, so that detection proposes conflicts.
                            int percent = 10 + 15 * random.nextInt(4);
                            HttpResponse<String> r = send(proxy, "POST", "/api/claims", Map.of(
                                    "subjectId", subjects.get(random.nextInt(subjects.size())), "metricId", metric,
                                    "statement", "La part atteint " + percent + " % selon le rapport.", "language", "fr",
                                    "figure", Map.of("text", percent + " %", "lang", "fr")));
                            if (r.statusCode() == 201) {
                                String id = JSON.readTree(r.body()).get("id").asText();
                                acked.add(id);
                                mine.add(id);
                            } else {
                                failures.incrementAndGet();
                            }
                        } else {
                            String id = mine.get(random.nextInt(mine.size()));
                            if (send(proxy, "GET", "/api/claims/" + id, null).statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                            send(proxy, "GET", "/api/claims?limit=20&subjectId=" + subjects.get(0), null);
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get(WORKLOAD_SECONDS + 60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        System.out.printf("workload: %d claims acknowledged, %d failed requests%n", acked.size(), failures.get());
        assertTrue(acked.size() > 20, "the workload wrote: " + acked.size());

        // 1. No acknowledged write lost: each id is readable from each instance.
        for (String id : acked) {
            assertEquals(200, send(portA, "GET", "/api/claims/" + id, null).statusCode(), "claim " + id + " on a");
            assertEquals(200, send(portB, "GET", "/api/claims/" + id, null).statusCode(), "claim " + id + " on b");
        }

        // 2. Every conflict proposed exactly once, whichever instance's worker judged its group.
        awaitEmptyQueue();
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            ResultSet dup = s.executeQuery("select count(*) from (select least(from_claim_id, to_claim_id) a, "
                    + "greatest(from_claim_id, to_claim_id) b, link_type from claim_link group by 1, 2, 3 "
                    + "having count(*) > 1) d");
            dup.next();
            assertEquals(0, dup.getLong(1), "pairs with more than one link of a type");
            ResultSet links = s.executeQuery("select count(*) from claim_link l join claim c on c.id = l.from_claim_id "
                    + "where l.link_type = 'CONTRADICTS' and c.metric_id = '" + metric + "'");
            links.next();
            assertTrue(links.getLong(1) > 0, "the workload's figures disagree, so conflicts were proposed");
        }

        // 3. The nightly job fired on both instances at the same instants (every 15 s): one run wrote the report.
        JsonNode run = awaitReport(yesterday);
        assertEquals("SUCCEEDED", run.get("status").asText(), run.toString());
        long writtenA = count(work.resolve("a.log"), "Report " + yesterday + " written");
        long writtenB = count(work.resolve("b.log"), "Report " + yesterday + " written");
        assertEquals(1, writtenA + writtenB, "report runs: a " + writtenA + ", b " + writtenB);

        // 4. The report written by one instance is served, byte for byte, by the other.
        int other = writtenA == 1 ? portB : portA;
        for (JsonNode file : run.get("files")) {
            HttpResponse<byte[]> r = HTTP.send(request(other, "GET", "/api/reports/" + yesterday + "/"
                    + file.get("name").asText(), null), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), file.toString());
            assertEquals(file.get("size").asLong(), r.body().length, file.toString());
            assertEquals(file.get("sha256").asText(),
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r.body())), file.toString());
        }

        // 5. One rate limit across both: anonymous requests from one address, alternating instances.
        int accepted = 0;
        int limited = 0;
        for (int i = 0; i < 3 * ANONYMOUS_BURST; i++) {
            int status = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (i % 2 == 0 ? portA : portB)
                    + "/api/claims?limit=1")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                accepted++;
            } else if (status == 429) {
                limited++;
            }
        }
        System.out.printf("anonymous: %d accepted, %d limited%n", accepted, limited);
        assertTrue(accepted >= ANONYMOUS_BURST && accepted <= ANONYMOUS_BURST + 2,
                "one instance's limit (" + ANONYMOUS_BURST + "), not two: " + accepted);
        assertEquals(3 * ANONYMOUS_BURST, accepted + limited);

        // Both instances answered through nginx.
        List<String> upstreams = Files.readAllLines(work.resolve("access.log"));
        assertTrue(upstreams.stream().anyMatch(l -> l.contains(":" + portA))
                && upstreams.stream().anyMatch(l -> l.contains(":" + portB)), "nginx spread the load on both");
        passed = true;
    }

    private static void awaitEmptyQueue() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            JsonNode status = JSON.readTree(send(proxy, "GET", "/api/conflicts/queue-status", null).body());
            if (status.get("rows").asLong() == 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the detection queue did not drain within 60 s");
    }

    private static JsonNode awaitReport(String date) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = send(proxy, "GET", "/api/reports/" + date, null);
            if (r.statusCode() == 200) {
                JsonNode run = JSON.readTree(r.body());
                if (!"RUNNING".equals(run.get("status").asText())) {
                    return run;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the nightly report of " + date + " did not finish within 60 s");
    }

    private static long count(Path log, String text) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(text)).count();
        }
    }

    private static JsonNode post(int port, String path, Object body) throws Exception {
        HttpResponse<String> r = send(port, "POST", path, body);
        assertEquals(201, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> send(int port, String method, String path, Object body) throws IOException {
        try {
            return HTTP.send(request(port, method, path, body), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static HttpRequest request(int port, String method, String path, Object body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("X-API-Key", ADMIN);
        if (body == null) {
            return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return b.header("Content-Type", "application/json; charset=UTF-8")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
    }

    private static Process app(String name, int port) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + URL,
                "-Dquarkus.datasource.username=" + USER, "-Dquarkus.datasource.password=" + PASSWORD,
                "-Dcrosscheck.demo.enabled=false",
                // A production instance must say who publishes its ClaimReview and where (docs/operations.md).
                "-Dcrosscheck.report.organisation-name=Cluster", "-Dcrosscheck.report.organisation-url=https://cluster.example/",
                "-Dcrosscheck.embed.public-base-url=https://cluster.example",
                "-Dcrosscheck.security.admin-key=" + ADMIN,
                "-Dcrosscheck.security.rate-limit.store=database",
                "-Dcrosscheck.security.rate-limit.per-minute=1000000",
                "-Dcrosscheck.security.rate-limit.burst=100000",
                "-Dcrosscheck.security.rate-limit.anonymous-per-minute=1",
                "-Dcrosscheck.security.rate-limit.anonymous-burst=" + ANONYMOUS_BURST,
                "-Dcrosscheck.conflicts.worker-interval=1s",
                "-Dcrosscheck.report.cron=0/15 * * * * ?",
                "-Dcrosscheck.report.catch-up-days=0",
                "-Dcrosscheck.report.zone=" + ZONE.getId(),
                "-Dquarkus.log.level=WARN", "-Dquarkus.log.category.\"io.crosscheck.report\".level=INFO",
                "-jar", JAR.toAbsolutePath().toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile()).start();
        processes.add(process);
        return process;
    }

    private static void nginx() throws Exception {
        String nginx = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
        String w = work.toAbsolutePath().toString();
        String conf = """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  log_format up '$upstream_addr $status';
                  access_log %1$s/access.log up;
                  upstream app { server 127.0.0.1:%2$d; server 127.0.0.1:%3$d; keepalive 16; }
                  server {
                    listen 127.0.0.1:%4$d;
                    location / {
                      proxy_pass http://app;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_next_upstream off;
                    }
                  }
                }
                """.formatted(w, portA, portB, proxy);
        Path file = work.resolve("nginx.conf");
        Files.writeString(file, conf);
        Process process = new ProcessBuilder(nginx, "-p", w, "-c", file.toString()).redirectErrorStream(true)
                .redirectOutput(work.resolve("nginx.out").toFile()).start();
        processes.add(process);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "nginx exited: " + Files.readString(work.resolve("nginx.out")));
            try {
                if (send(proxy, "GET", "/q/health/ready", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("nginx did not answer within 20 s");
    }

    private static void awaitReady(Process process, int port, String name) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "instance " + name + " exited; see " + work.resolve(name + ".log"));
            try {
                if (send(port, "GET", "/q/health/ready", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("instance " + name + " was not ready within 90 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
