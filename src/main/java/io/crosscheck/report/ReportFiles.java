package io.crosscheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.crosscheck.compare.ComparisonView;
import io.crosscheck.console.Chart;
import io.crosscheck.transfer.ClaimCsv;
import io.crosscheck.transfer.ClaimReviewSettings;
import io.crosscheck.transfer.ClaimReviews;
import io.crosscheck.transfer.ClaimRows;
import io.crosscheck.transfer.ExportService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;

/**
 * The files of a report date, in {@code <directory>/<date>/}: JSON, CSV of the claims delta, HTML,
 * ClaimReview JSON-LD and last {@code manifest.json} (size and SHA-256 of each), each written
 * atomically. Nothing in them depends on when they were written, so a re-run over the same data
 * writes the same bytes.
 */
@ApplicationScoped
public class ReportFiles {

    public static final String MANIFEST = "manifest.json";

    /** The HTML report. */
    @CheckedTemplate(basePath = "report")
    static class Templates {
        static native TemplateInstance report(Report report, List<TopicChart> topics);
    }

    /** A topic's comparison with one chart per axis, for the HTML report. */
    public record TopicChart(String slug, ComparisonView comparison, List<Chart> charts) {
    }

    /** The manifest: every file of the date with its size and digest, by name. */
    public record Manifest(LocalDate date, List<AtomicFiles.Written> files) {
    }

    private final ReportConfig config;
    private final ObjectMapper json;
    private final ExportService exports;
    private final ClaimRows rows;
    private final ClaimReviewSettings claimReviews;

    ReportFiles(ReportConfig config, ObjectMapper mapper, ExportService exports, ClaimRows rows,
            ClaimReviewSettings claimReviews) {
        this.rows = rows;
        this.claimReviews = claimReviews;
        this.config = config;
        this.json = ExportService.files(mapper).enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        this.exports = exports;
    }

    public Path directory(LocalDate date) {
        return config.directory().resolve(date.toString());
    }

    public Manifest write(ReportBuilder.Built built) throws IOException {
        Report report = built.report();
        LocalDate date = report.date();
        Path dir = directory(date);
        List<AtomicFiles.Written> files = new ArrayList<>();
        files.add(AtomicFiles.write(dir, "report-" + date + ".json", out -> {
            json.writeValue(out, report);
            out.write('\n');
        }));
        ClaimRows.Filter delta = ClaimRows.Filter.touched(report.windowStart(), report.windowEnd());
        files.add(AtomicFiles.write(dir, "report-" + date + ".csv", out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = ClaimCsv.printer(writer, "change");
            rows.read(delta, row -> ClaimCsv.print(printer, row,
                    report.windowStart() == null || !row.createdAt().isBefore(report.windowStart()) ? "NEW" : "CHANGED"));
            printer.flush();
        }));
        List<TopicChart> charts = new ArrayList<>();
        for (int i = 0; i < built.comparisons().size(); i++) {
            ComparisonView c = built.comparisons().get(i);
            charts.add(new TopicChart(report.topics().get(i).slug(), c,
                    c.axes().stream().map(a -> Chart.of(a, c.links(), "en")).toList()));
        }
        files.add(AtomicFiles.write(dir, "report-" + date + ".html", out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(Templates.report(report, charts).render());
            writer.flush();
        }));
        ClaimReviews.Publisher by = claimReviews.offline();
        files.add(AtomicFiles.write(dir, "claimreview-" + date + ".jsonld",
                out -> exports.claimReviews(ClaimRows.Filter.reviewed(), out, by)));
        files.sort(Comparator.comparing(AtomicFiles.Written::name));
        Manifest manifest = new Manifest(date, List.copyOf(files));
        AtomicFiles.write(dir, MANIFEST, out -> {
            json.writeValue(out, manifest);
            out.write('\n');
        });
        return manifest;
    }

    /** The manifest of a date, if its files were written. */
    public Optional<Manifest> manifest(LocalDate date) throws IOException {
        Path file = directory(date).resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(json.readValue(file.toFile(), Manifest.class));
    }

    /**
     * The path of a file of a date, only if the manifest lists that exact name (or it is the
     * manifest). The name sent is only compared, never handed to the file system: the path is built
     * from the manifest's own entry, so no name (with "..", a NUL, a separator) reaches it.
     */
    public Optional<Path> file(LocalDate date, String name) throws IOException {
        Optional<Manifest> manifest = manifest(date);
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> listed = MANIFEST.equals(name) ? Optional.of(MANIFEST)
                : manifest.get().files().stream().map(AtomicFiles.Written::name).filter(name::equals).findFirst();
        return listed.map(directory(date)::resolve).filter(Files::isRegularFile);
    }

    /** Deletes the directories of dates before {@code cutoff}; returns how many. */
    public int deleteBefore(LocalDate cutoff, LocalDate keep) throws IOException {
        if (!Files.isDirectory(config.directory())) {
            return 0;
        }
        List<Path> old;
        try (Stream<Path> dirs = Files.list(config.directory())) {
            old = dirs.filter(Files::isDirectory).filter(d -> {
                try {
                    LocalDate date = LocalDate.parse(d.getFileName().toString());
                    return date.isBefore(cutoff) && !date.equals(keep);
                } catch (java.time.format.DateTimeParseException e) {
                    return false;
                }
            }).toList();
        }
        for (Path dir : old) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return old.size();
    }

}
