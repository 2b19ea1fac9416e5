package io.crosscheck.common;

/** A view of an editable resource; its version is the resource's ETag. */
public interface Versioned {
    long version();
}
