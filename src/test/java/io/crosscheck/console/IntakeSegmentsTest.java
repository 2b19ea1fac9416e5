package io.crosscheck.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crosscheck.extraction.CandidateState;
import io.crosscheck.extraction.CandidateView;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The intake page's highlighting: spans sorted, never overlapping, never outside the text or of another version. */
class IntakeSegmentsTest {

    private static CandidateView candidate(int start, int end, int version) {
        return new CandidateView(UUID.randomUUID(), UUID.randomUUID(), version, "en",
                new CandidateView.Figure("x", start, end, null, null, null, null, null, null, null), "q", 0, 1, null,
                null, null, null, null, 0.5, CandidateState.PROPOSED, null, null, false, null, null, 0, null);
    }

    private static String render(List<IntakeResource.Segment> segments) {
        StringBuilder out = new StringBuilder();
        for (IntakeResource.Segment s : segments) {
            out.append(s.marked() ? "[" + s.mark() + ":" + s.text() + "]" : s.text());
        }
        return out.toString();
    }

    @Test
    void marksSortedNonOverlappingSpansOfTheCurrentText() {
        String text = "It cost $5 million, then $7 million.";
        CandidateView seven = candidate(25, 35, 2);
        CandidateView five = candidate(8, 18, 2);
        CandidateView overlapping = candidate(10, 20, 2);
        CandidateView stale = candidate(0, 2, 1);
        CandidateView outside = candidate(30, 99, 2);
        CandidateView empty = candidate(5, 5, 2);
        List<IntakeResource.Segment> segments = IntakeResource.segments(text, 2,
                List.of(seven, five, overlapping, stale, outside, empty));
        assertEquals("It cost [2:$5 million], then [1:$7 million].", render(segments));
        assertEquals(text, segments.stream().map(IntakeResource.Segment::text).reduce("", String::concat),
                "the text is kept whole");
        assertEquals(List.of(), IntakeResource.segments(null, null, List.of(five)));
        assertEquals("It cost $5 million, then $7 million.", render(IntakeResource.segments(text, 3, List.of(five))));
    }
}
