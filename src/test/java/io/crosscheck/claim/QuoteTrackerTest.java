package io.crosscheck.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What becomes of a quote's offsets when its source gets a new text (a re-fetch found a correction). */
class QuoteTrackerTest {

    private static final String OLD = "Orbe dit avoir payé 12 millions d'euros. Les analystes doutent.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case                | new text                                                                  | result | status  | start | version
            "unchanged place      | Orbe dit avoir payé 12 millions d'euros. Les analystes doutent.          | KEPT   | CURRENT | 20    | 2",
            "moved by an insert   | Mise à jour. Orbe dit avoir payé 12 millions d'euros. Les analystes doutent. | MOVED | CURRENT | 33 | 2",
            "corrected away       | Orbe dit avoir payé 14 millions d'euros. Les analystes doutent.          | STALE  | STALE   | 20    | 1",
    })
    void shouldKeepMoveOrFlagAQuote(String name, String text, String result, String status, int start, int version) {
        Appearance a = new Appearance();
        a.quote = "12 millions d'euros";
        a.startOffset = OLD.indexOf(a.quote);
        a.endOffset = a.startOffset + a.quote.length();
        a.textVersion = 1;
        assertEquals(result, QuoteTracker.recheck(a, text.strip(), 2).name(), name);
        assertEquals(status, a.quoteStatus.name(), name);
        assertEquals(start, a.startOffset, name);
        assertEquals(start + a.quote.length(), a.endOffset, name);
        assertEquals(version, a.textVersion, name);
    }
}
