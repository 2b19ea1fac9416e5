package io.crosscheck.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Without a given language, each paragraph is read with its own conventions. */
class MixedLanguageExtractionTest {

    @Test
    void englishParagraphInAFrenchArticleReadsBillionAsTenToTheNine() {
        String text = "Le gouvernement a annoncé mardi un plan de 2,5 milliards d'euros pour l'hôpital, dont la "
                + "moitié dès cette année. Selon les chiffres publiés par le ministère, le plan doit créer "
                + "plusieurs milliers d'emplois dans les territoires.\n"
                + "Apple reported quarterly revenue of $124.3 billion and said that about 1,200 workers will be "
                + "laid off by the end of the quarter, the company said in a filing with the regulator.\n";
        List<ExtractedFigure> found = FigureExtractor.extract(text, null);
        assertEquals(List.of("2,5 milliards d'euros", "plusieurs milliers d'emplois", "$124.3 billion",
                "about 1,200 workers"), found.stream().map(f -> f.figure().text()).toList());
        assertEquals(0, new BigDecimal("2000").compareTo(found.get(1).figure().low()), "several thousand: at least 2 000");
        assertEquals(0, new BigDecimal("124300000000").compareTo(found.get(2).figure().value()));
        assertEquals(0, new BigDecimal("1200").compareTo(found.get(3).figure().value()));
        for (ExtractedFigure f : found) {
            assertEquals(f.figure().text(), text.substring(f.start(), f.end()));
        }
    }

    @Test
    void frenchEnglishAndSpanishParagraphsAreEachReadWithTheirOwnConventions() {
        List<ExtractedFigure> found = FigureExtractor.extract(MixedLanguageTexts.THREE_LANGUAGES, null);
        assertEquals(List.of("2,5 milliards d'euros", "plusieurs milliers d'emplois", "$124.3 billion", "rose 1.600 points",
                "1.600 millones de euros", "unos 2.000 hospitales"),
                found.stream().map(f -> f.figure().text()).toList());
        assertEquals(0, new BigDecimal("2500000000").compareTo(found.get(0).figure().value()));
        assertEquals(FigureKind.AT_LEAST, found.get(1).figure().kind(), "several thousand: at least 2 000");
        assertEquals(0, new BigDecimal("1.6").compareTo(found.get(3).figure().value()), "English: 1.600 is 1.6");
        assertEquals(0, new BigDecimal("1600000000").compareTo(found.get(4).figure().value()), "Spanish: 1.600 is 1600");
        assertEquals(FigureKind.APPROXIMATE, found.get(5).figure().kind());
        assertEquals("hospital", found.get(5).figure().unit());
    }

    @Test
    void shortParagraphsAreNotMergedAcrossLanguages() {
        String text = "La sanidad recibirá 1.600 millones de euros del Gobierno, según el ministerio.\n"
                + "The shares rose 1.600 points on the day, the exchange said.\n"
                + "Source\n";
        List<ExtractedFigure> found = FigureExtractor.extract(text, null);
        assertEquals(List.of("1.600 millones de euros", "rose 1.600 points"), found.stream().map(f -> f.figure().text()).toList());
        assertEquals(0, new BigDecimal("1600000000").compareTo(found.get(0).figure().value()), "Spanish");
        assertEquals(0, new BigDecimal("1.6").compareTo(found.get(1).figure().value()), "English");
    }
}
