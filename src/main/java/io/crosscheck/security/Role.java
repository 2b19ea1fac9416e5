package io.crosscheck.security;

/** What an API key may do; each role includes the ones before it. */
public enum Role {
    /** Reads the API when reads are not public. */
    READER,
    /** Also creates, changes and deletes claims, sources, entities, metrics and topics. */
    EDITOR,
    /** Also manages API keys (and, later, report runs). */
    ADMIN;

    public boolean includes(Role needed) {
        return compareTo(needed) >= 0;
    }
}
