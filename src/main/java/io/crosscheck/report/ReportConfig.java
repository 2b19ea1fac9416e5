package io.crosscheck.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** Nightly reports ({@code crosscheck.report.*}); every key is described in docs/operations.md. */
@ConfigMapping(prefix = "crosscheck.report")
public interface ReportConfig {

    /** Run the nightly job and the catch-up at start. Reports can still be run over the API when off. */
    @WithDefault("true")
    boolean enabled();

    /** When the nightly job fires (Quartz-style cron with seconds), in {@link #zone()}; "off" disables it. */
    @WithDefault("0 0 2 * * ?")
    String cron();

    /** The time zone whose calendar days reports cover, and in which the cron is read. */
    @WithDefault("Europe/Paris")
    ZoneId zone();

    /** Rows read per query while a report is written (keyset pages): bounds the memory a run uses. */
    @WithDefault("500")
    int pageSize();

    /** Report files and runs older than this many days are deleted after each run; 0 keeps everything. */
    @WithDefault("90")
    int retentionDays();

    /** At start, missed dates are caught up, at most this many days back from yesterday; 0 disables catch-up. */
    @WithDefault("7")
    int catchUpDays();

    /** A run still marked RUNNING after this long is taken to have died with its instance, and may be re-run. */
    @WithDefault("PT1H")
    Duration staleAfter();

    /** The fact-checking organisation named as ClaimReview's author. */
    @WithDefault("Crosscheck")
    String organisationName();

    /** Its web address. */
    Optional<String> organisationUrl();
}
