package io.crosscheck.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Renders figures the way French and English newsrooms write them. */
class FigureRendererTest {

    @ParameterizedTest(name = "{0} -> fr \"{1}\", en \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "5,6 millions de dollars           | 5,6 millions de dollars             | $5.6 million",
        "1,6 milliard $                    | 1,6 milliard de dollars             | $1.6 billion",
        "50 000 GPU                        | 50 000 GPU                          | 50,000 GPUs",
        "entre 60 et 80 millions de dollars | entre 60 et 80 millions de dollars | between $60 million and $80 million",
        "plus de 200                       | plus de 200                         | more than 200",
        "environ 6 millions $              | environ 6 millions de dollars       | about $6 million",
        "16,9 %                            | 16,9 %                              | 16.9%",
        "20 fois moins                     | 20 fois moins                       | 20 times less",
        "dix fois plus                     | dix fois plus                       | ten times more",
        "3 fois moins                      | trois fois moins                    | three times less",
        "deux mois                         | 2 mois                              | 2 months",
        "moins de 10 M€                    | moins de 10 millions d'euros        | less than €10 million",
        "2,788 millions d'heures GPU       | 2,788 millions d'heures GPU         | 2.788 million GPU hours",
        "au moins 12 morts                 | plus de 12 morts                    | more than 12 deaths",
        "2 048 puces                       | 2 048 puces                         | 2,048 chips",
    })
    void figureIsWrittenAsEachLanguageWritesIt(String source, String french, String english) {
        Figure f = FigureParser.parse(source, "fr");
        assertEquals(french, FigureRenderer.render(f, "fr"));
        assertEquals(english, FigureRenderer.render(f, "en"));
    }

    @ParameterizedTest(name = "{0} -> fr \"{1}\", en \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "5,6 millions de dollars | 5,6 M$   | $5.6M",
        "1,6 milliard $          | 1,6 Md$  | $1.6B",
        "5 M€                    | 5 M€     | €5M",
        "environ 6 millions $    | ~6 M$    | ~$6M",
        "entre 60 et 80 millions de dollars | 60–80 M$ | $60M–$80M",
        "plus de 200             | >200     | >200",
        "16,9 %                  | 16,9 %   | 16.9%",
    })
    void shortLabelIsCompactForCharts(String source, String french, String english) {
        Figure f = FigureParser.parse(source, "fr");
        assertEquals(french, FigureRenderer.renderShort(f, "fr"));
        assertEquals(english, FigureRenderer.renderShort(f, "en"));
    }
}
