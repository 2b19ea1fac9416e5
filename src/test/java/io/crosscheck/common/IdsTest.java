package io.crosscheck.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void shouldMakeVersion7IdsThatSortByCreation() throws InterruptedException {
        UUID first = Ids.newId();
        Thread.sleep(2);
        UUID second = Ids.newId();
        assertEquals(7, first.version());
        assertEquals(2, first.variant());
        assertTrue(first.compareTo(second) < 0);
    }

    @Property
    void cursorsRoundTripEveryId(@ForAll long msb, @ForAll long lsb) {
        UUID id = new UUID(msb, lsb);
        assertEquals(id, Cursor.decode(Cursor.encode(id)));
    }

    @Property
    void tryParseNeverThrows(@ForAll String raw) {
        UUID parsed = Ids.tryParse(raw);
        assertTrue(parsed == null || parsed.toString().equalsIgnoreCase(raw));
    }

    @Test
    void shouldNotParseNonCanonicalIds() {
        assertNull(Ids.tryParse("1-2-3-4-5"));
    }
}
