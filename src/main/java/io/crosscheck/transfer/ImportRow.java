package io.crosscheck.transfer;

import io.crosscheck.claim.FigureInput;
import java.time.LocalDate;
import java.util.List;

/** One claim read from an import file, before any of its names is resolved; {@code line} is where it starts. */
record ImportRow(int line, String subject, String metric, String metricDimension, String claimant,
        String claimantKind, FigureInput figure, String scope, LocalDate asOf, LocalDate periodStart,
        LocalDate periodEnd, String statement, String language, String verdict, String verdictRationale,
        List<Appearance> appearances) {

    /** Where it appeared. */
    record Appearance(String url, String title, String publisher, LocalDate published, String language, String quote,
            String attribution, Boolean first) {
    }
}
