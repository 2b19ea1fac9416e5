package io.crosscheck.link;

/**
 * Names the person behind a manual link or a review decision. There are no API keys yet, so the
 * default answers null; the security feature supplies its own bean (the key's owner, the signed-in
 * user), which replaces {@link AnonymousLinkAuthor} without touching this package.
 */
public interface LinkAuthor {

    /** The author to record for the current request, or null when unknown. */
    String current();

    /** The author recorded on links made by conflict detection. */
    String SYSTEM = "system";
}
