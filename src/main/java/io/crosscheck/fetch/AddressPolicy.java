package io.crosscheck.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses the fetcher may connect to. Everything that is not a public unicast address is
 * refused — loopback, private (RFC 1918), carrier-grade NAT, unique local, link-local, multicast,
 * unspecified, broadcast, reserved and documentation blocks, and the cloud metadata endpoints — and
 * IPv6 forms that embed an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by the address
 * they embed. The operator's allow-list lifts a refusal; the deny-list adds blocks. Plain Java.
 */
public final class AddressPolicy {

    /** Why an address is refused, in words a client can read. */
    public enum Category {
        METADATA("a cloud metadata endpoint"),
        LOOPBACK("a loopback address"),
        PRIVATE("a private address (RFC 1918)"),
        SHARED("a carrier-grade NAT address (RFC 6598)"),
        UNIQUE_LOCAL("an IPv6 unique local address (RFC 4193)"),
        LINK_LOCAL("a link-local address"),
        MULTICAST("a multicast address"),
        UNSPECIFIED("an unspecified or \"this network\" address"),
        BROADCAST("the broadcast address"),
        RESERVED("a reserved, documentation or special-purpose address"),
        DENIED("in the operator's deny-list (crosscheck.fetch.deny)");

        private final String words;

        Category(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** A refused address and why; {@code embedded} is the IPv4 address an IPv6 form carries, if any. */
    public record Refusal(InetAddress address, InetAddress embedded, Category category) {
        public String message() {
            return address.getHostAddress() + (embedded == null ? "" : " (which carries " + embedded.getHostAddress()
                    + ")") + " is " + category.words();
        }
    }

    private record Block(IpRange range, Category category) {
        static Block of(String cidr, Category category) {
            return new Block(IpRange.parse(cidr), category);
        }
    }

    /** Well-known instance metadata services; most sit in refused blocks anyway, Azure's is public. */
    private static final List<Block> METADATA = List.of(
            Block.of("169.254.169.254", Category.METADATA),   // AWS, GCP, Azure, OpenStack, Oracle
            Block.of("169.254.170.2", Category.METADATA),     // AWS ECS task metadata
            Block.of("168.63.129.16", Category.METADATA),     // Azure WireServer (a public address)
            Block.of("100.100.100.200", Category.METADATA),   // Alibaba Cloud
            Block.of("192.0.0.192", Category.METADATA),       // Oracle Cloud (legacy)
            Block.of("fd00:ec2::254", Category.METADATA));    // AWS IMDS over IPv6

    private static final List<Block> BUILT_IN = List.of(
            Block.of("0.0.0.0/8", Category.UNSPECIFIED),
            Block.of("10.0.0.0/8", Category.PRIVATE),
            Block.of("100.64.0.0/10", Category.SHARED),
            Block.of("127.0.0.0/8", Category.LOOPBACK),
            Block.of("169.254.0.0/16", Category.LINK_LOCAL),
            Block.of("172.16.0.0/12", Category.PRIVATE),
            Block.of("192.0.0.0/24", Category.RESERVED),
            Block.of("192.0.2.0/24", Category.RESERVED),
            Block.of("192.88.99.0/24", Category.RESERVED),
            Block.of("192.168.0.0/16", Category.PRIVATE),
            Block.of("198.18.0.0/15", Category.RESERVED),
            Block.of("198.51.100.0/24", Category.RESERVED),
            Block.of("203.0.113.0/24", Category.RESERVED),
            Block.of("224.0.0.0/4", Category.MULTICAST),
            Block.of("255.255.255.255/32", Category.BROADCAST),
            Block.of("240.0.0.0/4", Category.RESERVED),
            Block.of("::/128", Category.UNSPECIFIED),
            Block.of("::1/128", Category.LOOPBACK),
            Block.of("::/96", Category.RESERVED),              // IPv4-compatible, deprecated (RFC 4291)
            Block.of("64:ff9b:1::/48", Category.RESERVED),
            Block.of("100::/64", Category.RESERVED),
            Block.of("2001::/23", Category.RESERVED),          // IETF protocol assignments, Teredo (2001::/32) included
            Block.of("2001:db8::/32", Category.RESERVED),
            Block.of("3fff::/20", Category.RESERVED),
            Block.of("5f00::/16", Category.RESERVED),
            Block.of("fc00::/7", Category.UNIQUE_LOCAL),
            Block.of("fe80::/10", Category.LINK_LOCAL),
            Block.of("fec0::/10", Category.RESERVED),          // site-local, deprecated but still routed by some
            Block.of("ff00::/8", Category.MULTICAST));

    private final List<IpRange> allow;
    private final List<IpRange> deny;

    public AddressPolicy(List<IpRange> allow, List<IpRange> deny) {
        this.allow = List.copyOf(allow);
        this.deny = List.copyOf(deny);
    }

    /** Empty when the fetcher may connect to {@code address}; else why not. */
    public Optional<Refusal> check(InetAddress address) {
        byte[] bytes = address.getAddress();
        byte[] embedded = embeddedIpv4(bytes);
        if (allowListed(address)) {
            return Optional.empty();
        }
        InetAddress carried = embedded == null ? null : address(embedded);
        // The embedded address decides first: it is where a packet would end up, and the better reason.
        Optional<Category> category = embedded == null ? Optional.empty() : classify(embedded);
        if (category.isEmpty()) {
            category = classify(bytes);
        }
        if (category.isEmpty() && denied(bytes, embedded)) {
            category = Optional.of(Category.DENIED);
        }
        return category.map(c -> new Refusal(address, carried, c));
    }

    private boolean allowed(byte[] bytes) {
        return allow.stream().anyMatch(r -> r.contains(bytes));
    }

    /** Whether the operator's allow-list names this address (then any port may be used on it). */
    public boolean allowListed(InetAddress address) {
        byte[] embedded = embeddedIpv4(address.getAddress());
        return allowed(address.getAddress()) || embedded != null && allowed(embedded);
    }

    private boolean denied(byte[] bytes, byte[] embedded) {
        return deny.stream().anyMatch(r -> r.contains(bytes) || embedded != null && r.contains(embedded));
    }

    private static Optional<Category> classify(byte[] bytes) {
        for (Block block : METADATA) {
            if (block.range().contains(bytes)) {
                return Optional.of(block.category());
            }
        }
        for (Block block : BUILT_IN) {
            if (block.range().contains(bytes)) {
                return Optional.of(block.category());
            }
        }
        return Optional.empty();
    }

    /**
     * The IPv4 address inside an IPv6 address that carries one — IPv4-mapped (::ffff:a.b.c.d),
     * IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d), 6to4 (2002:aabb:ccdd::) — or null.
     */
    static byte[] embeddedIpv4(byte[] b) {
        if (b.length != 16) {
            return null;
        }
        if (zeros(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF
                || zeros(b, 0, 12) && !(zeros(b, 12, 15) && (b[15] & 0xFF) <= 1)
                || (b[0] & 0xFF) == 0 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B
                        && zeros(b, 4, 12)) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
            return new byte[] {b[2], b[3], b[4], b[5]};
        }
        return null;
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Parses configured ranges; a malformed entry stops start-up with a message naming it. */
    public static List<IpRange> ranges(Optional<List<String>> entries, String key) {
        return entries.orElse(List.of()).stream().filter(e -> !e.isBlank()).map(e -> {
            try {
                return IpRange.parse(e);
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(key + ": " + ex.getMessage(), ex);
            }
        }).toList();
    }

    static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
