package io.crosscheck.report;

import io.crosscheck.common.ApiException;
import io.crosscheck.common.Cursor;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.job.JobContext;
import io.crosscheck.job.JobView;
import io.crosscheck.job.JobWork;
import io.crosscheck.job.Jobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** Report runs for the API: listed newest first, read one by one, their files, and re-runs. */
@ApplicationScoped
public class ReportService {

    private final ReportRuns runs;
    private final ReportFiles files;
    private final ReportRunner runner;
    private final Jobs jobs;

    ReportService(ReportRuns runs, ReportFiles files, ReportRunner runner, Jobs jobs) {
        this.runs = runs;
        this.files = files;
        this.runner = runner;
        this.jobs = jobs;
    }

    /** Newest date first; the cursor is the last date shown. */
    @Transactional
    public Page<ReportRunView> list(int limit, String cursor) {
        LocalDate before = cursor == null || cursor.isBlank() ? null : decode(cursor.trim());
        List<ReportRun> rows = (before == null ? runs.find("order by reportDate desc")
                : runs.find("reportDate < ?1 order by reportDate desc", before)).page(0, limit + 1).list();
        boolean more = rows.size() > limit;
        List<ReportRun> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? encode(shown.get(shown.size() - 1).reportDate) : null;
        return new Page<>(shown.stream().map(r -> ReportRunView.of(r, null)).toList(), next);
    }

    /** One run with its files; a malformed or unknown date is a 404, like any unknown resource. */
    @Transactional
    public ReportRunView get(String date) {
        LocalDate day = parseOrNotFound(date);
        ReportRun run = runs.findByIdOptional(day).orElseThrow(() -> notFound(date));
        return ReportRunView.of(run, manifest(day).map(ReportFiles.Manifest::files).orElse(List.of()));
    }

    /** A file of a run, by the exact name its manifest lists; anything else is a 404. */
    public ReportStore.Stored file(String date, String name) {
        LocalDate day = parseOrNotFound(date);
        try {
            return files.file(day, name).orElseThrow(() -> new ApiException(404, "Not found",
                    "Report " + day + " has no file with that name.", null, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs (or re-runs) a date as a job: the run is RUNNING (its guard taken) when this returns, and
     * the job writes it. A date still running is a 409; a future date or today (not over yet in the
     * report zone) is a 422; no room for the job is a 503 and leaves the run FAILED, so it can be
     * asked again. The job's result is the finished run; the job FAILED when the run did.
     */
    public JobView run(String date) {
        LocalDate day = parse(date);
        if (day.isAfter(runner.yesterday())) {
            throw ApiException.unprocessable("date", "must be a day that is over (at most " + runner.yesterday() + ")");
        }
        if (runner.begin(day, true) == ReportRuns.Claim.RUNNING_ELSEWHERE) {
            throw ApiException.conflict("The report of " + day + " is being written; try again when it is done.");
        }
        return jobs.submit("report", day.toString(), new Write(day));
    }

    /** The body of a report job; a run whose job never ran (refused, or queued when the instance stopped) is abandoned. */
    private final class Write implements JobWork {
        private final LocalDate day;
        private final AtomicBoolean started = new AtomicBoolean();

        Write(LocalDate day) {
            this.day = day;
        }

        @Override
        public Object run(JobContext context) {
            started.set(true);
            boolean succeeded = runner.write(day);
            ReportRunView run = get(day.toString());
            if (!succeeded) {
                throw new IllegalStateException("The report of " + day + " failed: " + run.error());
            }
            return run;
        }

        @Override
        public void close() {
            if (!started.get()) {
                runner.abandon(day, "Its job never ran (no room on this instance, or the instance stopped); run it again.");
            }
        }
    }

    /** Streams a file returned by {@link #file} to {@code out}. */
    public void copy(ReportStore.Stored file, java.io.OutputStream out) throws IOException {
        files.copy(file, out);
    }

    private Optional<ReportFiles.Manifest> manifest(LocalDate day) {
        try {
            return files.manifest(day);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate parse(String date) {
        if (date == null || date.isBlank()) {
            throw ApiException.invalid("date", "is required, as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("date", "must be a date as YYYY-MM-DD");
        }
    }

    private static LocalDate parseOrNotFound(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException | NullPointerException e) {
            throw notFound(date);
        }
    }

    private static ApiException notFound(String date) {
        return new ApiException(404, "Not found", "No report for that date.", null, null);
    }

    private static String encode(LocalDate date) {
        return Cursor.encode(date.toEpochDay());
    }

    private static LocalDate decode(String cursor) {
        long day = Cursor.decodeNumber(cursor);
        try {
            return LocalDate.ofEpochDay(day);
        } catch (java.time.DateTimeException e) {
            throw ApiException.invalid("cursor", "is not a cursor returned by this API");
        }
    }
}
