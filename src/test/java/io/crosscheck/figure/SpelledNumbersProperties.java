package io.crosscheck.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/**
 * The spelled-number reader against an independent writer: ICU's spell-out rules write a number in
 * words ("quatre-vingt-onze", "two hundred fifty-one", "doscientos treinta y dos") and the reader must
 * give back exactly that number, consuming every word.
 */
class SpelledNumbersProperties {

    @Property(tries = 1000)
    void readsBackWhatIcuSpellsOut(@ForAll @IntRange(min = 0, max = 999_999_999) int n,
                                   @ForAll("langs") String lang) {
        check(n, lang);
    }

    @Property(tries = 300)
    void readsBackSmallNumbersExactly(@ForAll @IntRange(min = 0, max = 2_000) int n,
                                      @ForAll("langs") String lang) {
        check(n, lang);
    }

    @Provide
    Arbitrary<String> langs() {
        return Arbitraries.of("fr", "en", "es");
    }

    private static void check(int n, String lang) {
        // ICU marks hyphenation points with soft hyphens ("seis\u00ADcientos"); TextHygiene removes them from texts.
        String words = new RuleBasedNumberFormat(new ULocale(lang), RuleBasedNumberFormat.SPELLOUT).format(n)
                .replace("\u00AD", "");
        SpelledNumbers.Reading r = SpelledNumbers.read(words, 0, lang);
        assertNotNull(r, words);
        assertEquals(0, BigDecimal.valueOf(n).compareTo(r.full()), words);
        assertEquals(words.length(), r.fullEnd(), "every word of '" + words + "' is read");
    }
}
