package io.crosscheck.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Walks a text number by number, skipping non-figure zones, and collects figures (never overlapping)
 * and the reasons numbers were not taken. Shared by the parser (strict) and the extractor (lenient).
 */
final class FigureScanner {

    record Result(List<ExtractedFigure> figures, List<String> rejections) {
    }

    private FigureScanner() {
    }

    static Result scan(String text, String lang, boolean parseMode) {
        List<ExtractedFigure> out = new ArrayList<>();
        List<String> why = new ArrayList<>();
        List<NonFigureZones.Zone> zones = NonFigureZones.find(text);
        FigureGrammar grammar = new FigureGrammar(text, lang, parseMode);
        Matcher core = Lexicon.core(lang).matcher(text);
        int zone = 0;
        int skipUntil = 0;
        int lastEnd = 0;
        while (core.find()) {
            int s = core.start();
            if (s < skipUntil) {
                continue;
            }
            while (zone < zones.size() && zones.get(zone).end() <= s) {
                zone++;
            }
            if (zone < zones.size() && zones.get(zone).start() <= s) {
                NonFigureZones.Zone z = zones.get(zone);
                why.add(z.reason());
                skipUntil = z.end();
                continue;
            }
            FigureGrammar.Attempt a = grammar.at(s, core.end(), core.group("w") != null);
            skipUntil = Math.max(skipUntil, a.consumedTo());
            if (a.figure() == null) {
                if (a.reason() != null) {
                    why.add(a.reason());
                }
                continue;
            }
            if (a.start() < lastEnd || overlapsZone(zones, zone, a.start(), a.end())) {
                continue;
            }
            out.add(new ExtractedFigure(a.figure(), a.start(), a.end()));
            lastEnd = a.end();
        }
        return new Result(out, why);
    }

    private static boolean overlapsZone(List<NonFigureZones.Zone> zones, int from, int start, int end) {
        for (int i = Math.max(0, from - 1); i < zones.size() && zones.get(i).start() < end; i++) {
            if (zones.get(i).end() > start) {
                return true;
            }
        }
        return false;
    }
}
