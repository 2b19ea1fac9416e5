package io.crosscheck.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 address block in CIDR notation ("10.0.0.0/8", "fe80::/10", "127.0.0.1"). */
public record IpRange(byte[] network, int prefix) {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    /**
     * Parses a block written as an address literal, optionally with "/prefix". Only literals are
     * accepted (never a host name), so parsing never consults DNS.
     */
    public static IpRange parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        String address = slash < 0 ? t : t.substring(0, slash);
        byte[] bytes = literal(address);
        if (bytes == null) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address or CIDR range");
        }
        int prefix = bytes.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(t.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' has no valid prefix length");
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("'" + text + "' has a prefix length out of range");
            }
        }
        return new IpRange(bytes, prefix);
    }

    /** The bytes of an IPv4 dotted quad or an IPv6 literal (brackets allowed), or null if it is neither. */
    static byte[] literal(String address) {
        String a = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (IPV4.matcher(a).matches()) {
            byte[] out = new byte[4];
            String[] parts = a.split("\\.");
            for (int i = 0; i < 4; i++) {
                int v = Integer.parseInt(parts[i]);
                if (v > 255 || parts[i].length() > 1 && parts[i].startsWith("0")) {
                    return null; // leading zeros read as octal by some resolvers: ambiguous, refused
                }
                out[i] = (byte) v;
            }
            return out;
        }
        if (a.indexOf(':') >= 0) {
            return ipv6(a.replaceFirst("%[A-Za-z0-9_.-]+$", ""));
        }
        return null;
    }

    /** The 16 bytes of an IPv6 literal ("::" and an IPv4 tail allowed), or null; no lookup, no conversion. */
    private static byte[] ipv6(String a) {
        if (!a.matches("[0-9A-Fa-f:.]+")) {
            return null;
        }
        byte[] v4 = null;
        String s = a;
        if (s.indexOf('.') >= 0) {
            int colon = s.lastIndexOf(':');
            v4 = colon < 0 ? null : literal(s.substring(colon + 1));
            if (v4 == null || v4.length != 4) {
                return null;
            }
            s = s.substring(0, colon + 1) + "0:0"; // the IPv4 tail fills the last two groups
        }
        int gap = s.indexOf("::");
        if (gap != s.lastIndexOf("::")) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (gap < 0) {
            parts.addAll(List.of(s.split(":", -1)));
        } else {
            String left = s.substring(0, gap);
            String right = s.substring(gap + 2);
            List<String> l = left.isEmpty() ? List.of() : List.of(left.split(":", -1));
            List<String> r = right.isEmpty() ? List.of() : List.of(right.split(":", -1));
            if (l.size() + r.size() > 7) {
                return null;
            }
            parts.addAll(l);
            for (int i = l.size() + r.size(); i < 8; i++) {
                parts.add("0");
            }
            parts.addAll(r);
        }
        if (parts.size() != 8) {
            return null;
        }
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            String g = parts.get(i);
            if (g.isEmpty() || g.length() > 4) {
                return null;
            }
            int v = Integer.parseInt(g, 16);
            out[2 * i] = (byte) (v >> 8);
            out[2 * i + 1] = (byte) v;
        }
        if (v4 != null) {
            System.arraycopy(v4, 0, out, 12, 4);
        }
        return out;
    }

    public boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (address[full] & mask) == (network[full] & mask);
    }

    public boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpRange r && r.prefix == prefix && Arrays.equals(r.network, network);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(network) * 31 + prefix;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
