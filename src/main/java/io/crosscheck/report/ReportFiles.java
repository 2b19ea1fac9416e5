package io.crosscheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.crosscheck.compare.ComparisonView;
import io.crosscheck.console.Chart;
import io.crosscheck.link.LinkState;
import io.crosscheck.transfer.ClaimCsv;
import io.crosscheck.transfer.ClaimReviewSettings;
import io.crosscheck.transfer.ClaimReviews;
import io.crosscheck.transfer.ClaimRows;
import io.crosscheck.transfer.ExportService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;

/**
 * The files of a report date: JSON, CSV of the claims delta, HTML, ClaimReview JSON-LD and last
 * {@code manifest.json} (size and SHA-256 of each). The JSON, CSV and JSON-LD are streamed from
 * paged or streamed queries straight into the {@link ReportStore} (in the database, so every
 * instance serves them) in constant memory, whatever the number of claims; the HTML shows the counts
 * and the first {@value #HTML_ITEMS} items of each list. Nothing in them depends on when they were
 * written, so a re-run over the same data writes the same bytes.
 */
@ApplicationScoped
public class ReportFiles {

    public static final String MANIFEST = "manifest.json";

    /** Items of each list shown in the HTML report; the JSON and CSV have them all. */
    static final int HTML_ITEMS = 100;

    /** The HTML report. */
    @CheckedTemplate(basePath = "report")
    static class Templates {
        static native TemplateInstance report(Report report, List<TopicChart> topics);
    }

    /** A topic's comparison with one chart per axis, for the HTML report. */
    public record TopicChart(String slug, ComparisonView comparison, List<Chart> charts) {
    }

    /** The manifest: every file of the date with its size and digest, by name. */
    public record Manifest(LocalDate date, List<ReportStore.Written> files) {
    }

    private final ReportConfig config;
    private final ObjectMapper json;
    private final ExportService exports;
    private final ClaimRows rows;
    private final ReportBuilder builder;
    private final ReportStore store;
    private final ClaimReviewSettings claimReviews;

    ReportFiles(ReportConfig config, ObjectMapper mapper, ExportService exports, ClaimRows rows, ReportBuilder builder,
            ReportStore store, ClaimReviewSettings claimReviews) {
        this.rows = rows;
        this.claimReviews = claimReviews;
        this.config = config;
        this.builder = builder;
        this.store = store;
        this.json = ExportService.files(mapper).enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.exports = exports;
    }

