package io.crosscheck.extraction;

import java.util.List;
import java.util.UUID;

/** The candidate figures of one source's text. */
public record SourceExtraction(UUID sourceId, String lang, List<Candidate> candidates) {
}
