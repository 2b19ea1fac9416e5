package io.crosscheck.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The size limit of every request body, on every route (API, console forms, widgets), held on the
 * stream rather than trusted from a header, so a 413 problem comes before any work:
 * <ul>
 * <li>a {@code Content-Length} over the route's limit is refused before a byte of the body is read
 * (the HTTP codec never reads past a declared length, so an accepted length bounds the body);</li>
 * <li>a body without one (chunked) is read here and counted as it arrives, then handed on whole;
 * it is refused the moment it passes the limit;</li>
 * <li>routes that stream large uploads ({@link #allowStreamed}) get their own, larger limit and
 * count the stream themselves ({@link LimitedInputStream}) while staging it, before any work.</li>
 * </ul>
 * Limits: forms {@code crosscheck.api.max-form-bytes}; everything else (whatever the method: a GET
 * with a body is read and ignored, not refused) {@code crosscheck.api.max-body-bytes}.
 */
@Singleton
public class BodySizeLimit {

    private final ApiConfig config;
    private final Map<String, Long> streamed = new ConcurrentHashMap<>();

    BodySizeLimit(ApiConfig config) {
        this.config = config;
    }

    /**
     * Lets {@code method path} take bodies up to {@code maxBytes}, streamed to its resource, which must
     * read them through a {@link LimitedInputStream} of the same limit. Refuses to start when the HTTP
     * server's own cap ({@code quarkus.http.limits.max-body-size}) is lower: that cap would then cut
     * the stream first, with an empty 413.
     */
    public void allowStreamed(String method, String path, long maxBytes) {
        long server = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        if (maxBytes > server) {
            throw new IllegalStateException("The upload limit of " + method + " " + path + " (" + maxBytes
                    + " bytes) is above quarkus.http.limits.max-body-size (" + server + " bytes); raise the latter.");
        }
        streamed.put(key(method, path), maxBytes);
    }

    /** Whether {@code method path} streams its body to its resource (which counts it). */
    public boolean isStreamed(String method, String path) {
        return streamed.containsKey(key(method, path));
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 1000);
    }

    private void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String header = request.getHeader("Content-Length");
        Long length = header == null ? null : parse(header);
        // HTTP/1.1 chunked bodies are counted here. An HTTP/2 stream's body cannot be read ahead of
        // the resource (the REST layer pauses the request, which an ended HTTP/2 stream refuses), so
        // without a Content-Length it is bounded by quarkus.http.limits.max-body-size instead.
        boolean open = length == null && request.version() != HttpVersion.HTTP_2
                && request.headers().contains("Transfer-Encoding");
        if ((length == null || length == 0) && !open) {
            rc.next();
            return;
        }
        Long streamedLimit = streamed.get(key(request.method().name(), request.path()));
        long limit = limit(request, streamedLimit);
        if (length != null && length > limit) {
            refuse(rc, limit);
        } else if (length != null || streamedLimit != null) {
            rc.next();
        } else {
            readCounted(rc, limit);
        }
    }

    private long limit(HttpServerRequest request, Long streamedLimit) {
        if (streamedLimit != null) {
            return streamedLimit;
        }
        String type = request.getHeader("Content-Type");
        type = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")
                ? config.maxFormBytes() : config.maxBodyBytes();
    }

    /** Reads a body of unknown length, counting it, and hands it on once complete. */
    private void readCounted(RoutingContext rc, long limit) {
        HttpServerRequest request = rc.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.exceptionHandler(e -> refused[0] = true);
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                refused[0] = true;
                refuse(rc, limit);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(v -> {
            if (!refused[0]) {
                rc.setBody(body);
                rc.next();
            }
        });
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            rc.response().writeContinue();
        }
    }

    private static void refuse(RoutingContext rc, long limit) {
        HttpServerRequest request = rc.request();
        String detail = "The body is larger than the limit of " + limit + " bytes for this address.";
        JsonObject body = new JsonObject()
                .put("type", Problems.type(413))
                .put("title", "Payload too large")
                .put("status", 413)
                .put("detail", detail)
                .put("instance", request.path());
        // The rest of the body is not read: the connection closes once the answer is out.
        rc.response().setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(body.encode())
                .onComplete(done -> {
                    if (request.version() != HttpVersion.HTTP_2) {
                        request.connection().close();
                    } else {
                        rc.response().reset();
                    }
                });
    }

    private static Long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String key(String method, String path) {
        // "/api/import/" is routed like "/api/import": it must stream (and be limited) like it too.
        String plain = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return method.toUpperCase(Locale.ROOT) + " " + plain;
    }
}
