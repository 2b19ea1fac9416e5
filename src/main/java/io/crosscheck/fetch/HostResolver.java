package io.crosscheck.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into addresses. The fetcher asks it once per request, checks every address it
 * gives, and connects to one of those very addresses: the HTTP client never resolves names itself, so a
 * second, different DNS answer (rebinding) cannot reach the connection.
 */
public interface HostResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
