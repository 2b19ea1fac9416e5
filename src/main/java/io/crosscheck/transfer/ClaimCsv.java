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
            "figure_unit", "figure_category", "figure_text", "figure_lang", "figure_nature", "scope", "as_of", "period_start",
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
                c.figureUnit(), c.figureCategory(), c.figureText(), c.figureLang(), c.figureNature(), c.scope(), c.asOf(),
                c.periodStart(), c.periodEnd(), c.statement(), c.language(), c.verdict(), c.verdictRationale(),
                a == null ? null : a.sourceUrl(), a == null ? null : a.sourceTitle(),
                a == null ? null : a.sourcePublisher(), a == null ? null : a.sourcePublished(),
                a == null ? null : a.sourceLanguage(), a == null ? null : a.quote(), a == null ? null : a.attribution(),
                c.version(), c.createdAt(), c.updatedAt()}) {
            printer.print(value instanceof BigDecimal d ? d.toPlainString() : value instanceof String text ? neutralised(text) : value);
        }
        printer.println();
    }

    /**
     * A text cell as written to a file a spreadsheet may open: text starting with a character that
     * makes a spreadsheet read a formula ({@code = + - @}, tab, carriage return, line feed) gets a leading
     * apostrophe, so it shows as text (OWASP's advice against CSV injection). Text already starting with
     * an apostrophe gets one too, so that {@link #restored} can tell the two apart and the round trip
     * through an import is lossless. Numbers are written as numbers, so negative figures stay numeric.
     */
    public static String neutralised(String text) {
        return text.isEmpty() || !triggers(text.charAt(0)) ? text : "'" + text;
    }

    /** The text of a cell read from a file: the apostrophe {@link #neutralised} added is removed. */
    public static String restored(String cell) {
        return cell.length() >= 2 && cell.charAt(0) == '\'' && triggers(cell.charAt(1)) ? cell.substring(1) : cell;
    }

    private static boolean triggers(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n' || c == '\'';
    }
}
