package io.crosscheck.figure;

/** What {@link TextHygiene} changed in a text, or found suspicious and left alone. */
public enum HygieneFlag {
    /** Lone UTF-16 surrogates were replaced by U+FFFD. */
    UNPAIRED_SURROGATE_REPLACED,
    /** UTF-8 text that had been decoded as Windows-1252, Windows-1250 or Latin-1 was decoded again. */
    MOJIBAKE_REPAIRED,
    /** Something looks like mojibake but could not be repaired unambiguously; it was left as is. */
    MOJIBAKE_SUSPECTED,
    /** The text was put in Unicode normalisation form C. */
    NFC_NORMALISED,
    /** No-break, narrow, thin and other odd spaces became plain spaces (line separators became newlines). */
    SPACES_NORMALISED,
    /** Zero-width spaces, word joiners, byte-order marks, soft hyphens and direction marks were removed. */
    INVISIBLES_REMOVED,
    /** Control characters other than tab, newline and carriage return were removed. */
    CONTROLS_REMOVED
}
