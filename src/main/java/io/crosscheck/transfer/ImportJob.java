package io.crosscheck.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.common.ApiException;
import io.crosscheck.job.JobContext;
import io.crosscheck.job.JobWork;
import io.crosscheck.security.Caller;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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
        try {
            return runPasses(context);
        } finally {
            if (writers != null) {
                writers.shutdownNow();
            }
        }
    }

    /** The import's writer threads (two: a batch is prepared while the one before is committed), made on first use. */
    private ExecutorService writers;

    private Object runPasses(JobContext context) throws IOException {
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
        /** Batches handed to the writer threads, oldest first (at most two; a committed, partial import only). */
        final Deque<InFlight> inFlight = new ArrayDeque<>();
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
            try {
                try (Reader reader = encoding.open(upload.file())) {
                    ImportReaders.read(format, reader, mapper, config.defaultLanguage(), texts, this);
                }
                flush();
                while (!inFlight.isEmpty()) {
                    settle(inFlight.poll());
                }
            } finally {
                // Failed or cancelled: the batches in flight end (committed or not) before the job does.
                for (InFlight f : inFlight) {
                    try {
                        f.result().get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (ExecutionException e) {
                        // the job fails with its first error already
                    }
                }
            }
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

        /**
         * Writes the batch read so far: at once (atomic mode, its check, and when the pipeline is off), or
         * handed to the writer threads, where it is prepared while the batch before it is committed
         * ({@link ImportWriter#write(List, boolean, ImportWriter.Names, ImportWriter.Stage, ImportWriter.Stage)});
         * results are taken in file order either way.
         */
        private void flush() {
            context.checkCancelled();
            List<ImportRow> rowsRead = List.copyOf(batch);
            List<ImportResult.RowError> unreadRows = List.copyOf(unreadable);
            batch.clear();
            unreadable.clear();
            if (!commit || mode == ImportService.Mode.ATOMIC || !config.importPipeline() || rowsRead.isEmpty()) {
                while (!inFlight.isEmpty()) {
                    settle(inFlight.poll());
                }
                ImportWriter.BatchResult result = rowsRead.isEmpty() ? new ImportWriter.BatchResult(0, 0, List.of())
                        : writer.write(rowsRead, commit, names);
                settle(rowsRead.size(), unreadRows, result);
                return;
            }
            while (inFlight.size() >= 2) {
                settle(inFlight.poll());
            }
            ImportWriter.Stage before = inFlight.isEmpty() ? null : inFlight.peekLast().stage();
            ImportWriter.Stage self = new ImportWriter.Stage();
            String actor = Caller.currentActor();
            Future<ImportWriter.BatchResult> result = writers().submit(() -> {
                ManagedContext requests = Arc.container().requestContext();
                requests.activate();
                try {
                    return Caller.actingFor(actor, () -> writer.write(rowsRead, true, names, before, self));
                } finally {
                    requests.terminate();
                }
            });
            inFlight.add(new InFlight(rowsRead.size(), unreadRows, result, self));
        }

        private void settle(InFlight f) {
            ImportWriter.BatchResult result;
            try {
                result = f.result().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while an import batch was written", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException("An import batch failed", e.getCause());
            }
            settle(f.rows(), f.unreadable(), result);
        }

        private void settle(int batchRows, List<ImportResult.RowError> unreadRows, ImportWriter.BatchResult result) {
            List<ImportResult.RowError> issues = new ArrayList<>(unreadRows);
            issues.addAll(result.errors());
            issues.sort(Comparator.comparingInt(ImportResult.RowError::line));
            issues.forEach(e -> context.issue("line " + e.line(), e.field(), e.message()));
            rows += batchRows + unreadRows.size();
            created += result.created();
            duplicates += result.duplicates();
            failed += unreadRows.size() + ImportWriter.distinctLines(result.errors());
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

    /** A batch handed to the writer threads: its row count, the rows of its stretch that could not be read, its result. */
    private record InFlight(int rows, List<ImportResult.RowError> unreadable, Future<ImportWriter.BatchResult> result,
            ImportWriter.Stage stage) {
    }

    private ExecutorService writers() {
        if (writers == null) {
            AtomicInteger n = new AtomicInteger();
            writers = Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "crosscheck-import-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return writers;
    }
}
