package io.crosscheck.fetch;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The resolver of the test suite: it knows only the names tests give it (never the network), and a
 * name may answer differently on each question, as a rebinding DNS server would.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestHostResolver implements HostResolver {

    private static final Map<String, Deque<List<InetAddress>>> ANSWERS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> QUESTIONS = new ConcurrentHashMap<>();

    /** {@code name} answers {@code addresses} (IP literals) every time. */
    public static void always(String name, String... addresses) {
        Deque<List<InetAddress>> answers = new ArrayDeque<>();
        answers.add(parse(addresses));
        ANSWERS.put(name, answers);
        QUESTIONS.remove(name);
    }

    /** {@code name} answers each list once, in order, then keeps answering the last one. */
    @SafeVarargs
    public static void inTurn(String name, List<String>... answers) {
        Deque<List<InetAddress>> queue = new ArrayDeque<>();
        for (List<String> a : answers) {
            queue.add(parse(a.toArray(String[]::new)));
        }
        ANSWERS.put(name, queue);
        QUESTIONS.remove(name);
    }

    /** How many times {@code name} was resolved since it was registered. */
    public static int questions(String name) {
        AtomicInteger n = QUESTIONS.get(name);
        return n == null ? 0 : n.get();
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        QUESTIONS.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
        Deque<List<InetAddress>> answers = ANSWERS.get(host);
        if (answers == null) {
            throw new UnknownHostException(host + " is not known to the test resolver");
        }
        synchronized (answers) {
            return answers.size() > 1 ? answers.poll() : answers.peek();
        }
    }

    private static List<InetAddress> parse(String... addresses) {
        return java.util.Arrays.stream(addresses).map(a -> {
            byte[] bytes = IpRange.literal(a);
            if (bytes == null) {
                throw new IllegalArgumentException(a + " is not an IP literal");
            }
            return AddressPolicy.address(bytes);
        }).toList();
    }
}
