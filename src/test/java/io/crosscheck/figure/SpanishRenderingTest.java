package io.crosscheck.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures read in any language are written the way Spanish newsrooms write them, with the words of the es pack. */
class SpanishRenderingTest {

    @ParameterizedTest(name = "{0}: {1} -> \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "es | 4,2 millones de euros          | 4,2 millones de euros",
        "en | $2.3 billion                   | 2.300 millones de dólares",
        "fr | 1,6 milliard $                 | 1.600 millones de dólares",
        "fr | 5 milliards de dollars         | 5 mil millones de dólares",
        "en | more than 150 employees        | más de 150 empleados",
        "fr | plus de 10 000 blessés         | más de 10.000 heridos",
        "fr | entre 30 et 45 millions d'euros | entre 30 y 45 millones de euros",
        "en | between $30 million and $45 million | entre 30 y 45 millones de dólares",
        "en | about 9 million                | unos 9 millones",
        "fr | environ 300 personnes          | alrededor de 300 personas",
        "en | 12,000 chips                   | 12.000 chips",
        "fr | dix fois plus                  | diez veces más",
        "en | 20 times less                  | 20 veces menos",
        "fr | 2,1 millions d'habitants       | 2,1 millones de habitantes",
        "fr | 1 million de personnes         | 1 millón de personas",
        "en | 1.5 million                    | 1,5 millones",
        "fr | moins de 10 M€                 | menos de 10 millones de euros",
        "fr | 16,9 %                         | 16,9 %",
        "fr | deux mois                      | 2 meses",
        "en | three years                    | 3 años",
        "fr | 2,788 millions d'heures GPU    | 2,788 millones de horas GPU",
        "fr | 50 000 GPU                     | 50.000 GPU",
        "en | 959 euros                      | 959 euros",
    })
    void figureIsWrittenInSpanish(String lang, String source, String spanish) {
        assertEquals(spanish, FigureRenderer.render(FigureParser.parse(source, lang), "es"));
        assertEquals(spanish, FigureRenderer.render(FigureParser.parse(source, lang), "es-MX"), "a regional tag");
    }

    @ParameterizedTest(name = "{0}: {1} -> \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "fr | 5,6 millions de dollars        | 5,6 M$",
        "es | 4,2 millones de euros          | 4,2 M€",
        "fr | environ 6 millions $           | ~6 M$",
        "fr | entre 60 et 80 millions de dollars | 60–80 M$",
        "en | more than 200                  | >200",
        "fr | 16,9 %                         | 16,9 %",
        "en | 12,000 chips                   | 12 mil chips",
        "fr | dix fois plus                  | ×10",
        "fr | 3,2 milliards de pesetas       | 3.200 M ESP",
    })
    void shortLabelIsCompactForCharts(String lang, String source, String spanish) {
        assertEquals(spanish, FigureRenderer.renderShort(FigureParser.parse(source, lang), "es"));
    }
}
