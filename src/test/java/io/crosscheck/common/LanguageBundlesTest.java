package io.crosscheck.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.console.ConsoleMessages;
import io.quarkus.qute.i18n.Message;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every supported language has every word: the console bundle ({@link ConsoleMessages}, English in
 * the annotations, one {@code messages/msg_<lang>.properties} per other language) and each phrasebook
 * have the same keys in every language, so a Spanish page never falls back to English for a word
 * that was forgotten. And the one list of languages is the one the validation patterns spell.
 */
class LanguageBundlesTest {

    /** The phrasebooks the application loads ({@code Phrasebook.load(name)}). */
    static final List<String> BOOKS = List.of("console", "widgets", "rationales", "ratings");

    @Test
    void shouldHaveEveryConsoleMessageInEverySupportedLanguage() {
        Set<String> english = Arrays.stream(ConsoleMessages.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Message.class)).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(english.size() > 100, "the bundle is read: " + english.size());
        for (String lang : Languages.SUPPORTED) {
            if (lang.equals("en")) {
                continue; // the annotations
            }
            Set<String> keys = new TreeSet<>(Phrasebook.read("messages/msg_" + lang + ".properties").keySet());
            assertEquals(english, keys, "messages/msg_" + lang + ".properties");
        }
    }

    @Test
    void shouldHaveTheSameKeysInEveryLanguageOfEachPhrasebook() {
        for (String name : BOOKS) {
            Phrasebook book = Phrasebook.load(name);
            Set<String> french = new TreeSet<>(book.keys("fr"));
            assertTrue(!french.isEmpty(), name);
            for (String lang : Languages.SUPPORTED) {
                assertEquals(french, new TreeSet<>(book.keys(lang)), Phrasebook.resource(name, lang));
                for (String key : french) {
                    assertTrue(!book.get(lang, key).isBlank(), Phrasebook.resource(name, lang) + ": " + key);
                }
            }
        }
    }

    @Test
    void shouldSpellTheSupportedLanguagesOnceForPatternsAndMessages() {
        assertEquals(String.join("|", Languages.SUPPORTED), Languages.SUPPORTED_REGEX);
        assertTrue(Languages.SUPPORTED_MESSAGE.endsWith(String.join(", ", Languages.SUPPORTED)));
        for (String lang : Languages.SUPPORTED) {
            assertTrue(Pattern.matches(Languages.SUPPORTED_REGEX, lang));
        }
    }

    @Test
    void shouldReadFiguresInEveryLanguageItServesReadersIn() {
        // A reader's language needs a figure pack (rendered figures, chart ticks), and a pack's
        // language needs the console's and widgets' words: the two lists are one.
        assertEquals(Languages.SUPPORTED, io.crosscheck.figure.LanguagePacks.languages());
        assertEquals(Languages.FALLBACK, io.crosscheck.figure.LanguagePacks.fallback());
    }

    @Test
    void shouldLookUpAReadersLanguageThenEnglishThenTheOthers() {
        assertEquals(List.of("es", "en", "fr"), Languages.lookupOrder("es-MX"));
        assertEquals(List.of("en", "fr", "es"), Languages.lookupOrder("de"));
        assertEquals(List.of("fr", "en", "es"), Languages.lookupOrder("FR"));
        assertEquals("es", Languages.fromAcceptLanguage("de-DE, es;q=0.8, fr;q=0.5"));
        assertEquals(null, Languages.fromAcceptLanguage("de, it"));
        assertEquals(null, Languages.supported("english"));
    }

    @Test
    void shouldFillPatternsLiterallyAndFallBackForAMissingWord() {
        Phrasebook book = Phrasebook.load("rationales");
        assertEquals("dans la marge de 5 M$", book.format("fr", "withinHedge", "5 M$"));
        assertEquals("dentro del margen de {0}", book.get("es", "withinHedge"));
        assertEquals("l'un peut être l'arrondi de l'autre", book.format("fr", "eitherRounds"), "apostrophes kept");
        assertEquals("no-such-word", book.get("es", "no-such-word"));
    }
}
