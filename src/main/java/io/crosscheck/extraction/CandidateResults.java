package io.crosscheck.extraction;

import io.crosscheck.claim.ClaimView;
import java.util.List;
import java.util.UUID;

/** What the candidate operations report. */
public final class CandidateResults {

    private CandidateResults() {
    }

    /**
     * The result of a "candidates" job: figures found in text version {@code textVersion}, candidates
     * stored now, and those already stored for that version (proposing again adds nothing twice).
     */
    public record Proposed(UUID sourceId, int textVersion, int figures, int created, int existing, int skipped) {
    }

    /** An accepted candidate and the claim it became or was attached to ({@code candidate.attached}). */
    public record Accepted(CandidateView candidate, ClaimView claim) {
    }

    /** One candidate bulk acceptance could not accept, and why. */
    public record Failure(UUID candidateId, int status, String detail) {
    }

    /** What a bulk acceptance did. */
    public record Bulk(int considered, int accepted, int attached, List<UUID> claims, List<Failure> failed) {
    }
}
