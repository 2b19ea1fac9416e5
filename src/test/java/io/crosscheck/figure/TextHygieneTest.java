package io.crosscheck.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cleaning never changes text without saying so, and repairs mojibake only when it is sure. */
class TextHygieneTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Ã©tÃ©                        | été",
        "lâ€™entreprise               | l’entreprise",
        "Ă©tĂ©                        | été",
        "ÃƒÂ©tÃƒÂ©                    | été",
        "Le coÃ»t : 5,6 millions      | Le coût : 5,6 millions",
        "â€œ20 fois moinsâ€\u009D     | “20 fois moins”",
        "Ã‰tats-Unis                 | États-Unis",
    })
    void utf8ReadAsWindowsOrLatin1IsRepaired(String broken, String repaired) {
        CleanText c = TextHygiene.clean(broken);
        assertEquals(repaired, c.text());
        assertTrue(c.flags().contains(HygieneFlag.MOJIBAKE_REPAIRED), c.flags().toString());
    }

    @Test
    void windows1250MojibakeKeepsTheNoBreakSpaceThatEncodesAGraveA() {
        CleanText c = TextHygiene.clean("dĂ©jĂ\u00A0 vu");
        assertEquals("déjà vu", c.text());
        assertEquals(List.of(HygieneFlag.MOJIBAKE_REPAIRED), c.flags());
    }

    @Test
    void mojibakeThatCannotBeRepairedUnambiguouslyIsFlaggedAndLeftAlone() {
        // The no-break space after "Ã" was lost, so the byte pair cannot be recovered.
        CleanText c = TextHygiene.clean("Rendez-vous Ã  Paris");
        assertEquals("Rendez-vous Ã  Paris", c.text());
        assertEquals(List.of(HygieneFlag.MOJIBAKE_SUSPECTED), c.flags());
    }

    @Test
    void legitimateAccentsAndGuillemetsAreNeverTakenForMojibake() {
        String text = "Le café » coûte 5,6 M€ ; déjà vu à l’été, Ça va, naïve, Œuvre, São Paulo.";
        CleanText c = TextHygiene.clean(text);
        assertSame(text, c.text());
        assertEquals(List.of(), c.flags());
    }

    @Test
    void cleanTextIsReturnedUntouchedWithNoFlags() {
        String text = "DeepSeek spent $1.6 billion on 50,000 GPUs.";
        CleanText c = TextHygiene.clean(text);
        assertSame(text, c.text());
        assertEquals(List.of(), c.flags());
    }

    @Test
    void oddSpacesBecomePlainSpacesAndInvisiblesGo() {
        CleanText c = TextHygiene.clean("50\u202F000\u00A0GPU\u200B et\u2009plus\u00AD");
        assertEquals("50 000 GPU et plus", c.text());
        assertEquals(List.of(HygieneFlag.SPACES_NORMALISED, HygieneFlag.INVISIBLES_REMOVED), c.flags());
    }

    @Test
    void decomposedAccentsAreComposed() {
        CleanText c = TextHygiene.clean("e\u0301te\u0301");
        assertEquals("été", c.text());
        assertEquals(List.of(HygieneFlag.NFC_NORMALISED), c.flags());
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreReplacedOrRemoved() {
        CleanText c = TextHygiene.clean("a\u0000b\u0007c\tok\n\uD800!");
        assertEquals("abc\tok\n\uFFFD!", c.text());
        assertEquals(List.of(HygieneFlag.UNPAIRED_SURROGATE_REPLACED, HygieneFlag.CONTROLS_REMOVED), c.flags());
    }

    @Test
    void emojiSurrogatePairsAndJoinersAreKept() {
        String text = "👨‍👩‍👧 5 M$ 😀";
        assertSame(text, TextHygiene.clean(text).text());
    }
}
