package io.crosscheck.extraction;

/**
 * A figure found in a source's text, with the sentence around it: what a fact-checker reads to
 * decide whether to make it a claim. Offsets are into the source's stored text.
 */
public record Candidate(ExtractedFigureView figure, String sentence, int sentenceStart, int sentenceEnd) {
}
