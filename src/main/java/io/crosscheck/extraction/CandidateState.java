package io.crosscheck.extraction;

/** Where a claim candidate stands: waiting for a reviewer, made a claim (or an appearance), or turned down. */
public enum CandidateState {
    PROPOSED, ACCEPTED, REJECTED
}
