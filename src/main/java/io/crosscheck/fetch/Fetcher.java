package io.crosscheck.fetch;

import io.crosscheck.fetch.FetchException.Reason;
import io.quarkus.runtime.LaunchMode;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;
import org.jboss.logging.Logger;

/**
 * Fetches one URL safely: every hop (the URL and each redirect) passes {@link UrlRules}, its host is
 * resolved once by {@link HostResolver}, every address is checked by {@link AddressPolicy}, and the
 * connection goes to the checked address (the HTTP client is given the address and never resolves a
 * name itself, so DNS rebinding cannot swap it). Connect, read and total timeouts, a size cap counted
 * on the decompressed stream, bounded redirects with loop detection, per-host politeness
 * ({@link HostGate}), an honest User-Agent, and conditional requests. See docs/security.md, "Fetcher".
 */
@ApplicationScoped
public class Fetcher {

    private static final Logger LOG = Logger.getLogger(Fetcher.class);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final FetchConfig config;
    private final HostResolver resolver;
    private final AddressPolicy policy;
    private final HostGate gate;
    private final Set<Integer> extraPorts = new HashSet<>();
    private final boolean anyPort;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService deadlines;

    Fetcher(FetchConfig config, HostResolver resolver) {
        this.config = config;
        this.resolver = resolver;
        this.policy = new AddressPolicy(AddressPolicy.ranges(config.allow(), "crosscheck.fetch.allow"),
                AddressPolicy.ranges(config.deny(), "crosscheck.fetch.deny"));
        this.gate = new HostGate(config.maxPerHost(), config.perHostInterval().toNanos(), System::nanoTime,
                nanos -> TimeUnit.NANOSECONDS.sleep(nanos));
        boolean any = false;
        for (String port : config.allowedPorts().orElse(List.of())) {
            if (port.isBlank()) {
                continue;
            }
            if (port.trim().equals("*")) {
                any = true;
            } else {
                try {
                    extraPorts.add(Integer.parseInt(port.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("crosscheck.fetch.allowed-ports: '" + port + "' is not a port");
                }
            }
        }
        this.anyPort = any;
        this.client = client(config);
        this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "crosscheck-fetch-deadlines");
            t.setDaemon(true);
            return t;
        });
        if (config.userAgent().contains(".invalid") && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.warn("crosscheck.fetch.user-agent still names the placeholder contact address; set it to a URL or "
                    + "e-mail where site owners can reach you (docs/operations.md, \"Fetching\")");
        }
    }

    /** Never used: every request names the address to connect to. Refusing here makes sure of it. */
    private static final DnsResolver NO_DNS = new DnsResolver() {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            throw new UnknownHostException("the fetcher resolves names itself (" + host + ")");
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            throw new UnknownHostException("the fetcher resolves names itself (" + host + ")");
        }
    };

    private static CloseableHttpClient client(FetchConfig config) {
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(NO_DNS)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(timeout(config.connectTimeout()))
                        .setSocketTimeout(timeout(config.readTimeout())).build())
                .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(timeout(config.readTimeout())).build())
                .setMaxConnTotal(config.maxConnections())
                .setMaxConnPerRoute(Math.max(1, config.maxPerHost()))
                .build();
        return HttpClients.custom()
                .setConnectionManager(connections)
                .setUserAgent(config.userAgent())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableAutomaticRetries()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(timeout(config.readTimeout()))
                        .setConnectionRequestTimeout(timeout(config.totalTimeout())).build())
                .build();
    }

    /** The address rules, for checks made before a job is queued. */
    public AddressPolicy policy() {
        return policy;
    }

    /**
     * Checks what can be checked without the network (URL rules, an IP literal's address and port), so
     * a client hears at once (422) what would certainly be refused.
     */
    public Target precheck(String url) {
        Target target = UrlRules.check(url);
        if (target.literal() != null) {
            InetAddress address = AddressPolicy.address(target.literal());
            checkAddress(target, List.of(address));
        }
        return target;
    }

    /** GETs {@code url} as {@code kind}, conditionally when {@code validators} are given. */
    public Fetched get(String url, ContentKind kind, Validators validators) {
        long deadline = System.nanoTime() + config.totalTimeout().toNanos();
        Target target = UrlRules.check(url);
        Set<String> seen = new LinkedHashSet<>();
        List<String> redirects = new ArrayList<>();
        for (int hop = 0; ; hop++) {
            if (!seen.add(target.url())) {
                throw FetchException.failed(Reason.REDIRECT_LOOP, "redirect loop: " + String.join(" → ", seen) + " → "
                        + target.url());
            }
            Hop answer = hop(target, kind, hop == 0 ? validators : Validators.NONE, deadline);
            if (answer.location == null) {
                Fetched f = answer.fetched;
                return new Fetched(url, target.url(), f.status(), f.notModified(), f.mediaType(), f.charset(), f.etag(),
                        f.lastModified(), f.contentLanguage(), f.body(), List.copyOf(redirects));
            }
            if (hop >= config.maxRedirects()) {
                throw FetchException.failed(Reason.TOO_MANY_REDIRECTS, url + " redirected more than "
                        + config.maxRedirects() + " times");
            }
            redirects.add(target.url());
            target = UrlRules.redirect(target, answer.location);
        }
    }

    /** One request: either a final answer or the Location of a redirect. */
    private record Hop(Fetched fetched, String location) {
    }

    private Hop hop(Target target, ContentKind kind, Validators validators, long deadline) {
        InetAddress address = resolve(target);
        HttpGet get = new HttpGet(target.pathAndQuery());
        get.setHeader("Accept", kind.accept());
        if (validators.etag() != null) {
            get.setHeader("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            get.setHeader("If-Modified-Since", validators.lastModified());
        }
        HttpHost host = new HttpHost(target.scheme(), address, target.host(), target.port());
        try (AutoCloseable turn = gate.enter(target.host(), deadline)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw timeout(target);
            }
            ScheduledFuture<?> cancel = deadlines.schedule(get::cancel, left, TimeUnit.NANOSECONDS);
            try (ClassicHttpResponse response = client.executeOpen(host, get, null)) {
                return answer(target, kind, validators, response, deadline);
            } finally {
                cancel.cancel(false);
            }
        } catch (FetchException e) {
            throw e;
        } catch (SocketTimeoutException e) {
            throw FetchException.failed(Reason.TIMEOUT, target.url() + " did not answer in time (" + e.getMessage() + ")");
        } catch (InterruptedException | InterruptedIOException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw get.isCancelled() || System.nanoTime() >= deadline ? timeout(target) : interrupted(e, target);
        } catch (SSLException e) {
            throw FetchException.failed(Reason.CONNECTION, "secure connection to " + target.host() + " failed: "
                    + e.getMessage());
        } catch (ConnectException e) {
            throw FetchException.failed(Reason.CONNECTION, "could not connect to " + target.host() + ":" + target.port());
        } catch (IOException e) {
            if (get.isCancelled() || System.nanoTime() >= deadline) {
                throw timeout(target);
            }
            throw FetchException.failed(Reason.CONNECTION, "the connection to " + target.host() + " failed: "
                    + e.getMessage());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Hop answer(Target target, ContentKind kind, Validators validators, ClassicHttpResponse response,
            long deadline) throws IOException {
        int status = response.getCode();
        if (REDIRECTS.contains(status)) {
            Header location = response.getFirstHeader("Location");
            if (location == null || location.getValue().isBlank()) {
                throw FetchException.failed(Reason.HTTP_STATUS, target.url() + " answered " + status
                        + " without saying where to (no Location)");
            }
            return new Hop(null, location.getValue());
        }
        String etag = header(response, "ETag");
        String lastModified = header(response, "Last-Modified");
        if (status == 304 && validators.any()) {
            return new Hop(new Fetched(null, target.url(), 304, true, null, null,
                    etag == null ? validators.etag() : etag, lastModified == null ? validators.lastModified() : lastModified,
                    null, new byte[0], List.of()), null);
        }
        if (status < 200 || status > 299) {
            throw FetchException.status(status, target.url(), retryAfter(header(response, "Retry-After")));
        }
        HttpEntity entity = response.getEntity();
        ContentType type = contentType(entity == null ? null : entity.getContentType());
        String mediaType = type == null ? null : type.getMimeType().toLowerCase(Locale.ROOT);
        kind.checkDeclared(mediaType, target.url());
        byte[] body = entity == null ? new byte[0] : read(entity, target, deadline);
        kind.checkBody(mediaType, body, target.url());
        String charset = type == null || type.getParameter("charset") == null ? null : type.getParameter("charset").trim();
        return new Hop(new Fetched(null, target.url(), status, false, mediaType, charset, etag, lastModified,
                header(response, "Content-Language"), body, List.of()), null);
    }

    /** Reads the body, counting decompressed bytes; one byte over the cap ends the fetch. */
    private byte[] read(HttpEntity entity, Target target, long deadline) throws IOException {
        int cap = config.maxBytes();
        long declared = entity.getContentLength();
        if (declared > cap) {
            throw tooLarge(target, cap);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 8192), cap));
        byte[] buffer = new byte[16384];
        try (InputStream in = entity.getContent()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (out.size() + n > cap) {
                    throw tooLarge(target, cap);
                }
                out.write(buffer, 0, n);
                if (System.nanoTime() >= deadline) {
                    throw timeout(target);
                }
            }
        }
        return out.toByteArray();
    }

    /** Resolves the host once and checks every address; returns the one to connect to. */
    private InetAddress resolve(Target target) {
        List<InetAddress> addresses;
        if (target.literal() != null) {
            addresses = List.of(AddressPolicy.address(target.literal()));
        } else {
            try {
                addresses = resolver.resolve(target.host());
            } catch (UnknownHostException e) {
                throw FetchException.failed(Reason.UNRESOLVED, "the host " + target.host() + " could not be resolved");
            }
            if (addresses == null || addresses.isEmpty()) {
                throw FetchException.failed(Reason.UNRESOLVED, "the host " + target.host() + " has no address");
            }
        }
        checkAddress(target, addresses);
        return addresses.get(0);
    }

    /**
     * Every address must pass (a name answering one public and one private address is refused: that
     * is a rebinding trick), and the port must be allowed unless the allow-list names the address.
     */
    private void checkAddress(Target target, List<InetAddress> addresses) {
        for (InetAddress address : addresses) {
            Optional<AddressPolicy.Refusal> refusal = policy.check(address);
            if (refusal.isPresent()) {
                throw FetchException.refused(Reason.ADDRESS, target.host().equals(address.getHostAddress())
                        ? refusal.get().message() : target.host() + " resolves to " + refusal.get().message());
            }
        }
        boolean listed = addresses.stream().allMatch(policy::allowListed);
        if (!listed && !UrlRules.portAllowed(target, extraPorts, anyPort)) {
            throw FetchException.refused(Reason.PORT, "port " + target.port() + " is not allowed; only 80, 443"
                    + (extraPorts.isEmpty() ? "" : " and " + extraPorts) + " (crosscheck.fetch.allowed-ports)");
        }
    }

    private FetchException tooLarge(Target target, int cap) {
        return FetchException.failed(Reason.TOO_LARGE, target.url() + " is larger than " + cap
                + " bytes (crosscheck.fetch.max-bytes)");
    }

    private FetchException timeout(Target target) {
        return FetchException.failed(Reason.TIMEOUT, "fetching " + target.url() + " took longer than "
                + config.totalTimeout().toSeconds() + " s (crosscheck.fetch.total-timeout)");
    }

    private static FetchException interrupted(Exception e, Target target) {
        return FetchException.failed(Reason.CONNECTION, "fetching " + target.url() + " was interrupted");
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        if (h == null || h.getValue() == null || h.getValue().isBlank()) {
            return null;
        }
        String v = h.getValue().trim();
        return v.length() > 500 ? null : v;
    }

    private static ContentType contentType(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return ContentType.parseLenient(header);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Retry-After as seconds (a number, or an HTTP date), or null. */
    static Long retryAfter(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Math.max(0, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            try {
                long seconds = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)).toSeconds();
                return Math.max(0, seconds);
            } catch (DateTimeParseException ex) {
                return null;
            }
        }
    }

    private static Timeout timeout(Duration d) {
        return Timeout.ofMilliseconds(Math.max(1, d.toMillis()));
    }

    @PreDestroy
    void close() {
        deadlines.shutdownNow();
        try {
            client.close();
        } catch (IOException e) {
            LOG.debug("closing the fetch client", e);
        }
    }
}
