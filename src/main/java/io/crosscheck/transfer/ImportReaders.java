package io.crosscheck.transfer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.claim.FigureInput;
import io.crosscheck.figure.FigureKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads import files one row at a time into {@link ImportRow}s; a row that cannot be read is handed
 * on as a {@link RowFailure} with its line, and reading goes on.
 */
final class ImportReaders {

    private ImportReaders() {
    }

    /** A row that could not be read. */
    static final class RowFailure extends RuntimeException {
        final int line;
        final String field;

        RowFailure(int line, String field, String message) {
            super(message);
            this.line = line;
            this.field = field;
        }
    }

    /** Receives each row, or the failure to read it. */
    interface Sink {
        void row(ImportRow row);

        void failure(RowFailure failure);
    }

    /** Reads a whole file of {@code format}, handing each row (or its failure) to {@code sink}, in order. */
    static void read(ImportFormat format, Reader in, ObjectMapper mapper, String defaultLanguage, RatingTexts texts,
            Sink sink)
            throws IOException {
        switch (format) {
            case CSV -> csv(in, sink);
            case JSON_LINES -> jsonLines(in, mapper, sink);
            case CLAIM_REVIEW -> claimReviewNodes(in, mapper, (line, node) -> {
                if (!ClaimReviewReader.isClaimReview(node)) {
                    return;
                }
                try {
                    sink.row(ClaimReviewReader.row(line, node, defaultLanguage, texts));
                } catch (RowFailure f) {
                    sink.failure(f);
                }
            });
        }
    }

    static void csv(Reader in, Sink sink) throws IOException {
        CSVParser parser = ClaimCsv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
        long end = parser.getCurrentLineNumber();
        for (CSVRecord r : parser) {
            // A quoted field may hold line breaks: a record starts on the line after the previous one ended.
            int line = (int) end + 1;
            end = parser.getCurrentLineNumber();
            try {
                if (!r.isConsistent()) {
                    throw new RowFailure(line, null, "has " + r.size() + " fields, the header " + parser.getHeaderNames().size());
                }
                var a = new ImportRow.Appearance(get(r, "source_url"), get(r, "source_title"), get(r, "source_publisher"),
                        date(line, "source_published", get(r, "source_published")), get(r, "source_language"),
                        get(r, "quote"), get(r, "attribution"), null);
                sink.row(new ImportRow(line, get(r, "subject"), get(r, "metric"), get(r, "metric_dimension"),
                        get(r, "claimant"), get(r, "claimant_kind"), figure(line, get(r, "figure_kind"),
                                get(r, "figure_value"), get(r, "figure_low"), get(r, "figure_high"),
                                get(r, "figure_currency"), get(r, "figure_unit"), get(r, "figure_category"),
                                get(r, "figure_text"), get(r, "figure_lang"), get(r, "figure_nature")),
                        get(r, "scope"), date(line, "as_of", get(r, "as_of")),
                        date(line, "period_start", get(r, "period_start")), date(line, "period_end", get(r, "period_end")),
                        get(r, "statement"), get(r, "language"), get(r, "verdict"), get(r, "verdict_rationale"),
                        a.url() == null ? List.of() : List.of(a)));
            } catch (RowFailure f) {
                sink.failure(f);
            }
        }
    }

