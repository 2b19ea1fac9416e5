package io.crosscheck.common;

import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.BooleanSupplier;

/**
 * Streamed responses that stop when their client leaves. Writing to a connection the client has closed
 * does not fail here: the bytes are dropped and the writer goes on, so an export of a million claims
 * abandoned after its first byte still read the whole store (its cursors open, a worker thread busy)
 * for minutes, and each abandoned download added one more. The stream checks the connection on every
 * write (a 64 KB buffer reaches it at a time) and throws {@link ClientGoneException}, which ends the
 * work, closes its cursors and rolls its transaction back.
 */
public final class ClientStreams {

    /** The client closed the connection while its response was streamed; nothing is left to answer. */
    public static final class ClientGoneException extends IOException {
        ClientGoneException() {
            super("The client closed the connection; the response was abandoned");
        }
    }

    private ClientStreams() {
    }

    /** {@code body}, writing to a stream that fails once {@code response}'s connection is closed. */
    public static StreamingOutput untilClientLeaves(HttpServerResponse response, StreamingOutput body) {
        return out -> body.write(untilClientLeaves(out, response::closed));
    }

    /** {@code out}, failing with {@link ClientGoneException} at the first write or flush after {@code gone}. */
    public static OutputStream untilClientLeaves(OutputStream out, BooleanSupplier gone) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                check();
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                check();
                out.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                check();
                out.flush();
            }

            private void check() throws ClientGoneException {
                if (gone.getAsBoolean()) {
                    throw new ClientGoneException();
                }
            }
        };
    }
}
