package io.crosscheck.extraction;

import java.util.List;
import java.util.UUID;

/** A page of the candidate figures of one source's text; {@code next} is the cursor of the next page, null on the last. */
public record SourceExtraction(UUID sourceId, String lang, List<Candidate> candidates, String next) {
}
