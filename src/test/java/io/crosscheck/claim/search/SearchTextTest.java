package io.crosscheck.claim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How H2's search cuts text into words and reads queries (PostgreSQL's side is tested through the API). */
class SearchTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Élevé                       | eleve",
        "MILLIARDS                   | milliard",
        "Œuvre                       | oeuvre",
        "straße                      | strasse",
        "Ærøskøbing                  | aeroskobing",
        "Łódź                        | lodz",
        "prix                        | pri",
        "choux                       | chou",
        "gas                         | gas",
        "business                    | business",
        "costs                       | cost",
        "Según                       | segun",
        "ÇA                          | ca",
        "H800s                       | h800s",
        "1999s                       | 1999s"})
    void shouldFoldAccentsCaseAndPluralsTheSameWayForDocumentsAndQueries(String word, String term) {
        assertEquals(List.of(term), SearchText.words(word));
    }

    @Test
    void shouldSplitAtEveryCharacterThatIsNotALetterOrADigit() {
        assertEquals(List.of("l", "entreprise", "1", "6", "milliard", "covid", "19", "50", "000"),
                SearchText.words("l’entreprise: 1,6 milliard (covid-19) 50 000 $"));
        assertEquals(Map.of("hausse", 3, "pui", 1), Map.copyOf(SearchText.terms("Une hausse, puis une hausse", "une HAUSSE")));
        assertEquals(SearchText.MAX_TERM, SearchText.words("a".repeat(500)).get(0).length());
        assertEquals(List.of(), SearchText.words("!!! … — $%"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "coût élevé                  | [[[cout]], [[eleve]]]                 | []",
        "\"coût élevé\" milliards     | [[[cout, eleve]], [[milliard]]]        | []",
        "hausse or baisse prix       | [[[hausse], [baisse]], [[pri]]]        | []",
        "or hausse or                | [[[hausse]]]                           | []",
        "coût -élevé -\"très cher\"   | [[[cout]]]                             | [[eleve], [tre, cher]]",
        "coût de production          | [[[cout]], [[production]]]             | []",
        "- coût                      | [[[cout]]]                             | []",
        "\"sans fin                  | [[[san, fin]]]                         | []"})
    void shouldReadQueriesWithTheWebSearchSyntax(String q, String required, String excluded) {
        SearchQuery query = SearchQuery.parse(q);
        assertEquals(required, query.required().toString());
        assertEquals(excluded, query.excluded().toString());
    }

    @Test
    void shouldLeaveStopWordsOutOfStoredTermsAndQueriesAlike() {
        // Checked before the plural mark goes: "dans" and "nous" are function words, not "dan" and "nou".
        assertEquals(List.of("depense", "million", "annee"), SearchText.contentWords("Nous dépensé dans les millions, l'année"));
        assertEquals(Map.of(), SearchText.terms("de la", "dans les", "the of", "nous vous"));
        assertEquals(List.of("nou", "dan"), SearchText.words("nous dans"), "words() itself keeps every word, reduced");
        assertTrue(SearchQuery.parse("dans nous").matchesNothing());
        assertEquals(SearchText.terms("coût de production").keySet(), SearchQuery.parse("coût de production").positiveWords());
    }

    @Test
    void shouldMatchNothingWithoutARequiredWordAndDriveFromTheLongestRequiredWord() {
        assertTrue(SearchQuery.parse("-coût").matchesNothing());
        assertTrue(SearchQuery.parse("de la").matchesNothing());
        assertTrue(SearchQuery.parse("\"\"").matchesNothing());
        assertEquals("production", ClaimSearch.driver(SearchQuery.parse("coût production hausse or baisse")));
        assertNull(ClaimSearch.driver(SearchQuery.parse("coût or prix")));
    }

    @Property
    void foldingIsIdempotentAndWordsAreFoldedOnce(@ForAll String text) {
        String folded = SearchText.fold(text);
        assertEquals(folded, SearchText.fold(folded));
        for (String w : SearchText.words(text)) {
            assertTrue(w.length() <= SearchText.MAX_TERM && !w.isEmpty());
            assertEquals(w, SearchText.fold(w), "words are already folded");
        }
    }
}
