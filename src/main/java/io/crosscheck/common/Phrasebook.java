package io.crosscheck.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Words of one part of the application in every supported language, read from
 * {@code phrases/<book>_<lang>.properties} (UTF-8), one file per language of
 * {@link Languages#SUPPORTED}. Plain Java (no CDI), so the figure-free domain code (rationales) can
 * use it too. A word missing in the reader's language is looked up in {@link Languages#lookupOrder},
 * then shown as its key; a test checks that every book has the same keys in every language.
 * Patterns use {@code {0}}, {@code {1}}… (replaced literally: no MessageFormat quoting rules, so
 * French apostrophes stay as they are).
 */
public final class Phrasebook {

    private final String name;
    private final Map<String, Map<String, String>> byLanguage;

    private Phrasebook(String name, Map<String, Map<String, String>> byLanguage) {
        this.name = name;
        this.byLanguage = byLanguage;
    }

    /** Loads {@code phrases/<name>_<lang>.properties} for each supported language; a missing file is an error. */
    public static Phrasebook load(String name) {
        Map<String, Map<String, String>> books = new LinkedHashMap<>();
        for (String lang : Languages.SUPPORTED) {
            books.put(lang, read(resource(name, lang)));
        }
        return new Phrasebook(name, Collections.unmodifiableMap(books));
    }

    /** The resource path of one language's file. */
    public static String resource(String name, String lang) {
        return "phrases/" + name + "_" + lang + ".properties";
    }

    /** Reads one UTF-8 properties file from the class path into an ordered map. */
    public static Map<String, String> read(String resource) {
        ClassLoader loader = Phrasebook.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing phrase file " + resource);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> out = new LinkedHashMap<>();
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                out.put(key, p.getProperty(key));
            }
            return Collections.unmodifiableMap(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The word for {@code key} in {@code lang}, falling back by {@link Languages#lookupOrder}, else the key. */
    public String get(String lang, String key) {
        for (String l : Languages.lookupOrder(lang)) {
            String word = byLanguage.get(l).get(key);
            if (word != null) {
                return word;
            }
        }
        return key;
    }

    /** The pattern for {@code key} in {@code lang} with {@code {0}}, {@code {1}}… replaced by {@code args}. */
    public String format(String lang, String key, Object... args) {
        String pattern = get(lang, key);
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char ch = pattern.charAt(i);
            if (ch == '{' && i + 2 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))
                    && pattern.charAt(i + 2) == '}') {
                int n = pattern.charAt(i + 1) - '0';
                out.append(n < args.length ? String.valueOf(args[n]) : pattern.substring(i, i + 3));
                i += 3;
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    /** The keys of one language's file (for the key-set test). */
    public Set<String> keys(String lang) {
        return byLanguage.get(lang).keySet();
    }

    public String name() {
        return name;
    }
}
