package io.crosscheck.fetch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Fetching pages and feeds from the web ({@code crosscheck.fetch.*}); every key is in docs/operations.md. */
@ConfigMapping(prefix = "crosscheck.fetch")
public interface FetchConfig {

    /**
     * Sent with every request: names Crosscheck and where its operator can be reached. The default's
     * contact address is a placeholder (".invalid"); set your own (a warning is logged until you do).
     */
    @WithDefault("Crosscheck/0.1 (fact-checking tracker; +https://crosscheck.invalid/fetcher)")
    String userAgent();

    /** Time to open a TCP (and TLS) connection. */
    @WithDefault("PT5S")
    Duration connectTimeout();

    /** Longest silence while waiting for the answer or between two reads of its body. */
    @WithDefault("PT10S")
    Duration readTimeout();

    /** Longest time one fetch may take, redirects, waiting for the host and the whole body included. */
    @WithDefault("PT30S")
    Duration totalTimeout();

    /** Largest page read, counted on the (decompressed) stream; a larger one is refused. */
    @WithDefault("4194304")
    int maxBytes();

    /** Redirects followed before giving up; every hop is checked like the first. */
    @WithDefault("5")
    int maxRedirects();

    /** Ports allowed besides 80 (http) and 443 (https); "*" allows every port. */
    Optional<List<String>> allowedPorts();

    /**
     * Addresses (IPs or CIDR ranges) fetched even though they are loopback, private, link-local or
     * otherwise refused; any port is allowed on them. Empty by default.
     */
    Optional<List<String>> allow();

    /** Further addresses (IPs or CIDR ranges) never fetched, on top of the built-in ones. */
    Optional<List<String>> deny();

    /** Requests to one host at a time from this instance. */
    @WithDefault("2")
    int maxPerHost();

    /** Least time between the starts of two requests to one host from this instance. */
    @WithDefault("PT1S")
    Duration perHostInterval();

    /** Connections this instance keeps open at most, all hosts together. */
    @WithDefault("20")
    int maxConnections();
}
