package io.crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The report's keyset reading ({@link ReportBuilder#paged}) on a plain list: a page ends the read only
 * when it read fewer rows than a page, not when fewer items came out of it (rows deleted between the
 * read of their keys and of their content, or left out by the reader).
 */
class ReportPagingTest {

    private static final int PAGE = 3;

    /** Reads keys 1..rows after {@code after}, keeping the items of all keys but {@code gone}. */
    private static ReportBuilder.Chunk<Integer, String> read(Integer after, int rows, Set<Integer> gone, List<Integer> reads) {
        reads.add(after);
        List<Integer> keys = IntStream.rangeClosed(1, rows).boxed().filter(k -> after == null || k > after).limit(PAGE).toList();
        return ReportBuilder.Chunk.of(keys, PAGE, keys.stream().filter(k -> !gone.contains(k)).map(k -> "item " + k).toList());
    }

    private static List<String> all(int rows, Set<Integer> gone, List<Integer> reads) throws Exception {
        List<String> out = new ArrayList<>();
        long n = ReportBuilder.paged((Integer after) -> read(after, rows, gone, reads), out::add);
        assertEquals(out.size(), n, "the count is of the items handed on");
        return out;
    }

    @Test
    void shouldReadOnPastAPageWhoseItemsWentBetweenItsTwoReads() throws Exception {
        List<Integer> reads = new ArrayList<>();
        // Keys 3 (a first page's last row) and 4, 5, 6 (a whole page) are gone by the time their rows are read.
        assertEquals(List.of("item 1", "item 2", "item 7", "item 8", "item 9", "item 10"),
                all(10, Set.of(3, 4, 5, 6), reads));
        assertEquals(java.util.Arrays.asList(null, 3, 6, 9), reads, "each page starts after the last key read");
    }

    @Test
    void shouldStopAfterAShortPageAndReadOneEmptyPageAfterAFullLastOne() throws Exception {
        List<Integer> reads = new ArrayList<>();
        assertEquals(7, all(7, Set.of(), reads).size());
        assertEquals(java.util.Arrays.asList(null, 3, 6), reads);
        reads.clear();
        assertEquals(6, all(6, Set.of(), reads).size());
        assertEquals(java.util.Arrays.asList(null, 3, 6), reads);
        reads.clear();
        assertEquals(List.of(), all(0, Set.of(), reads));
        assertEquals(java.util.Arrays.asList((Integer) null), reads);
    }
}
