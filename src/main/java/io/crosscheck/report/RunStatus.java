package io.crosscheck.report;

/** Where a report run stands. */
public enum RunStatus { RUNNING, SUCCEEDED, FAILED }
