package io.crosscheck.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVPrinter;

/**
 * Full exports, written as they are read from the database: memory stays flat whatever the number
 * of claims. Each method returns the number of claims written.
 */
@ApplicationScoped
public class ExportService {

    private final ClaimRows rows;
    private final ObjectMapper mapper;

    ExportService(ClaimRows rows, ObjectMapper mapper) {
        this.rows = rows;
        this.mapper = files(mapper);
    }

    /** The settings every file Crosscheck writes shares: ISO dates, plain decimals, nulls kept. */
    public static ObjectMapper files(ObjectMapper base) {
        return base.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(SerializationFeature.INDENT_OUTPUT);
    }

    /** The UTF-8 byte-order mark, which spreadsheets (Excel) need to read a CSV file as UTF-8. */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public long csv(ClaimRows.Filter filter, OutputStream out) throws IOException {
        return csv(filter, out, false);
    }

    /** The CSV of the claims, starting with a UTF-8 byte-order mark when {@code bom} is set. */
    public long csv(ClaimRows.Filter filter, OutputStream out, boolean bom) throws IOException {
        if (bom) {
            out.write(BOM);
        }
        Writer writer = writer(out);
        CSVPrinter printer = ClaimCsv.printer(writer);
        long n = rows.read(filter, row -> ClaimCsv.print(printer, row));
        printer.flush();
        return n;
    }

    public long jsonLines(ClaimRows.Filter filter, OutputStream out) throws IOException {
        Writer writer = writer(out);
        long n = rows.read(filter, row -> {
            writer.write(mapper.writeValueAsString(row));
            writer.write('\n');
        });
        writer.flush();
        return n;
    }

    /** A JSON-LD document: {@code {"@context": "https://schema.org", "@graph": [ClaimReview, ...]}}. */
    public long claimReviews(ClaimRows.Filter filter, OutputStream out, ClaimReviews.Publisher by)
            throws IOException {
        JsonGenerator json = mapper.getFactory().createGenerator(writer(out));
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("@context", ClaimReviews.CONTEXT);
        json.writeArrayFieldStart("@graph");
        long n = rows.read(filter, row -> mapper.writeValue(json, ClaimReviews.of(row, by)));
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
        return n;
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }
}
