package io.crosscheck.figure;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Repairs UTF-8 text that was decoded as Windows-1252, Windows-1250 or Latin-1 ("Ã©", "Ă©", "â€™").
 *
 * <p>Works run by run (maximal runs of non-ASCII characters, which is where mojibake lives): a run is
 * encoded back to bytes with each candidate charset and the valid UTF-8 sequences in those bytes are
 * decoded. A run is repaired only when (1) every candidate charset that can encode it gives the same
 * result and (2) every decoded character is a Latin letter, a Latin-1 sign or common punctuation, so
 * that legitimate text ("café »") is never turned into something else. Runs that still look like
 * mojibake afterwards are reported as suspected and left alone.
 */
final class MojibakeRepair {

    record Outcome(String text, boolean repaired, boolean suspected) {
    }

    private static final List<Map<Character, Byte>> TABLES = List.of(table(Charset.forName("windows-1252")),
            table(Charset.forName("windows-1250")), table(StandardCharsets.ISO_8859_1));
    private static final Pattern SUSPECT = Pattern.compile(
            "[ÃÂĂ][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
            + "\\u2013-\\u203A\\u20AC\\u2122\\u0102-\\u017E]|â€|[ÃĂ] ");

    private MojibakeRepair() {
    }

    static Outcome repair(String text) {
        String t = text;
        boolean repaired = false;
        // Two passes repair text that went through the wrong decoding twice ("ÃƒÂ©").
        for (int pass = 0; pass < 2; pass++) {
            String next = onePass(t);
            if (next.equals(t)) {
                break;
            }
            t = next;
            repaired = true;
        }
        return new Outcome(t, repaired, SUSPECT.matcher(t).find());
    }

    private static String onePass(String s) {
        StringBuilder out = null;
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (s.charAt(i) < 0x80) {
                if (out != null) {
                    out.append(s.charAt(i));
                }
                i++;
                continue;
            }
            int j = i;
            while (j < n && s.charAt(j) >= 0x80) {
                j++;
            }
            String run = s.substring(i, j);
            String fixed = j - i >= 2 ? fixRun(run) : null;
            if (fixed != null && out == null) {
                out = new StringBuilder(n).append(s, 0, i);
            }
            if (out != null) {
                out.append(fixed != null ? fixed : run);
            }
            i = j;
        }
        return out == null ? s : out.toString();
    }

    /** The single unambiguous repair of a run, or null. */
    private static String fixRun(String run) {
        String agreed = null;
        for (Map<Character, Byte> table : TABLES) {
            byte[] bytes = encode(run, table);
            if (bytes == null) {
                continue;
            }
            String candidate = decodeValidSequences(run, bytes);
            if (candidate == null) {
                continue;
            }
            if (agreed != null && !agreed.equals(candidate)) {
                return null;
            }
            agreed = candidate;
        }
        return agreed;
    }

    /**
     * Encodes a run back to the bytes it was decoded from, or null if a character has no byte in
     * that charset. C1 controls map to their own byte value, as lenient decoders leave them.
     */
    private static byte[] encode(String run, Map<Character, Byte> table) {
        byte[] b = new byte[run.length()];
        for (int i = 0; i < run.length(); i++) {
            Byte v = table.get(run.charAt(i));
            if (v == null) {
                return null;
            }
            b[i] = v;
        }
        return b;
    }

    private static Map<Character, Byte> table(Charset cs) {
        Map<Character, Byte> t = new HashMap<>();
        for (int v = 0x80; v <= 0xFF; v++) {
            String c = new String(new byte[] {(byte) v}, cs);
            if (c.length() == 1 && c.charAt(0) != '\uFFFD') {
                t.put(c.charAt(0), (byte) v);
            }
        }
        for (int v = 0x80; v <= 0x9F; v++) {
            t.putIfAbsent((char) v, (byte) v);
        }
        return Map.copyOf(t);
    }

    /** Decodes the valid UTF-8 multi-byte sequences; other bytes keep their original character. */
    private static String decodeValidSequences(String run, byte[] b) {
        StringBuilder sb = new StringBuilder(run.length());
        boolean any = false;
        int i = 0;
        while (i < b.length) {
            int lead = b[i] & 0xFF;
            int len = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : 0;
            int cp = len == 2 ? lead & 0x1F : lead & 0x0F;
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                int c = b[i + k] & 0xFF;
                ok = (c & 0xC0) == 0x80;
                cp = (cp << 6) | (c & 0x3F);
            }
            if (ok && (len == 3 && cp < 0x800 || !plausible(cp))) {
                ok = false;
            }
            if (ok) {
                sb.appendCodePoint(cp);
                any = true;
                i += len;
            } else {
                sb.append(run.charAt(i));
                i++;
            }
        }
        return any ? sb.toString() : null;
    }

    /** Characters mojibake in French and English news decodes to: Latin letters, signs, punctuation. */
    private static boolean plausible(int cp) {
        return (cp >= 0xA0 && cp <= 0x24F) || (cp >= 0x2010 && cp <= 0x203A) || cp == 0x20AC || cp == 0x2122
                || cp == 0x202F || cp == 0x2026;
    }
}
