package io.crosscheck.figure;

/** Thrown by {@link FigureParser} when a text is not a figure; the message says why in plain English. */
public class FigureParseException extends RuntimeException {

    public FigureParseException(String message) {
        super(message);
    }
}
