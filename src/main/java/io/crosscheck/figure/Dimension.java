package io.crosscheck.figure;

/** What kind of quantity a metric measures, and so which figures fit it. */
public enum Dimension {
    /** An amount of money in one ISO 4217 currency; never converted silently. */
    MONEY,
    /** A count of a named noun ("GPU", "heures GPU", "engineers"). */
    COUNT,
    /** A percentage, stored as the plain number (16.9 for "16,9 %"). */
    PERCENT,
    /** A multiplicative factor ("20 fois moins" is 20 with the direction in the unit). */
    RATIO,
    /** A length of time, normalised to seconds. */
    DURATION,
    /** A non-numeric value such as a chip model. */
    CATEGORY
}
