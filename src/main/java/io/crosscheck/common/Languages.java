package io.crosscheck.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The languages Crosscheck speaks, in one list, and the language tags it accepts on input.
 *
 * <p>Two kinds of language meet in the API. The language of a <em>text</em> (a claim's statement, a
 * source, a trigger word) may be any BCP 47 tag ({@link #TAG}): we store what the desk says. The
 * language a reader is <em>served</em> (metric labels, rendered figures, the console, widgets,
 * ClaimReview words) is one of {@link #SUPPORTED}; asking for another is a 400 with a field error
 * where the answer depends on it (docs/adr/0014-language-keyed-api.md).
 */
public final class Languages {

    /** The supported languages, in the order pages list them. Adding one here and its words is enough. */
    public static final List<String> SUPPORTED = List.of("fr", "en", "es");

    /** The language a page falls back to when nothing else is asked for. */
    public static final String DEFAULT = "fr";

    /** The language a missing word or label is looked up in next, before the others. */
    public static final String FALLBACK = "en";

    /** {@link #SUPPORTED} as a regular expression, for {@code @Pattern}: keep the two in step (a test checks). */
    public static final String SUPPORTED_REGEX = "fr|en|es";

    /** The message of a field that must name a supported language. */
    public static final String SUPPORTED_MESSAGE = "must be one of the supported languages: fr, en, es";

    public static final String TAG = "[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}";
    public static final String TAG_MESSAGE = "must be a BCP 47 language tag such as fr or en-GB";

    private Languages() {
    }

    /** The supported language a tag names ("es-MX" → "es", "FR" → "fr"), or null for any other. */
    public static String supported(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = t.indexOf('-');
        String primary = dash < 0 ? t : t.substring(0, dash);
        return SUPPORTED.contains(primary) ? primary : null;
    }

    /** Whether a tag names a supported language. */
    public static boolean isSupported(String tag) {
        return supported(tag) != null;
    }

    /**
     * The supported language a request parameter asks for, or null when absent or blank; 400 with a
     * field error on {@code field} when it names another language.
     */
    public static String requireSupported(String tag, String field) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String lang = supported(tag);
        if (lang == null) {
            throw ApiException.invalid(field, SUPPORTED_MESSAGE);
        }
        return lang;
    }

    /**
     * The order to look a word up in for a reader of {@code lang}: that language, then
     * {@link #FALLBACK}, then the others in {@link #SUPPORTED} order.
     */
    public static List<String> lookupOrder(String lang) {
        List<String> order = new ArrayList<>(SUPPORTED.size());
        String wanted = supported(lang);
        if (wanted != null) {
            order.add(wanted);
        }
        if (!order.contains(FALLBACK)) {
            order.add(FALLBACK);
        }
        for (String l : SUPPORTED) {
            if (!order.contains(l)) {
                order.add(l);
            }
        }
        return order;
    }

    /** The first supported language of an Accept-Language header, in the order given, or null. */
    public static String fromAcceptLanguage(String acceptLanguage) {
        if (acceptLanguage == null) {
            return null;
        }
        for (String part : acceptLanguage.split(",", 20)) {
            int semicolon = part.indexOf(';');
            String lang = supported(semicolon < 0 ? part : part.substring(0, semicolon));
            if (lang != null) {
                return lang;
            }
        }
        return null;
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
