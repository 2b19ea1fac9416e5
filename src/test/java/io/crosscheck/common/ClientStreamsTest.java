package io.crosscheck.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A streamed download stops at its next write once the client has gone, and not before. */
class ClientStreamsTest {

    @Test
    void shouldPassEveryByteThroughWhileTheClientIsThere() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        OutputStream out = ClientStreams.untilClientLeaves(sink, () -> false);
        out.write('a');
        out.write("bcd".getBytes(StandardCharsets.UTF_8), 1, 2);
        out.flush();
        assertArrayEquals("acd".getBytes(StandardCharsets.UTF_8), sink.toByteArray());
    }

    @Test
    void shouldFailTheNextWriteAndFlushOnceTheClientHasGone() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        AtomicBoolean gone = new AtomicBoolean();
        OutputStream out = ClientStreams.untilClientLeaves(sink, gone::get);
        out.write(new byte[64 * 1024]);
        gone.set(true);
        assertThrows(ClientStreams.ClientGoneException.class, () -> out.write(new byte[64 * 1024]));
        assertThrows(ClientStreams.ClientGoneException.class, () -> out.write('x'));
        assertThrows(ClientStreams.ClientGoneException.class, out::flush);
        assertArrayEquals(new byte[64 * 1024], sink.toByteArray(), "nothing written after the client left");
    }
}
