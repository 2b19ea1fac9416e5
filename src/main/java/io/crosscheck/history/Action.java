package io.crosscheck.history;

/** What happened to a resource. */
public enum Action {
    CREATE, UPDATE, DELETE
}