    static void jsonLines(Reader in, ObjectMapper mapper, Sink sink) throws IOException {
        BufferedReader lines = new BufferedReader(in);
        String text;
        int line = 0;
        while ((text = lines.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            try {
                JsonNode n;
                try {
                    n = mapper.readTree(text);
                } catch (IOException e) {
                    throw new RowFailure(line, null, "is not a JSON object");
                }
                if (!n.isObject()) {
                    throw new RowFailure(line, null, "is not a JSON object");
                }
                List<ImportRow.Appearance> appearances = new ArrayList<>();
                for (JsonNode a : n.path("appearances")) {
                    appearances.add(new ImportRow.Appearance(text(a, "sourceUrl"), text(a, "sourceTitle"),
                            text(a, "sourcePublisher"), date(line, "sourcePublished", text(a, "sourcePublished")),
                            text(a, "sourceLanguage"), text(a, "quote"), text(a, "attribution"),
                            a.has("firstAppearance") ? a.get("firstAppearance").asBoolean() : null));
                }
                sink.row(new ImportRow(line, text(n, "subject"), text(n, "metric"), text(n, "metricDimension"),
                        text(n, "claimant"), text(n, "claimantKind"), figure(line, text(n, "figureKind"),
                                text(n, "figureValue"), text(n, "figureLow"), text(n, "figureHigh"),
                                text(n, "figureCurrency"), text(n, "figureUnit"), text(n, "figureCategory"),
                                text(n, "figureText"), text(n, "figureLang"), text(n, "figureNature")),
                        text(n, "scope"), date(line, "asOf", text(n, "asOf")), date(line, "periodStart",
                                text(n, "periodStart")), date(line, "periodEnd", text(n, "periodEnd")),
                        text(n, "statement"), text(n, "language"), text(n, "verdict"), text(n, "verdictRationale"),
                        appearances));
            } catch (RowFailure f) {
                sink.failure(f);
            }
        }
    }

    /**
     * Hands each ClaimReview node of a JSON-LD document (a single node, an array, or an object
     * with {@code @graph}) with the line it starts on. Nodes of other types are skipped.
     */
    static void claimReviewNodes(Reader in, ObjectMapper mapper, ClaimReviewNodeSink sink) throws IOException {
        ObjectMapper nodes = mapper.copy().disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser p = nodes.getFactory().createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                items(p, nodes, sink);
            } else if (first == JsonToken.START_OBJECT) {
                ObjectNode root = mapper.createObjectNode();
                boolean graph = false;
                int line = p.currentLocation().getLineNr();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if ("@graph".equals(name) && value == JsonToken.START_ARRAY) {
                        graph = true;
                        items(p, nodes, sink);
                    } else {
                        root.set(name, nodes.readTree(p));
                    }
                }
                if (!graph) {
                    sink.node(line, root);
                }
            } else {
                throw new IOException("not a JSON-LD document");
            }
        }
    }

    /** Receives one JSON-LD node. */
    interface ClaimReviewNodeSink {
        void node(int line, JsonNode node);
    }

    private static void items(JsonParser p, ObjectMapper mapper, ClaimReviewNodeSink sink) throws IOException {
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int line = p.currentLocation().getLineNr();
            sink.node(line, mapper.readTree(p));
        }
    }

    static FigureInput figure(int line, String kind, String value, String low, String high, String currency,
            String unit, String category, String text, String lang, String nature) {
        FigureKind k = null;
        io.crosscheck.figure.Nature n = null;
        if (nature != null) {
            try {
                n = io.crosscheck.figure.Nature.valueOf(nature.trim());
            } catch (IllegalArgumentException e) {
                throw new RowFailure(line, "figure_nature", "must be one of "
                        + java.util.Arrays.toString(io.crosscheck.figure.Nature.values()));
            }
        }
        if (kind != null) {
            try {
                k = FigureKind.valueOf(kind.trim());
            } catch (IllegalArgumentException e) {
                throw new RowFailure(line, "figure_kind", "must be one of " + java.util.Arrays.toString(FigureKind.values()));
            }
        }
        return new FigureInput(k, number(line, "figure_value", value), number(line, "figure_low", low),
                number(line, "figure_high", high), currency, unit, category, text, lang, n);
    }

    private static BigDecimal number(int line, String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new RowFailure(line, field, "must be a number such as 5600000 or 1.5");
        }
    }

    static LocalDate date(int line, String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new RowFailure(line, field, "must be a date as YYYY-MM-DD");
        }
    }

    private static String get(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String v = r.get(column);
        return v == null || v.isEmpty() ? null : ClaimCsv.restored(v);
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.isNumber() ? v.decimalValue().toPlainString() : v.isValueNode() ? v.asText() : null;
        return s == null || s.isEmpty() ? null : s;
    }

    static void each(JsonNode node, Consumer<JsonNode> action) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(action);
        } else {
            action.accept(node);
        }
    }
}
