package io.crosscheck.transfer;

/**
 * What an import did, the result of its job: rows read, claims created, rows recognised as already
 * stored, rows refused (each listed, with its line, in the job's issues), and how the file was decoded.
 */
public record ImportResult(String format, String mode, String charset, String charsetSource, int rows, int created,
        int duplicates, int failed, boolean committed) {

    /** A refused row: the line it starts on (for JSON-LD, the line of the ClaimReview), a field when known, why. */
    public record RowError(int line, String field, String message) {
    }
}
