package io.crosscheck.common;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read from a request body and throws {@link BodyTooLargeException} as soon as
 * they pass the limit, whatever the headers said: the limit holds on the stream, chunked or not.
 */
public final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;
    private boolean exceeded;

    public LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Bytes read so far. */
    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /**
     * Closes the body, except once it passed the limit: closing a request body stream reads it to its end
     * (so that the connection can be reused), which would take in the whole oversized body, or wait for
     * a client that never ends it, before the 413 goes out. The connection is closed after the answer
     * instead ({@link ProblemMappers}).
     */
    @Override
    public void close() throws IOException {
        if (!exceeded) {
            super.close();
        }
    }

    private void counted(long n) throws BodyTooLargeException {
        count += n;
        if (count > limit) {
            exceeded = true;
            throw new BodyTooLargeException(limit);
        }
    }
}
