package io.crosscheck.figure;

/**
 * Whether a figure states a level ("inflation at 4,9 %", "revenue of $4.2 billion") or a change of one
 * ("une hausse de 3 %", "down 5%", "a drop of 12 %"). A change is never judged against a level: they
 * answer different questions (ADR 0013).
 */
public enum Nature {
    /** How much there is: the default. */
    LEVEL,
    /** By how much something moved; the sign of the value gives the direction (a fall is negative). */
    CHANGE
}
