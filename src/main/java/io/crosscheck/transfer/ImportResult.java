package io.crosscheck.transfer;

import java.util.List;

/**
 * What an import did: rows read, claims created, rows recognised as already stored, and the rows
 * refused with why. In atomic mode a batch with any error is refused whole: nothing is committed.
 */
public record ImportResult(String format, String mode, int rows, int created, int duplicates, int failed,
        boolean committed, List<RowError> errors) {

    /** A refused row: the line it starts on (for JSON-LD, the line of the ClaimReview), a field when known, why. */
    public record RowError(int line, String field, String message) {
    }
}
