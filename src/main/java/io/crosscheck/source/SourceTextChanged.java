package io.crosscheck.source;

import java.util.UUID;

/**
 * Fired, inside the changing transaction, when a source's text becomes a new version (or is
 * removed: {@code newVersion} null), so that the appearances quoting it are checked against the new
 * text (claim/QuoteTracker). The observer reports back how many quotes it moved and how many it
 * could no longer find.
 */
public final class SourceTextChanged {

    private final UUID sourceId;
    private final Integer previousVersion;
    private final Integer newVersion;
    private int relocated;
    private int stale;

    public SourceTextChanged(UUID sourceId, Integer previousVersion, Integer newVersion) {
        this.sourceId = sourceId;
        this.previousVersion = previousVersion;
        this.newVersion = newVersion;
    }

    public UUID sourceId() {
        return sourceId;
    }

    public Integer previousVersion() {
        return previousVersion;
    }

    public Integer newVersion() {
        return newVersion;
    }

    /** Called by the observer: quotes found elsewhere in the new text, and quotes no longer in it. */
    public void report(int relocated, int stale) {
        this.relocated += relocated;
        this.stale += stale;
    }

    public int relocated() {
        return relocated;
    }

    public int stale() {
        return stale;
    }
}
