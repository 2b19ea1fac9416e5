package io.crosscheck.page;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a fetched page. The byte-order mark wins, then the Content-Type header, then a {@code <meta>}
 * (or XML) declaration — unless the bytes contradict it: bytes that are valid UTF-8 with non-ASCII
 * sequences are UTF-8 whatever a single-byte label says (the usual lie: "ISO-8859-1" over UTF-8),
 * and bytes that are not valid UTF-8 under a UTF-8 label are detected (ICU4J). Without any declaration,
 * valid UTF-8 is UTF-8 and anything else is detected. ISO-8859-1 and US-ASCII labels are read as
 * windows-1252, as browsers do. Plain Java.
 */
public final class PageDecoder {

    /** Bytes looked at for a meta declaration (HTML's prescan looks at 1024; pages with long heads need more). */
    private static final int PRESCAN = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PageDecoder() {
    }

    public static Decoded decode(byte[] bytes, String headerCharset) {
        Decoded bom = byBom(bytes);
        if (bom != null) {
            return bom;
        }
        Charset header = charset(headerCharset);
        Charset meta = charset(declared(bytes));
        Charset declared = header != null ? header : meta;
        String source = header != null ? "header" : "meta";
        boolean utf8 = validUtf8(bytes);
        boolean ascii = ascii(bytes);
        if (declared == null) {
            if (utf8) {
                return new Decoded(text(bytes, StandardCharsets.UTF_8), "UTF-8",
                        ascii ? "none declared; the bytes are ASCII" : "none declared; the bytes are valid UTF-8");
            }
            return detected(bytes, "none declared");
        }
        if (isUtf8(declared)) {
            if (utf8) {
                return new Decoded(text(bytes, StandardCharsets.UTF_8), "UTF-8", source);
            }
            return detected(bytes, "the " + source + " says UTF-8 but the bytes are not valid UTF-8");
        }
        if (singleByte(declared) && utf8 && !ascii) {
            return new Decoded(text(bytes, StandardCharsets.UTF_8), "UTF-8", "the " + source + " says "
                    + declared.name() + " but the bytes are valid UTF-8");
        }
        if (header != null && meta != null && !header.equals(meta) && isUtf8(meta) && utf8) {
            return new Decoded(text(bytes, StandardCharsets.UTF_8), "UTF-8", "the header says " + header.name()
                    + ", the page says UTF-8, and the bytes are valid UTF-8");
        }
        Charset used = windows1252IfLatin(declared);
        return new Decoded(text(bytes, used), used.name(), source + (used.equals(declared) ? "" : " (" + declared.name()
                + ", read as windows-1252 as browsers do)"));
    }

    private static Decoded byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(text(b, 3, StandardCharsets.UTF_8), "UTF-8", "byte-order mark");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(text(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE", "byte-order mark");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(text(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE", "byte-order mark");
        }
        return null;
    }

    private static Decoded detected(byte[] bytes, String why) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes.length > 65536 ? java.util.Arrays.copyOf(bytes, 65536) : bytes);
        CharsetMatch match = detector.detect();
        Charset found = match == null || match.getConfidence() < 10 ? null : charset(match.getName());
        if (found == null) {
            found = WINDOWS_1252;
        }
        found = windows1252IfLatin(found);
        return new Decoded(text(bytes, found), found.name(), why + "; detected " + found.name()
                + (match == null ? "" : " (confidence " + match.getConfidence() + ")"));
    }

    /** The charset a {@code <meta>} or XML declaration in the first bytes names, or null. */
    static String declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return xml.group(1);
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? meta.group(1) : null;
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.trim().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isUtf8(Charset c) {
        return c.equals(StandardCharsets.UTF_8);
    }

    private static boolean singleByte(Charset c) {
        return c.canEncode() && c.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    private static Charset windows1252IfLatin(Charset c) {
        String n = c.name().toUpperCase(Locale.ROOT);
        return n.equals("ISO-8859-1") || n.equals("US-ASCII") ? WINDOWS_1252 : c;
    }

    static boolean validUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean ascii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] bytes, Charset charset) {
        return text(bytes, 0, charset);
    }

    private static String text(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }
}
