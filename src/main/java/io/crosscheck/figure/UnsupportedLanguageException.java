package io.crosscheck.figure;

/**
 * The figure engine was asked to read or write a language it has no pack for. Such text is refused, never
 * read with another language's conventions (a German "1.600" is 1600, not 1.6). A {@link FigureParseException}
 * so that callers that already refuse unreadable figures refuse these too; the API answers 400 on "lang".
 */
public class UnsupportedLanguageException extends FigureParseException {

    private final String lang;

    public UnsupportedLanguageException(String lang, java.util.List<String> supported) {
        super("no figure language pack for '" + lang + "': the engine reads " + String.join(", ", supported)
                + " (or leave the language out to have it detected)");
        this.lang = lang;
    }

    /** The tag as given. */
    public String lang() {
        return lang;
    }
}
