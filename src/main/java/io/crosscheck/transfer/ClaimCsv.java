package io.crosscheck.transfer;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV form of claims (RFC 4180: comma, double quotes, CRLF), one row per claim with its first
 * appearance. The header names are the contract; docs/reports.md lists them.
 */
public final class ClaimCsv {

    /** Columns in order. Import reads them by name, so extra or reordered columns are fine there. */
    public static final List<String> HEADER = List.of("id", "subject", "metric", "metric_dimension", "claimant",
            "claimant_kind", "figure_kind", "figure_value", "figure_low", "figure_high", "figure_currency",
            "figure_unit", "figure_category", "figure_text", "figure_lang", "scope", "as_of", "period_start",
            "period_end", "statement", "language", "verdict", "verdict_rationale", "source_url", "source_title",
            "source_publisher", "source_published", "source_language", "quote", "attribution", "version",
            "created_at", "updated_at");

    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private ClaimCsv() {
    }

    public static CSVPrinter printer(Appendable out, String... leading) throws IOException {
        List<String> header = new ArrayList<>(List.of(leading));
        header.addAll(HEADER);
        return FORMAT.builder().setHeader(header.toArray(String[]::new)).get().print(out);
    }

    public static void print(CSVPrinter printer, ClaimRecord c, Object... leading) throws IOException {
        for (Object value : leading) {
            printer.print(value);
        }
        ClaimRecord.AppearanceRecord a = c.first();
        for (Object value : new Object[] {c.id(), c.subject(), c.metric(), c.metricDimension(), c.claimant(),
                c.claimantKind(), c.figureKind(), c.figureValue(), c.figureLow(), c.figureHigh(), c.figureCurrency(),
                c.figureUnit(), c.figureCategory(), c.figureText(), c.figureLang(), c.scope(), c.asOf(),
                c.periodStart(), c.periodEnd(), c.statement(), c.language(), c.verdict(), c.verdictRationale(),
                a == null ? null : a.sourceUrl(), a == null ? null : a.sourceTitle(),
                a == null ? null : a.sourcePublisher(), a == null ? null : a.sourcePublished(),
                a == null ? null : a.sourceLanguage(), a == null ? null : a.quote(), a == null ? null : a.attribution(),
                c.version(), c.createdAt(), c.updatedAt()}) {
            printer.print(value instanceof BigDecimal d ? d.toPlainString() : value);
        }
        printer.println();
    }
}
