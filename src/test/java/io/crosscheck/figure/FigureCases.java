package io.crosscheck.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** How a table checks one figure against its expectation. */
    interface Check {
        void check(String expected, Figure f, String context);
    }

    /** A parse case: the expression parses to the stated figure (text kept as written), or "!reason" is refused. */
    static void assertParses(Line c, Check check) {
        if (c.expected().startsWith("!")) {
            FigureParseException e = assertThrows(FigureParseException.class, () -> FigureParser.parse(c.text(), c.lang()));
            String want = c.expected().substring(1).trim().toLowerCase(Locale.ROOT);
            assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains(want),
                    "message '" + e.getMessage() + "' should mention '" + want + "'");
            return;
        }
        Figure f = FigureParser.parse(c.text(), c.lang());
        check.check(c.expected(), f, c.text());
        assertEquals(c.text().strip(), f.text(), "text is kept as written");
    }

    /** An extraction case: exactly the figures listed (" ;; " between them), each at exactly its span. */
    static void assertExtracts(Line c, Check check) {
        List<ExtractedFigure> found = FigureExtractor.extract(c.text(), c.lang());
        String[] expected = c.expected().isBlank() ? new String[0] : c.expected().split(" ;; ");
        assertEquals(expected.length, found.size(), "figures found: " + found.stream()
                .map(f -> f.figure().text()).toList());
        int from = 0;
        for (int i = 0; i < expected.length; i++) {
            String[] spanAndFigure = expected[i].split(" = ", 2);
            String span = spanAndFigure[0];
            int start = c.text().indexOf(span, from);
            ExtractedFigure got = found.get(i);
            assertEquals(span, got.figure().text(), "figure " + i + " text");
            assertEquals(start, got.start(), span + " start");
            assertEquals(start + span.length(), got.end(), span + " end");
            check.check(spanAndFigure[1], got.figure(), span);
            from = got.end();
        }
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
