package io.crosscheck.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.BodySizeLimit;
import io.crosscheck.common.BodyTooLargeException;
import io.crosscheck.common.FieldError;
import io.crosscheck.job.JobView;
import io.crosscheck.job.Jobs;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Imports claims from CSV, JSON Lines (the export formats) and ClaimReview JSON-LD, as background
 * jobs. Before answering, the upload is staged (streamed to a file, counted against
 * {@code crosscheck.transfer.max-upload-bytes}), its charset settled ({@link ImportCharsets}), decoded
 * strictly and its rows counted against {@code crosscheck.transfer.max-rows}: a file that is too large,
 * undecodable or unreadable is refused at once (413, 400) and nothing is written. The rows are then
 * written by an {@link ImportJob}. Names are resolved (subjects and claimants by name or alias,
 * metrics by key, sources by canonical URL) and created when unknown; a claim already stored (same
 * source, subject, metric and figure text) is a duplicate and left alone, so importing a file twice
 * changes nothing. Claims get new ids.
 */
@ApplicationScoped
public class ImportService {

    /** The import route, whose body is streamed to the staging file rather than buffered. */
    public static final String PATH = "/api/import";

    /**
     * {@code PARTIAL}: keep the valid rows. {@code ATOMIC}: check every row first (a dry run) and write
     * nothing if any fails; otherwise write them all, in committed batches.
     */
    public enum Mode { PARTIAL, ATOMIC }

    /** Ends the count of an upload's rows once it passes the cap. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private final ClaimReviewSettings claimReviews;
    private final ObjectMapper mapper;
    private final ImportWriter writer;
    private final Jobs jobs;
    private final TransferConfig config;
    private final BodySizeLimit limits;
    private final Path staging;

    ImportService(ObjectMapper mapper, ImportWriter writer, Jobs jobs, TransferConfig config, BodySizeLimit limits,
            ClaimReviewSettings claimReviews) {
        this.claimReviews = claimReviews;
        this.mapper = mapper.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.writer = writer;
        this.jobs = jobs;
        this.config = config;
        this.limits = limits;
        this.staging = config.stagingDirectory().map(Path::of)
                .orElse(Path.of(System.getProperty("java.io.tmpdir"), "crosscheck-imports"));
    }

    void start(@Observes StartupEvent event) {
        limits.allowStreamed("POST", PATH, config.maxUploadBytes());
        StagedUpload.sweep(staging, Duration.ofDays(1));
    }

    /**
     * Stages and checks an upload, then starts its import job. {@code charset} is the Content-Type's
     * parameter, or null.
     */
    public JobView submit(InputStream body, ImportFormat format, String charset, Mode mode) throws BodyTooLargeException {
        StagedUpload upload = StagedUpload.receive(body, config.maxUploadBytes(), staging);
        ImportJob job;
        String target;
        try {
            ImportCharsets.Encoding encoding = ImportCharsets.decide(upload.file(), charset);
            int rows = count(upload, encoding, format);
            job = new ImportJob(upload, encoding, format, mode, rows, writer, mapper, config, claimReviews.texts());
            target = format.name() + ", " + rows + " rows, " + upload.size() + " bytes, " + encoding.charset().name()
                    + " (" + encoding.source() + ")";
        } catch (IOException e) {
            upload.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            upload.close();
            throw e;
        }
        return jobs.submit("import", target, job);
    }

    /** Reads the whole file once, decoding it strictly, and returns its rows; refuses it past the row cap. */
    private int count(StagedUpload upload, ImportCharsets.Encoding encoding, ImportFormat format) throws IOException {
        int[] rows = {0};
        ImportReaders.Sink counter = new ImportReaders.Sink() {
            @Override
            public void row(ImportRow row) {
                counted();
            }

            @Override
            public void failure(ImportReaders.RowFailure failure) {
                counted();
            }

            private void counted() {
                if (++rows[0] > config.maxRows()) {
                    throw new TooManyRows();
                }
            }
        };
        try (Reader reader = encoding.open(upload.file())) {
            ImportReaders.read(format, reader, mapper, config.defaultLanguage(), claimReviews.texts(), counter);
        } catch (TooManyRows e) {
            throw new ApiException(413, "Payload too large", "The file holds more than " + config.maxRows()
                    + " rows, the most one import takes (crosscheck.transfer.max-rows); split it.", null, null);
        } catch (IOException | RuntimeException e) {
            throw unreadable(e, encoding, format);
        }
        return rows[0];
    }

    private static ApiException unreadable(Exception e, ImportCharsets.Encoding encoding, ImportFormat format) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StrictReader.UndecodableTextException text) {
                return new ApiException(400, "Invalid request", "The file cannot be read as " + encoding.charset().name()
                        + " text (" + encoding.source() + "): " + text.getMessage() + ". Nothing was imported.",
                        List.of(new FieldError("line " + text.line, text.getMessage())), Map.of());
            }
            if (cause instanceof ApiException api) {
                return api;
            }
        }
        String why = e instanceof JsonProcessingException json ? json.getOriginalMessage()
                : e.getCause() instanceof IOException io ? io.getMessage() : e.getMessage();
        return ApiException.badRequest("The file could not be read as " + format + ": " + why + ". Nothing was imported.");
    }
}
