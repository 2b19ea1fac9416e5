package io.crosscheck.claim;

/**
 * Whether an appearance's quote is in its source's current text. A corrected article may drop or
 * reword a sentence: the quote is then STALE, and its offsets still point into the text version it
 * was taken from ({@code textVersion}), which is kept.
 */
public enum QuoteStatus { CURRENT, STALE }
