package io.crosscheck.transfer;

import io.crosscheck.claim.Verdict;
import io.crosscheck.common.Languages;
import io.crosscheck.common.Phrasebook;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a ClaimReview's rating says to a reader, in the review's language: {@code name}, the short
 * verdict word ("Contesté"), and {@code alternateName}, the sentence that Google and aggregators
 * show ("Contesté : d'autres sources donnent un autre chiffre"). Built-in texts for every supported
 * language ({@code phrases/ratings_<lang>.properties}),
 * each overridable per language and verdict by configuration ({@link ClaimReviewConfig}); other
 * languages can be added the same way. A language without texts gets the English ones.
 * The texts are also read back ({@link #verdictOf}), so that Crosscheck's own export imports with its
 * verdicts.
 */
public final class RatingTexts {

    /** The rating words of one verdict in one language. */
    public record Label(String name, String alternateName) {
    }

    static final String FALLBACK = Languages.FALLBACK;

    /** The built-in words of every supported language ({@code phrases/ratings_<lang>.properties}). */
    private static final Map<String, Map<Verdict, Label>> BUILT_IN = builtIn(Phrasebook.load("ratings"));

    /** The defaults alone (no configuration). */
    public static final RatingTexts DEFAULTS = new RatingTexts(Map.of(), Map.of());

    private final Map<String, Map<Verdict, Label>> texts;
    private final Map<String, Verdict> byText = new HashMap<>();

    /**
     * The built-in texts with the configured ones over them (language → verdict name, any case → text).
     * An unknown verdict name or a blank text is refused, so a typo in the configuration stops the start.
     */
    public RatingTexts(Map<String, Map<String, String>> alternateNames, Map<String, Map<String, String>> names) {
        Map<String, Map<Verdict, Label>> all = new LinkedHashMap<>();
        BUILT_IN.forEach((lang, labels) -> all.put(lang, new LinkedHashMap<>(labels)));
        override(all, alternateNames, true);
        override(all, names, false);
        for (Map<Verdict, Label> labels : all.values()) {
            for (Verdict v : Verdict.values()) {
                if (v != Verdict.UNREVIEWED && !labels.containsKey(v)) {
                    labels.put(v, BUILT_IN.get(FALLBACK).get(v));
                }
            }
        }
        this.texts = all;
        // Built-in words first, then configured ones, so that a configured text wins when both read the same.
        all.forEach((lang, labels) -> labels.forEach((v, l) -> {
            byText.put(key(l.name()), v);
            byText.put(key(l.alternateName()), v);
        }));
    }

    /** The words of {@code verdict} in {@code language} (a tag such as "fr" or "fr-CA"; English when unknown). */
    public Label label(String verdict, String language) {
        Verdict v = Verdict.valueOf(verdict);
        Map<Verdict, Label> labels = texts.get(language(language));
        return (labels == null ? texts.get(FALLBACK) : labels).get(v);
    }

    /** The verdict one of these texts names (any language, any case), or null. */
    public Verdict verdictOf(String text) {
        return text == null ? null : byText.get(key(text));
    }

    /** The primary subtag of a language tag, lower-cased: "fr-CA" → "fr". */
    static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return FALLBACK;
        }
        String base = tag.strip().split("[-_]", 2)[0];
        return base.toLowerCase(Locale.ROOT);
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static void override(Map<String, Map<Verdict, Label>> all, Map<String, Map<String, String>> configured,
            boolean alternate) {
        configured.forEach((lang, byVerdict) -> byVerdict.forEach((verdict, text) -> {
            Verdict v;
            try {
                v = Verdict.valueOf(verdict.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("crosscheck.claimreview: \"" + verdict + "\" is not a verdict; use one of "
                        + java.util.Arrays.toString(Verdict.values()));
            }
            if (v == Verdict.UNREVIEWED) {
                throw new IllegalArgumentException("crosscheck.claimreview: UNREVIEWED claims are never published as "
                        + "ClaimReview, so they have no rating text");
            }
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("crosscheck.claimreview: the text for " + lang + "." + v + " is blank");
            }
            Map<Verdict, Label> labels = all.computeIfAbsent(language(lang), l -> new LinkedHashMap<>());
            Label before = labels.getOrDefault(v, BUILT_IN.get(FALLBACK).get(v));
            labels.put(v, alternate ? new Label(before.name(), text.strip()) : new Label(text.strip(), before.alternateName()));
        }));
    }

    private static Map<String, Map<Verdict, Label>> builtIn(Phrasebook book) {
        Map<String, Map<Verdict, Label>> all = new LinkedHashMap<>();
        for (String lang : Languages.SUPPORTED) {
            Map<Verdict, Label> labels = new LinkedHashMap<>();
            for (Verdict v : Verdict.values()) {
                if (v != Verdict.UNREVIEWED) {
                    labels.put(v, new Label(book.get(lang, v + ".name"), book.get(lang, v + ".alternateName")));
                }
            }
            all.put(lang, labels);
        }
        return all;
    }
}
