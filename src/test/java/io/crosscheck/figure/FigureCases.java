package io.crosscheck.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads the table files under src/test/resources/figures and checks a figure against an expectation. */
final class FigureCases {

    private FigureCases() {
    }

    /** One data line split on " | ": language (null for "--"), text, expectation. */
    record Line(String lang, String text, String expected) {
        @Override
        public String toString() {
            return (lang == null ? "??" : lang) + ": " + text;
        }
    }

    static List<Line> read(String resource) {
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(FigureCases.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            String l;
            while ((l = r.readLine()) != null) {
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split(" \\| ", -1);
                if (parts.length != 3) {
                    parts = l.endsWith(" |") ? new String[] {parts[0], l.substring(5, l.length() - 2), ""} : parts;
                }
                String lang = parts[0].trim();
                out.add(new Line(lang.equals("--") ? null : lang, parts[1], parts[2].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Asserts "KIND DIMENSION value low high extra" where extra is an ISO code, u:unit or "-". */
    static void check(String expected, Figure f, String context) {
        String[] e = expected.trim().split("\\s+");
        assertEquals(FigureKind.valueOf(e[0]), f.kind(), context + " kind");
        assertEquals(Dimension.valueOf(e[1]), f.dimension(), context + " dimension");
        number(e[2], f.value(), context + " value");
        number(e[3], f.low(), context + " low");
        number(e[4], f.high(), context + " high");
        String extra = e.length > 5 ? e[5] : "-";
        if (extra.startsWith("u:")) {
            assertEquals(extra.substring(2).replace('_', ' '), f.unit(), context + " unit");
            assertNull(f.currency(), context + " currency");
        } else if (extra.equals("-")) {
            assertNull(f.currency(), context + " currency");
            if (f.dimension() != Dimension.RATIO) {
                assertNull(f.unit(), context + " unit");
            }
        } else {
            assertEquals(extra, f.currency(), context + " currency");
        }
    }

    private static void number(String expected, BigDecimal actual, String what) {
        if (expected.equals("-")) {
            assertNull(actual, what);
        } else {
            assertEquals(0, new BigDecimal(expected).compareTo(actual),
                    what + ": expected " + expected + " but was " + actual);
        }
    }
}
