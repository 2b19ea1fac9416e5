package io.crosscheck.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Decodes an import file strictly, counting lines: bytes that are not text in the charset, and
 * characters that only a damaged or misread file holds (U+FFFD, the replacement character that a
 * lenient decoder leaves where it failed; U+0000), end the read with an {@link UndecodableTextException}
 * naming the line. Nothing is ever replaced silently.
 */
final class StrictReader extends Reader {

    /** Text that cannot be imported, and the line (from 1) where it is. */
    static final class UndecodableTextException extends IOException {
        final int line;
        /** Whether bytes were not text in the charset (rather than text holding a refused character). */
        final boolean malformed;

        UndecodableTextException(int line, boolean malformed, String message) {
            super(message);
            this.line = line;
            this.malformed = malformed;
        }
    }

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
    private int line = 1;
    private boolean eof;
    private boolean done;

    StrictReader(InputStream in, Charset charset) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    /** The line the reader is on (lines are counted at each line feed). */
    int line() {
        return line;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    private boolean fill() throws IOException {
        if (done) {
            return false;
        }
        chars.clear();
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, eof);
            if (result.isError()) {
                scan(chars.position());
                throw new UndecodableTextException(line, true, "line " + line + ": the bytes " + hex(result.length())
                        + " are not " + charset.name() + " text" + hint());
            }
            if (result.isOverflow()) {
                break;
            }
            if (eof) {
                decoder.flush(chars);
                done = true;
                break;
            }
            if (chars.position() > 0) {
                break;
            }
            more();
        }
        scan(chars.position());
        chars.flip();
        return chars.hasRemaining();
    }

    private void more() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /** Counts the lines of the characters just decoded and refuses the ones no sound file holds. */
    private void scan(int end) throws UndecodableTextException {
        char[] array = chars.array();
        for (int i = 0; i < end; i++) {
            char c = array[i];
            if (c == '\n') {
                line++;
            } else if (c == '\uFFFD') {
                throw new UndecodableTextException(line, false, "line " + line + ": holds U+FFFD, the replacement character "
                        + "a program leaves where it could not read a character; the text was damaged before it "
                        + "reached us (re-export the file from its original, or fix the line)");
            } else if (c == '\0') {
                throw new UndecodableTextException(line, false, "line " + line + ": holds a NUL character (U+0000)"
                        + (charset.equals(StandardCharsets.UTF_8) ? "; if the file is UTF-16 without a byte-order "
                                + "mark, declare it (charset=UTF-16LE or UTF-16BE)" : ""));
            }
        }
    }

    private String hex(int length) {
        int n = Math.min(Math.min(length, 4), bytes.remaining());
        byte[] shown = new byte[n];
        bytes.duplicate().get(shown);
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(shown);
    }

    private String hint() {
        return charset.equals(StandardCharsets.UTF_8)
                ? "; declare the file's charset in the Content-Type (e.g. text/csv; charset=windows-1252)" : "";
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
