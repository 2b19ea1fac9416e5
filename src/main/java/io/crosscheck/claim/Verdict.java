package io.crosscheck.claim;

/** A fact-checker's verdict on a claim (mapped to ClaimReview's alternateName on export). */
public enum Verdict { UNREVIEWED, SUPPORTED, DISPUTED, MISLEADING, FALSE, UNVERIFIABLE, OUTDATED }
