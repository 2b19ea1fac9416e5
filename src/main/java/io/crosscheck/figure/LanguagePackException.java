package io.crosscheck.figure;

/** A language pack is missing, malformed or incomplete; the message names the file and the key. */
public class LanguagePackException extends RuntimeException {

    public LanguagePackException(String message) {
        super(message);
    }

    public LanguagePackException(String message, Throwable cause) {
        super(message, cause);
    }
}
