package io.crosscheck.figure;

/** How a figure bounds the quantity it states. */
public enum FigureKind {
    /** A stated point value ("5,6 millions de dollars"). Its interval comes from its precision. */
    EXACT,
    /** A hedged point value ("environ 6 millions", "about $6M"). */
    APPROXIMATE,
    /** Both ends stated ("entre 60 et 80 millions"). */
    RANGE,
    /** A lower bound only ("plus de 200", "200+"). */
    AT_LEAST,
    /** An upper bound only ("moins de 10 M$", "up to 50%"). */
    AT_MOST,
    /** A non-numeric value ("H800"). */
    CATEGORY;

    /** Whether the figure states one value (rather than bounds or a category). */
    public boolean isPoint() {
        return this == EXACT || this == APPROXIMATE;
    }
}
