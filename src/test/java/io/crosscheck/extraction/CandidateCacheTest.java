package io.crosscheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.FigureKind;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A source's candidates are read once per version of its text, and the cache stays within its size. */
class CandidateCacheTest {

    private final AtomicInteger reads = new AtomicInteger();

    private List<Candidate> read(String sentence) {
        reads.incrementAndGet();
        return List.of(new Candidate(figure(), sentence, 0, sentence.length()));
    }

    private static ExtractedFigureView figure() {
        return new ExtractedFigureView("5 M", 0, 3, Dimension.COUNT, FigureKind.EXACT, null, null, null, null, null);
    }

    @Test
    void shouldReadEachVersionOfATextOnce() {
        CandidateCache cache = new CandidateCache(() -> 10_000L);
        List<Candidate> first = cache.get("hash-1", "fr", () -> read("Une phrase."));
        assertSame(first, cache.get("hash-1", "fr", () -> read("Une phrase.")));
        assertEquals(1, reads.get());
        cache.get("hash-1", "en", () -> read("A sentence."));
        cache.get("hash-2", "fr", () -> read("Une autre phrase."));
        assertEquals(3, reads.get(), "another language or another version of the text is read again");
    }

    @Test
    void shouldForgetTheLeastRecentlyUsedTextsPastItsSize() {
        String sentence = "x".repeat(400);
        CandidateCache cache = new CandidateCache(() -> 1_000L);
        cache.get("a", "fr", () -> read(sentence));
        cache.get("b", "fr", () -> read(sentence));
        cache.get("a", "fr", () -> read(sentence));
        cache.get("c", "fr", () -> read(sentence));
        assertEquals(3, reads.get());
        cache.get("a", "fr", () -> read(sentence));
        assertEquals(3, reads.get(), "a was used last, so b went first");
        cache.get("b", "fr", () -> read(sentence));
        assertEquals(4, reads.get());
        cache.get("huge", "fr", () -> read("y".repeat(5_000)));
        cache.get("huge", "fr", () -> read("y".repeat(5_000)));
        assertEquals(6, reads.get(), "what cannot fit is not kept");
    }
}
