package io.crosscheck.common;

/** Language tags accepted on input: a BCP 47 primary language with optional subtags ("fr", "en-GB"). */
public final class Languages {

    public static final String TAG = "[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}";
    public static final String TAG_MESSAGE = "must be a BCP 47 language tag such as fr or en-GB";

    private Languages() {
    }

    /**
     * The language the figure engine should read a text in: the primary language of a tag ("fr" from
     * "fr-CA", "es" from "es-MX"); null (detect, paragraph by paragraph) when there is no tag or the tag says
     * the text has several languages ("mul") or an undetermined one ("und"). A language the engine has no pack
     * for is passed on as it is, and the engine refuses it ({@code UnsupportedLanguageException}) rather than
     * read it with another language's conventions.
     */
    public static String forFigures(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String t = tag.strip().toLowerCase(java.util.Locale.ROOT);
        int cut = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
        String primary = cut < 0 ? t : t.substring(0, cut);
        return DETECTED.contains(primary) ? null : primary;
    }

    /** BCP 47 tags for text in several languages or an undetermined one: its figures' languages are detected. */
    public static final java.util.Set<String> DETECTED = java.util.Set.of("mul", "und");
}
