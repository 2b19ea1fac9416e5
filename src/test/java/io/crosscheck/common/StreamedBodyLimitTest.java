package io.crosscheck.common;

import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Body limits hold on the stream: a body sent chunked (no Content-Length, so no header to trust) is
 * counted as it arrives and refused with a 413 problem once it passes the limit, before any work is
 * done. Sent over a raw socket, so that nothing between the test and the server adds a length.
 */
@QuarkusTest
class StreamedBodyLimitTest {

    @TestHTTPResource("/")
    URL base;

    /** What came back: the status, the headers (lower-case names) and the body. */
    record Answer(int status, Map<String, String> headers, String body) {
        JsonPath json() {
            return JsonPath.from(body);
        }
    }

    /**
     * POSTs {@code body} chunked in 8 KiB chunks, from another thread, while this one reads the answer as
     * real clients do (an answer may come before the body is sent). With {@code complete}, the last chunk
     * ends the body; without, the client stops sending after the bytes, as a client whose body goes on and
     * on would be cut off. A server that closes early ends the sending, not the test.
     */
    Answer chunked(String path, String contentType, byte[] body, boolean complete) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(120_000); // keeps a broken server from hanging the suite; not a timing assertion
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Authorization: Bearer " + Fixtures.ADMIN_KEY + "\r\nContent-Type: " + contentType + "\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
            Thread sender = new Thread(() -> {
                try {
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    for (int at = 0; at < body.length; at += 8192) {
                        int n = Math.min(8192, body.length - at);
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(body, at, n);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    if (complete) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException closedEarly) {
                    // The server answered and closed before the whole body was sent.
                }
            }, "chunked-sender");
            sender.setDaemon(true);
            sender.start();
            Answer answer = read(socket.getInputStream());
            socket.close(); // ends a sender still blocked on a server that stopped reading
            sender.join(60_000);
            return answer;
        }
    }

    /** Reads one answer: the head, then a body of Content-Length bytes, or chunks, or up to the end. */
    private static Answer read(InputStream raw) throws IOException {
        java.io.BufferedInputStream in = new java.io.BufferedInputStream(raw);
        ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
        while (!headBytes.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            assertTrue(b >= 0, "no answer: " + headBytes.toString(StandardCharsets.ISO_8859_1));
            headBytes.write(b);
        }
        String[] lines = headBytes.toString(StandardCharsets.ISO_8859_1).trim().split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new java.util.HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            while (true) {
                int size = Integer.parseInt(line(in).split(";")[0].trim(), 16);
                if (size == 0) {
                    break;
                }
                body.write(in.readNBytes(size));
                line(in);
            }
        } else {
            body.write(in.readAllBytes());
        }
        return new Answer(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static void assertProblem413(Answer answer) {
        assertEquals(413, answer.status(), answer.body());
        assertTrue(answer.headers().get("content-type").startsWith("application/problem+json"), answer.headers().toString());
        assertEquals(413, answer.json().getInt("status"));
        assertTrue(answer.json().getString("detail").contains("limit"), answer.body());
    }

    private static byte[] claimJson(String subject, String metric, String statementPadding) {
        return ("{\"subjectId\":\"" + subject + "\",\"metricId\":\"" + metric + "\",\"statement\":\"Le budget est de "
                + "10 millions d'euros." + statementPadding + "\",\"language\":\"fr\",\"figure\":{\"text\":\"10 millions "
                + "d'euros\",\"lang\":\"fr\"}}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldAcceptAChunkedJsonBodyUnderTheLimit() throws Exception {
        String subject = Fixtures.entity(unique("Studio"));
        String metric = Fixtures.metric(unique("budget"), "MONEY", false);
        Answer answer = chunked("/api/claims", "application/json", claimJson(subject, metric, ""), true);
        assertEquals(201, answer.status(), answer.body());
        given().queryParam("subject", subject).get("/api/claims").then().body("items.size()", equalTo(1));
    }

    @Test
    void shouldRefuseAChunkedJsonBodyOverTheLimitBeforeCreatingAnything() throws Exception {
        String subject = Fixtures.entity(unique("Studio"));
        String metric = Fixtures.metric(unique("budget"), "MONEY", false);
        // crosscheck.api.max-body-bytes is 2 MiB: the body is 3 MiB of otherwise valid JSON, never ended.
        byte[] body = claimJson(subject, metric, " ".repeat(3 * 1024 * 1024));
        assertProblem413(chunked("/api/claims", "application/json", body, false));
        given().queryParam("subject", subject).get("/api/claims").then().body("items.size()", equalTo(0));
    }

    @Test
    void shouldRefuseAChunkedImportOverTheUploadLimitBeforeStartingAJob() throws Exception {
        String name = unique("Club");
        StringBuilder csv = new StringBuilder("subject,metric,metric_dimension,figure_text,statement,language\r\n");
        // crosscheck.transfer.max-upload-bytes is 1 MiB in tests: about 1.5 MiB of valid rows.
        while (csv.length() < 1536 * 1024) {
            csv.append(name).append(",fee,MONEY,12 millions d'euros,Un transfert de 12 millions d'euros.,fr\r\n");
        }
        List<String> before = jobIds();
        assertProblem413(chunked("/api/import", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8), false));
        assertEquals(before, jobIds(), "no import job was started");
        given().queryParam("subject", name).get("/api/claims").then().body("items.size()", equalTo(0));
        given().queryParam("q", name).get("/api/entities").then().body("items.size()", equalTo(0));
    }

    @Test
    void shouldImportAChunkedUploadUnderTheLimit() throws Exception {
        String name = unique("Club");
        String csv = "subject,metric,metric_dimension,figure_text,statement,language\r\n" + name
                + ",fee,MONEY,12 millions d'euros,Un transfert de 12 millions d'euros.,fr\r\n";
        Answer answer = chunked("/api/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8), true);
        assertEquals(202, answer.status(), answer.body());
        JsonPath job = Fixtures.awaitJob(answer.headers().get("location"));
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals(1, job.getInt("result.created"));
    }

    /**
     * A declared length over the limit is refused on the header, before any of the body is read. Only the
     * head is sent (over a raw socket): a client sending the whole 2 MiB body could not finish writing it
     * once the server had answered and closed ("Broken pipe" in the client, a race on a loaded machine).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/api/claims", "/api/sources"})
    void shouldRefuseAContentLengthOverTheLimitAsAProblem(String path) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(120_000); // keeps a server that waits for the body from hanging the suite
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Authorization: Bearer " + Fixtures.ADMIN_KEY + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (2 * 1024 * 1024 + 1) + "\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Answer answer = read(socket.getInputStream());
            assertEquals(413, answer.status(), answer.body());
            assertTrue(answer.headers().get("content-type").startsWith("application/problem+json"), answer.headers().toString());
            assertEquals(413, answer.json().getInt("status"));
        }
    }

    private static List<String> jobIds() {
        return given().queryParam("kind", "import").queryParam("limit", 5).get("/api/jobs").then().statusCode(200)
                .extract().path("items.id");
    }
}
