package io.crosscheck.figure;

import java.util.List;

/** The output of {@link TextHygiene#clean}: the cleaned text and what was done to it (empty when untouched). */
public record CleanText(String text, List<HygieneFlag> flags) {

    public CleanText {
        flags = List.copyOf(flags);
    }

    /** Whether the text differs from the input. */
    public boolean changed() {
        return flags.stream().anyMatch(f -> f != HygieneFlag.MOJIBAKE_SUSPECTED);
    }
}
