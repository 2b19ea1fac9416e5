package io.crosscheck.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The candidate figures of a source's text, by the text's SHA-256 (stored with the source) and its
 * language: reading a long source costs seconds, and the same version of a text always gives the
 * same candidates, so they are read once per version (a changed text has another hash; nothing
 * needs invalidating). Least recently used entries go first once the sentences held pass
 * {@code crosscheck.extraction.cache-chars}.
 */
@ApplicationScoped
class CandidateCache {

    private final long maxChars;
    private final LinkedHashMap<String, List<Candidate>> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long chars;

    CandidateCache(ExtractionConfig config) {
        this.maxChars = config.cacheChars();
    }

    List<Candidate> get(String textSha256, String lang, Supplier<List<Candidate>> read) {
        String key = lang + ":" + textSha256;
        synchronized (this) {
            List<Candidate> cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        List<Candidate> candidates = List.copyOf(read.get());
        long weight = weight(candidates);
        if (weight <= maxChars) {
            synchronized (this) {
                if (entries.put(key, candidates) == null) {
                    chars += weight;
                }
                for (var it = entries.entrySet().iterator(); chars > maxChars && it.hasNext(); ) {
                    Map.Entry<String, List<Candidate>> eldest = it.next();
                    chars -= weight(eldest.getValue());
                    it.remove();
                }
            }
        }
        return candidates;
    }

    private static long weight(List<Candidate> candidates) {
        long weight = 0;
        for (Candidate c : candidates) {
            weight += c.sentence().length() + c.figure().text().length() + 64;
        }
        return weight;
    }
}
