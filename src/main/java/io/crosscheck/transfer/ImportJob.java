package io.crosscheck.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.common.ApiException;
import io.crosscheck.job.JobContext;
import io.crosscheck.job.JobWork;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The background part of an import: reads the staged file and writes its rows in committed batches
 * ({@link ImportWriter}), reporting progress and every refused row (as a job issue naming its line).
 * In atomic mode the file is first run through the same writes in transactions that are rolled back
 * (a dry run, batch by batch); only when no row fails is it written. Deletes the staged file when it ends.
 */
final class ImportJob implements JobWork {

    private final StagedUpload upload;
    private final ImportCharsets.Encoding encoding;
    private final ImportFormat format;
    private final ImportService.Mode mode;
    private final int rows;
    private final ImportWriter writer;
    private final ObjectMapper mapper;
    private final TransferConfig config;
    private final RatingTexts texts;

    ImportJob(StagedUpload upload, ImportCharsets.Encoding encoding, ImportFormat format, ImportService.Mode mode,
            int rows, ImportWriter writer, ObjectMapper mapper, TransferConfig config, RatingTexts texts) {
        this.texts = texts;
        this.upload = upload;
        this.encoding = encoding;
        this.format = format;
        this.mode = mode;
        this.rows = rows;
        this.writer = writer;
        this.mapper = mapper;
        this.config = config;
    }

    @Override
    public Object run(JobContext context) throws IOException {
        boolean atomic = mode == ImportService.Mode.ATOMIC;
        context.total((long) rows * (atomic ? 2 : 1));
        ImportWriter.Names names = new ImportWriter.Names();
        if (atomic) {
            Pass check = new Pass(context, false, 0, names);
            check.run();
            if (check.failed > 0) {
                throw new ApiException(422, "Import refused", check.failed + " of " + check.rows + " rows are invalid, "
                        + "so none was imported (mode=atomic); the job's issues list them by line.", null, null);
            }
        }
        Pass write = new Pass(context, true, atomic ? rows : 0, names);
        write.run();
        return new ImportResult(format.name(), mode.name(), encoding.charset().name(), encoding.source(), write.rows,
                write.created, write.duplicates, write.failed, true);
    }

    @Override
    public void close() {
        upload.close();
    }

    /** One read of the file, in batches: committed (the import) or rolled back (atomic mode's check). */
    private final class Pass implements ImportReaders.Sink {
        final JobContext context;
        final boolean commit;
        final long progressBefore;
        final ImportWriter.Names names;
        final List<ImportRow> batch = new ArrayList<>();
        final List<ImportResult.RowError> unreadable = new ArrayList<>();
        int rows;
        int created;
        int duplicates;
        int failed;

        Pass(JobContext context, boolean commit, long progressBefore, ImportWriter.Names names) {
            this.context = context;
            this.commit = commit;
            this.progressBefore = progressBefore;
            this.names = names;
        }

        void run() throws IOException {
            try (Reader reader = encoding.open(upload.file())) {
                ImportReaders.read(format, reader, mapper, config.defaultLanguage(), texts, this);
            }
            flush();
        }

        @Override
        public void row(ImportRow row) {
            batch.add(row);
            if (batch.size() >= Math.max(1, config.importBatchSize())) {
                flush();
            }
        }

        @Override
        public void failure(ImportReaders.RowFailure failure) {
            unreadable.add(new ImportResult.RowError(failure.line, failure.field, failure.getMessage()));
            if (unreadable.size() >= Math.max(1, config.importBatchSize())) {
                flush();
            }
        }

        private void flush() {
            context.checkCancelled();
            ImportWriter.BatchResult result = batch.isEmpty() ? new ImportWriter.BatchResult(0, 0, List.of())
                    : writer.write(List.copyOf(batch), commit, names);
            List<ImportResult.RowError> issues = new ArrayList<>(unreadable);
            issues.addAll(result.errors());
            issues.sort(Comparator.comparingInt(ImportResult.RowError::line));
            issues.forEach(e -> context.issue("line " + e.line(), e.field(), e.message()));
            rows += batch.size() + unreadable.size();
            created += result.created();
            duplicates += result.duplicates();
            failed += unreadable.size() + ImportWriter.distinctLines(result.errors());
            batch.clear();
            unreadable.clear();
            context.processed(progressBefore + rows);
            if (commit && mode == ImportService.Mode.ATOMIC && !issues.isEmpty()) {
                // Checked a moment ago, refused now: the store changed meanwhile (a metric deleted, a source edited).
                throw new ApiException(409, "Conflict", "Line " + issues.get(0).line() + " passed the check but "
                        + "could not be written, because the store changed meanwhile; " + created + " claims of the "
                        + "earlier batches were imported. Import the same file again to complete it: the rows "
                        + "already imported count as duplicates.", null, null);
            }
        }
    }
}
