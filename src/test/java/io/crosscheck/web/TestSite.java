package io.crosscheck.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A small web site the tests run on 127.0.0.1 (a random port): pages and feeds written for the tests,
 * served from {@code src/test/resources/web/} or from handlers a test registers. It records what it
 * was asked (path and request headers), so tests can check what the fetcher sent.
 */
public final class TestSite {

    /** What a route answers. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** One request the site received. */
    public record Request(String path, Headers headers) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    private static TestSite instance;

    private final HttpServer server;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::serve);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "test-site");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** The site, started on first use and kept for the whole test run. */
    public static synchronized TestSite get() {
        if (instance == null) {
            try {
                instance = new TestSite();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The URL of {@code path} on 127.0.0.1. */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** The URL of {@code path} under a host name (the test resolver must know it). */
    public String url(String host, String path) {
        return "http://" + host + ":" + port() + path;
    }

    public void route(String path, Handler handler) {
        routes.put(path, handler);
    }

    /** Serves a resource of {@code web/} at {@code path} with this Content-Type. */
    public void page(String path, String resource, String contentType) {
        byte[] body = resource(resource);
        route(path, ex -> send(ex, 200, contentType, body));
    }

    /** Serves {@code body} at {@code path}. */
    public void text(String path, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        route(path, ex -> send(ex, 200, contentType, bytes));
    }

    /** Answers {@code status} with a Location header. */
    public void redirect(String path, int status, String location) {
        route(path, ex -> {
            ex.getResponseHeaders().set("Location", location);
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
    }

    /** The requests received for {@code path}, oldest first. */
    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public static byte[] resource(String name) {
        try (InputStream in = TestSite.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource web/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String key = query == null ? path : path + "?" + query;
        requests.add(new Request(key, exchange.getRequestHeaders()));
        Handler handler = routes.getOrDefault(key, routes.get(path));
        try {
            if (handler == null) {
                send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            } else {
                handler.handle(exchange);
            }
        } catch (IOException e) {
            exchange.close(); // the client went away (a size cap, a timeout): nothing to do
        }
    }
}
