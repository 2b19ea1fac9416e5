package io.crosscheck.transfer;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.FieldError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides how an import file's bytes become text, in this order: a byte-order mark (UTF-8, UTF-16,
 * UTF-32) wins, as browsers do; else the {@code charset} of the Content-Type (except that a file
 * labelled Windows-1252 or ISO-8859-1 whose bytes are valid UTF-8 beyond ASCII is read as UTF-8:
 * clients add that label by default, and Latin-1 text practically never forms UTF-8 sequences); else UTF-8 when the
 * whole file is valid UTF-8; else ICU's detector, trusted only for the Western European single-byte
 * family (Windows-1252, ISO-8859-1), which is what spreadsheets on a newsroom desk write, and for
 * UTF-16. Anything else is refused with a 400 that asks for the charset: a wrong guess would corrupt
 * every accent silently. ISO-8859-1 is read as Windows-1252, its superset for printable text (as the
 * WHATWG Encoding Standard has browsers do).
 */
final class ImportCharsets {

    /** How a file is decoded: the charset, the byte-order mark to skip, and how the charset was chosen. */
    record Encoding(Charset charset, int bomBytes, String source) {

        Reader open(Path file) throws IOException {
            InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 64 * 1024);
            in.skipNBytes(bomBytes);
            return new StrictReader(in, charset);
        }
    }

    static final String BOM = "byte-order mark";
    static final String DECLARED = "declared";
    static final String DETECTED = "detected";
    static final String DEFAULT = "default";

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Bytes of non-ASCII lines handed to the detector: enough for its statistics, bounded whatever the file. */
    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final int MIN_CONFIDENCE = 10;

    private ImportCharsets() {
    }

    static Encoding decide(Path file, String declared) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        Encoding bom = bom(head, n);
        if (bom != null) {
            return bom;
        }
        Charset named = declared == null ? null : named(declared);
        if (named != null && !named.equals(WINDOWS_1252)) {
            return new Encoding(named, 0, DECLARED);
        }
        Utf8 utf8 = utf8(file);
        if (named != null) {
            // Clients label text as ISO-8859-1 by default (HTTP/1.1's old default); bytes that are valid UTF-8
            // with multi-byte sequences are UTF-8 (Latin-1 text almost never forms them), and reading them as
            // Windows-1252 would turn every accent into two wrong letters without a trace.
            return utf8.badLine() == 0 && utf8.nonAscii() ? new Encoding(StandardCharsets.UTF_8, 0, DETECTED)
                    : new Encoding(named, 0, DECLARED);
        }
        int badLine = utf8.badLine();
        if (badLine == 0) {
            return new Encoding(StandardCharsets.UTF_8, 0, DEFAULT);
        }
        CharsetMatch[] matches = detector(sample(file)).detectAll();
        CharsetMatch best = matches.length == 0 ? null : matches[0];
        if (best != null && best.getConfidence() >= MIN_CONFIDENCE) {
            String name = best.getName().toUpperCase(Locale.ROOT);
            if (name.equals("WINDOWS-1252") || name.equals("ISO-8859-1")) {
                return new Encoding(WINDOWS_1252, 0, DETECTED);
            }
            if (name.equals("UTF-16LE") || name.equals("UTF-16BE")) {
                return new Encoding(Charset.forName(name), 0, DETECTED);
            }
        }
        String guess = best == null ? "" : " (it looks like " + best.getName() + ", but that is only a guess)";
        String message = "line " + badLine + " is not UTF-8 and the file's encoding could not be recognised"
                + guess + "; declare it in the Content-Type, e.g. text/csv; charset=windows-1252";
        throw new ApiException(400, "Invalid request", "The file cannot be read as text: " + message + ".",
                List.of(new FieldError("line " + badLine, message)), Map.of());
    }

    /** The charset named in a Content-Type, or a 400 naming the parameter. */
    static Charset named(String name) {
        Charset charset;
        try {
            charset = Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw ApiException.invalid("charset", "'" + name + "' is not a character set this server can read; "
                    + "use UTF-8, UTF-16 or windows-1252");
        }
        return charset.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : charset;
    }

    private static Encoding bom(byte[] b, int n) {
        if (n >= 4 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0) {
            return new Encoding(Charset.forName("UTF-32LE"), 4, BOM);
        }
        if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF) {
            return new Encoding(Charset.forName("UTF-32BE"), 4, BOM);
        }
        if (n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3, BOM);
        }
        if (n >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2, BOM);
        }
        if (n >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2, BOM);
        }
        return null;
    }

    /** Where a file stops being UTF-8 (0: it is UTF-8 throughout), and whether it holds anything but ASCII. */
    private record Utf8(int badLine, boolean nonAscii) {
    }

    /**
     * Reads the file as UTF-8. Characters that are valid UTF-8 but refused (U+FFFD, NUL) do not count
     * against it: the strict read reports them, once the charset is settled.
     */
    private static Utf8 utf8(Path file) throws IOException {
        boolean nonAscii = false;
        try (Reader reader = new StrictReader(new java.io.BufferedInputStream(Files.newInputStream(file), 64 * 1024),
                StandardCharsets.UTF_8)) {
            char[] buffer = new char[16 * 1024];
            int n;
            while ((n = reader.read(buffer)) >= 0) {
                for (int i = 0; i < n && !nonAscii; i++) {
                    nonAscii = buffer[i] > 0x7F;
                }
            }
            return new Utf8(0, nonAscii);
        } catch (StrictReader.UndecodableTextException e) {
            return new Utf8(e.malformed ? e.line : 0, true);
        }
    }

    /** The lines holding non-ASCII bytes, up to {@link #SAMPLE_BYTES}: what tells single-byte charsets apart. */
    private static byte[] sample(Path file) throws IOException {
        ByteArrayOutputStream sample = new ByteArrayOutputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean nonAscii = false;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            int b;
            while (sample.size() < SAMPLE_BYTES && (b = in.read()) >= 0) {
                line.write(b);
                nonAscii |= b >= 0x80;
                if (b == '\n' || line.size() >= SAMPLE_BYTES) {
                    if (nonAscii) {
                        line.writeTo(sample);
                    }
                    line.reset();
                    nonAscii = false;
                }
            }
        }
        if (nonAscii) {
            line.writeTo(sample);
        }
        return sample.toByteArray();
    }

    private static CharsetDetector detector(byte[] sample) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(sample);
        return detector;
    }
}
