package io.crosscheck.extraction;

import java.util.List;

/** Every figure found in a text, and the language it was read in. */
public record Extraction(String lang, List<ExtractedFigureView> figures) {
}
