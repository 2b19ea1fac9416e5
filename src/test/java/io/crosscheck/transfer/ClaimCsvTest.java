package io.crosscheck.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Spreadsheet-formula neutralisation of CSV cells (OWASP "CSV injection"), and its reversal on import. */
class ClaimCsvTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                // text, as written
                Arguments.of("=SUM(A1:A9) est la somme", "'=SUM(A1:A9) est la somme"),
                Arguments.of("-5 % sur un an", "'-5 % sur un an"),
                Arguments.of("+33 1 23 45 67 89", "'+33 1 23 45 67 89"),
                Arguments.of("@agence a écrit", "'@agence a écrit"),
                Arguments.of("\tindenté", "'\tindenté"),
                Arguments.of("\rretour", "'\rretour"),
                Arguments.of("\nligne", "'\nligne"),
                Arguments.of("'déjà cité'", "''déjà cité'"),
                Arguments.of("''", "'''"),
                Arguments.of("Le club a payé 12 M€", "Le club a payé 12 M€"),
                Arguments.of("5 % = peu", "5 % = peu"),
                Arguments.of("", ""));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void shouldNeutraliseFormulaCellsAndRestoreThemExactly(String text, String written) {
        assertEquals(written, ClaimCsv.neutralised(text));
        assertEquals(text, ClaimCsv.restored(written));
    }

    static Stream<Arguments> foreignCells() {
        return Stream.of(
                // a cell of a file someone else wrote, as imported
                Arguments.of("'", "'"),
                Arguments.of("'abc", "'abc"),
                Arguments.of("l'équipe", "l'équipe"),
                Arguments.of("'=1+1", "=1+1"));
    }

    @ParameterizedTest
    @MethodSource("foreignCells")
    void shouldOnlyRemoveAnApostropheThatNeutralisationCouldHaveAdded(String cell, String imported) {
        assertEquals(imported, ClaimCsv.restored(cell));
    }
}
