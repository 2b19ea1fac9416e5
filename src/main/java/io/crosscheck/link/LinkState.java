package io.crosscheck.link;

/** Where a link stands in review. Detected links start PROPOSED; manual ones CONFIRMED. */
public enum LinkState { PROPOSED, CONFIRMED, DISMISSED }
