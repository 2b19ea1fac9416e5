package io.crosscheck.claim;

/** The order of the claim list: by id (creation order, the default), or best search matches first. */
public enum ClaimOrder {
    ID, RELEVANCE
}
