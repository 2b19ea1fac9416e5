package io.crosscheck.source;

import java.util.UUID;

/**
 * Fired by a fetch job after it stored a page (outside the storing transaction, on the job's thread),
 * so that work on the new text — proposing claim candidates — runs in the same job.
 */
public record SourceFetched(UUID sourceId, SourceService.Outcome outcome) {

    /** Whether the fetch gave the source a text it did not have (a new source or a new version). */
    public boolean newText() {
        return outcome == SourceService.Outcome.CREATED || outcome == SourceService.Outcome.UPDATED;
    }
}
