package io.crosscheck.figure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language packs, loaded once from {@code figures/packs/languages.json} and
 * {@code figures/packs/<lang>/pack.json}, validated, and compiled into one {@link Lexicon} each. A malformed
 * or incomplete pack stops the application at start ({@code extraction.FigureDataAtStartup} through {@link #validateAll}) with the file and key.
 */
public final class LanguagePacks {

    static final String ROOT = "/figures/packs/";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private LanguagePacks() {
    }

    /** Loaded on first use (the startup observer forces it). */
    private static final class Holder {
        static final Registry REGISTRY = loadAll();
    }

    private record Registry(List<String> languages, String fallback, Map<String, LanguagePack> packs,
                            Map<String, Lexicon> lexicons) {
    }

    /**
     * Loads and validates everything the engine reads from data — the language packs, each language's
     * number classes and the currencies — and returns a one-line summary; a broken file throws its
     * {@link LanguagePackException} or validation error (naming the file and key) instead of the
     * {@code ExceptionInInitializerError} a lazy first use would give.
     */
    public static String validateAll() {
        try {
            return "languages " + languages() + ", number classes " + NumberClasses.LANGS + ", "
                    + Currencies.get().codes().size() + " currencies";
        } catch (ExceptionInInitializerError e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** The languages the engine reads, in the order of languages.json. */
    public static List<String> languages() {
        return Holder.REGISTRY.languages();
    }

    /** The language {@link LanguageDetector#detect} answers when a text gives nothing to go on. */
    public static String fallback() {
        return Holder.REGISTRY.fallback();
    }

    /** Whether a tag ("es", "fr-CA", "en_GB") names a language the engine has a pack for. */
    public static boolean supports(String tag) {
        return tag != null && Holder.REGISTRY.packs().containsKey(primary(tag));
    }

    /**
     * The pack language of a tag: "fr-CA" gives "fr"; null or blank gives null (detect).
     *
     * @throws UnsupportedLanguageException for a tag with no pack ("de")
     */
    public static String resolve(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String p = primary(tag);
        if (!Holder.REGISTRY.packs().containsKey(p)) {
            throw new UnsupportedLanguageException(tag.strip(), languages());
        }
        return p;
    }

    /** The pack of a resolved or resolvable tag. */
    public static LanguagePack pack(String tag) {
        LanguagePack p = Holder.REGISTRY.packs().get(tag);
        return p != null ? p : Holder.REGISTRY.packs().get(resolveRequired(tag));
    }

    static Lexicon lexicon(String tag) {
        Lexicon l = Holder.REGISTRY.lexicons().get(tag);
        return l != null ? l : Holder.REGISTRY.lexicons().get(resolveRequired(tag));
    }

    private static String resolveRequired(String tag) {
        String r = resolve(tag);
        if (r == null) {
            throw new UnsupportedLanguageException(String.valueOf(tag), languages());
        }
        return r;
    }

    private static String primary(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int dash = t.indexOf('-');
        int underscore = t.indexOf('_');
        int cut = dash < 0 ? underscore : underscore < 0 ? dash : Math.min(dash, underscore);
        return cut < 0 ? t : t.substring(0, cut);
    }

    private static Registry loadAll() {
        String indexFile = ROOT + "languages.json";
        JsonNode index;
        try (InputStream in = LanguagePacks.class.getResourceAsStream(indexFile)) {
            if (in == null) {
                throw new LanguagePackException(indexFile + ": not found on the classpath");
            }
            index = JSON.readTree(in);
        } catch (IOException e) {
            throw new LanguagePackException(indexFile + ": " + e.getMessage(), e);
        }
        if (!index.path("languages").isArray() || index.path("languages").isEmpty()) {
            throw new LanguagePackException(indexFile + ": key 'languages' must list at least one language");
        }
        List<String> languages = new ArrayList<>();
        index.get("languages").forEach(n -> languages.add(n.asText()));
        String fallback = index.path("fallback").asText(null);
        if (fallback == null || !languages.contains(fallback)) {
            throw new LanguagePackException(indexFile + ": key 'fallback' must be one of " + languages);
        }
        Map<String, LanguagePack> packs = new LinkedHashMap<>();
        for (String lang : languages) {
            String file = ROOT + lang + "/pack.json";
            try (InputStream in = LanguagePacks.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new LanguagePackException(file + ": not found on the classpath (languages.json lists '"
                            + lang + "')");
                }
                packs.put(lang, load(file, lang, in));
            } catch (IOException e) {
                throw new LanguagePackException(file + ": " + e.getMessage(), e);
            }
        }
        Map<String, Lexicon> lexicons = new LinkedHashMap<>();
        for (LanguagePack p : packs.values()) {
            lexicons.put(p.lang(), new Lexicon(p));
        }
        return new Registry(List.copyOf(languages), fallback, Map.copyOf(packs), Map.copyOf(lexicons));
    }

    /**
     * Reads and validates one pack.
     *
     * @throws LanguagePackException naming {@code file} and the key at fault
     */
    static LanguagePack load(String file, String lang, InputStream in) {
        LanguagePack pack;
        try {
            pack = JSON.readValue(in, LanguagePack.class);
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            throw new LanguagePackException(file + ": key '" + path + "' " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new LanguagePackException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new LanguagePackException(file + ": " + e.getMessage(), e);
        }
        if (pack == null) {
            throw new LanguagePackException(file + ": is empty");
        }
        pack.validate(file, lang);
        new Lexicon(pack);
        return pack;
    }
}
