package io.crosscheck.common;

/** Language tags accepted on input: a BCP 47 primary language with optional subtags ("fr", "en-GB"). */
public final class Languages {

    public static final String TAG = "[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}";
    public static final String TAG_MESSAGE = "must be a BCP 47 language tag such as fr or en-GB";

    private Languages() {
    }

    /**
     * The language the figure engine should read a text in: "fr" or "en" from a tag such as
     * "fr-CA", or null (detect) for other languages.
     */
    public static String forFigures(String tag) {
        if (tag == null) {
            return null;
        }
        return tag.startsWith("fr") ? "fr" : tag.startsWith("en") ? "en" : null;
    }
}