    /**
     * Writes and publishes the files of {@code date} for the window [{@code start}, {@code end}), and
     * records the verdicts seen for the next report. Returns the report as the HTML shows it: full
     * counts, lists cut to their first {@value #HTML_ITEMS} items.
     */
    public Report write(LocalDate date, String zone, Instant start, Instant end) throws IOException {
        store.deleteOrphans(date);
        List<ReportStore.Stored> files = new ArrayList<>();
        Report[] shown = new Report[1];
        List<TopicChart> charts = new ArrayList<>();
        files.add(store.write(date, "report-" + date + ".json",
                out -> shown[0] = json(date, zone, start, end, charts, out)));
        Report report = shown[0];
        ClaimRows.Filter delta = ClaimRows.Filter.touched(start, end);
        files.add(store.write(date, "report-" + date + ".csv", out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = ClaimCsv.printer(writer, "change");
            rows.read(delta, row -> ClaimCsv.print(printer, row,
                    start == null || !row.createdAt().isBefore(start) ? "NEW" : "CHANGED"));
            printer.flush();
        }));
        files.add(store.write(date, "report-" + date + ".html", out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(Templates.report(report, charts).render());
            writer.flush();
        }));
        ClaimReviews.Publisher by = claimReviews.offline();
        files.add(store.write(date, "claimreview-" + date + ".jsonld",
                out -> exports.claimReviews(ClaimRows.Filter.reviewed(), out, by)));
        files.sort(Comparator.comparing(ReportStore.Stored::name));
        Manifest manifest = new Manifest(date, files.stream().map(ReportStore.Stored::written).toList());
        files.add(store.write(date, MANIFEST, out -> {
            json.writeValue(out, manifest);
            out.write('\n');
        }));
        store.publish(date, files);
        return report;
    }

    /**
     * The JSON report, streamed: the window, each list item by item as its pages are read, the topic
     * summaries likewise (one comparison at a time) and last the counts (counted while the lists were
     * written, so they match them). The charts of the first {@value #HTML_ITEMS} topics, which the HTML
     * draws, are added to {@code charts} on the way.
     */
    private Report json(LocalDate date, String zone, Instant start, Instant end, List<TopicChart> charts,
            OutputStream out) throws IOException {
        JsonGenerator g = json.createGenerator(out);
        g.writeStartObject();
        g.writeStringField("date", date.toString());
        g.writeStringField("zone", zone);
        g.writeFieldName("windowStart");
        json.writeValue(g, start);
        g.writeFieldName("windowEnd");
        json.writeValue(g, end);
        List<Report.ClaimItem> created = new ArrayList<>();
        long newClaims = list(g, "newClaims", created, sink -> builder.newClaims(start, end, sink));
        List<Report.ClaimItem> changed = new ArrayList<>();
        long changedClaims = list(g, "changedClaims", changed, sink -> builder.changedClaims(start, end, sink));
        List<Report.VerdictChange> verdicts = new ArrayList<>();
        long verdictChanges = list(g, "verdictChanges", verdicts, sink -> builder.verdictChanges(date, sink));
        builder.snapshot(date);
        g.writeObjectFieldStart("conflicts");
        List<Report.ConflictItem> createdConflicts = new ArrayList<>();
        long newConflicts = list(g, "created", createdConflicts, sink -> builder.createdConflicts(start, end, sink));
        List<Report.ConflictItem> confirmed = new ArrayList<>();
        long confirmedConflicts = list(g, "confirmed", confirmed,
                sink -> builder.decidedConflicts(LinkState.CONFIRMED, start, end, sink));
        List<Report.ConflictItem> dismissed = new ArrayList<>();
        long dismissedConflicts = list(g, "dismissed", dismissed,
                sink -> builder.decidedConflicts(LinkState.DISMISSED, start, end, sink));
        g.writeEndObject();
        List<Report.ConflictItem> open = new ArrayList<>();
        long openDisputes = list(g, "openDisputes", open, sink -> builder.openDisputes(end, sink));
        List<Report.TopicSummary> summaries = new ArrayList<>();
        long topics = list(g, "topics", summaries, sink -> builder.topics(topic -> {
            if (charts.size() < HTML_ITEMS) {
                charts.add(chart(topic));
            }
            sink.accept(topic.summary());
        }));
        long[] totals = builder.totals();
        Report.Counts counts = new Report.Counts(totals[0], totals[1], (int) newClaims, (int) changedClaims,
                (int) verdictChanges, (int) newConflicts, (int) confirmedConflicts, (int) dismissedConflicts,
                (int) openDisputes, (int) topics);
        g.writeFieldName("counts");
        json.writeValue(g, counts);
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
        return new Report(date, zone, start, end, counts, created, changed, verdicts,
                new Report.Conflicts(createdConflicts, confirmed, dismissed), open, summaries);
    }

    /** A topic's comparison with one chart per axis of its first axis page. */
    private static TopicChart chart(ReportBuilder.TopicView topic) {
        ComparisonView view = topic.comparison();
        return new TopicChart(topic.slug(), view, view.axes().stream().map(a -> Chart.of(a, view.links(), "en")).toList());
    }

    /** Produces the items of one list. */
    @FunctionalInterface
    private interface Source<T> {
        long read(ReportBuilder.Sink<T> sink) throws IOException;
    }

    /** Writes a JSON array field item by item; keeps the first {@value #HTML_ITEMS} in {@code kept}. */
    private <T> long list(JsonGenerator g, String field, List<T> kept, Source<T> source) throws IOException {
        g.writeArrayFieldStart(field);
        long n = source.read(item -> {
            json.writeValue(g, item);
            if (kept.size() < HTML_ITEMS) {
                kept.add(item);
            }
        });
        g.writeEndArray();
        return n;
    }

    /** The manifest of a date, if its files were published. */
    public Optional<Manifest> manifest(LocalDate date) throws IOException {
        List<ReportStore.Stored> stored = store.files(date);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Manifest(date, stored.stream().filter(f -> !MANIFEST.equals(f.name()))
                .map(ReportStore.Stored::written).toList()));
    }

    /**
     * A published file of a date, by the exact name its manifest lists (or the manifest). The name
     * sent is only compared with the stored names; nothing else is looked up with it.
     */
    public Optional<ReportStore.Stored> file(LocalDate date, String name) throws IOException {
        return store.file(date, name);
    }

    /** Streams a published file to {@code out}. */
    public void copy(ReportStore.Stored file, OutputStream out) throws IOException {
        store.copy(file, out);
    }

    /** Deletes the files of dates before {@code cutoff}, except {@code keep}'s. */
    public void deleteBefore(LocalDate cutoff, LocalDate keep) throws IOException {
        store.deleteBefore(cutoff, keep);
    }
}
