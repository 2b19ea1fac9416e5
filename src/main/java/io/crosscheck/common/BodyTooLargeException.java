package io.crosscheck.common;

import java.io.IOException;

/**
 * A request body went past its limit while it was being read. An {@link IOException}, so that parsers
 * reading the stream (Jackson, CSV) pass it on unchanged; {@link ProblemMappers} answers it with a
 * 413 problem and closes the connection, since the rest of the body is not worth reading.
 */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("The body is larger than the limit of " + limit + " bytes for this address.");
    }
}
