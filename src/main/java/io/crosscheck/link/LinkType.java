package io.crosscheck.link;

/**
 * How two claims relate. Symmetric types mean the same read in either direction, so they are
 * stored once, from the smaller id to the larger; directed ones keep the direction given.
 */
public enum LinkType {
    /** The two figures cannot both be true. */
    CONTRADICTS(true),
    /** {@code from} narrows {@code to}: a smaller scope or a more precise figure. */
    REFINES(false),
    /** The two agree. */
    SUPPORTS(true),
    /** {@code from} corrects or updates {@code to}, which is then out of date. */
    SUPERSEDES(false),
    /** The same assertion by the same claimant, seen again. */
    DUPLICATES(true),
    /** Looks like a clash but measures something else (a training run against a whole buildout). */
    CONTEXT(true);

    private final boolean symmetric;

    LinkType(boolean symmetric) {
        this.symmetric = symmetric;
    }

    public boolean symmetric() {
        return symmetric;
    }
}
