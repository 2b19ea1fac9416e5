package io.crosscheck.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {

    @ParameterizedTest(name = "lang={0}, Accept-Language={1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "en      | NULL                         | en",
        "FR      | en                           | fr",
        "de      | en-GB,en;q=0.9               | en",
        "NULL    | de-DE, fr-CA;q=0.8, en;q=0.5 | fr",
        "NULL    | NULL                         | fr",
        "NULL    | ';'                          | fr",
        "NULL    | ';;,,;q=1'                   | fr",
        "NULL    | ''                           | fr",
        "NULL    | ',en'                        | en",
    })
    void shouldPickTheLanguageFromTheParameterThenTheHeaderWhateverTheHeaderHolds(String lang, String accept,
            String expected) {
        assertEquals(expected, Texts.pick(lang, accept).lang);
    }
}
