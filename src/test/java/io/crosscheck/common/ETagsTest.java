package io.crosscheck.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ETagsTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"*", "\"3\"", "W/\"3\"", "\"1\", \"3\"", " \"3\" "})
    void shouldAcceptIfMatchNamingTheCurrentVersion(String ifMatch) {
        assertDoesNotThrow(() -> ETags.checkIfMatch(ifMatch, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2\"", "3x", "\"\"", "W/\"4\", \"5\""})
    void shouldRefuseIfMatchNamingAnotherVersion(String ifMatch) {
        ApiException e = assertThrows(ApiException.class, () -> ETags.checkIfMatch(ifMatch, 3));
        assertEquals(412, e.status());
    }
}
