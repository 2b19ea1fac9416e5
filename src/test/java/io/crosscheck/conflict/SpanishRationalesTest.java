package io.crosscheck.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.figure.FigureJudge;
import io.crosscheck.figure.FigureParser;
import io.crosscheck.figure.Judgement;
import io.crosscheck.figure.Tolerances;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rationales are written in the language of the claim that starts them, from the same facts in every
 * language: the Spanish sentences carry the gap and the ratio with a decimal comma, and the metric
 * labels in Spanish (falling back to English for a metric that has none).
 */
class SpanishRationalesTest {

    private static final UUID SUBJECT = new UUID(9, 1);

    private static DetectionRow row(long n, UUID metric, Map<String, String> labels, String text, String lang,
            String scope) {
        return new DetectionRow(new UUID(9, n), SUBJECT, metric, labels, false, FigureParser.parse(text, "en"), null,
                scope, null, null, null, lang);
    }

    @Test
    void shouldWriteAContradictionAContextAndAnAgreementInSpanish() {
        UUID cost = new UUID(8, 1);
        UUID spend = new UUID(8, 2);
        Map<String, String> costLabels = Map.of("fr", "Coût", "en", "Training cost", "es", "Coste de entrenamiento");
        Map<String, String> spendLabels = Map.of("fr", "Dépenses", "en", "Infrastructure spend");
        DetectionRow five = row(1, cost, costLabels, "$5 million", "es", "entrenamiento");
        DetectionRow six = row(2, cost, costLabels, "$5.6 million", "es-MX", "entrenamiento final");
        Judgement differ = FigureJudge.judge(five.figure(), six.figure(), Tolerances.DEFAULT);
        String contradiction = Rationales.contradiction(five, six, differ);
        assertTrue(contradiction.contains(" frente a ") && contradiction.contains("diferencia del 10,7 %")
                && contradiction.contains("mismo sujeto, misma métrica")
                && contradiction.endsWith("; alcances distintos («entrenamiento» / «entrenamiento final»)"), contradiction);

        DetectionRow buildout = row(3, spend, spendLabels, "$1.6 billion", "en", null);
        DetectionRow run = row(4, cost, costLabels, "$6 million", "es", null);
        String context = Rationales.context(run, buildout, FigureJudge.judge(run.figure(), buildout.figure(),
                Tolerances.DEFAULT));
        assertTrue(context.contains("×266") && context.contains(
                "mismo sujeto, métricas distintas (Coste de entrenamiento / Infrastructure spend)"), context);

        DetectionRow same = row(5, cost, costLabels, "$5 million", "es", null);
        DetectionRow again = row(6, cost, costLabels, "$5 million", "es", null);
        String agreement = Rationales.agreement(same, again, FigureJudge.judge(same.figure(), again.figure(),
                Tolerances.DEFAULT), false);
        assertTrue(agreement.contains(" y ") && agreement.contains(" concuerdan: mismo valor")
                && agreement.endsWith("otro declarante"), agreement);
    }

    @Test
    void shouldReadAClaimInAnUnsupportedLanguageInEnglish() {
        UUID cost = new UUID(8, 3);
        DetectionRow a = row(7, cost, Map.of("fr", "Coût"), "$5 million", "de", null);
        DetectionRow b = row(8, cost, Map.of("fr", "Coût"), "$5.6 million", "de", null);
        String text = Rationales.contradiction(a, b, FigureJudge.judge(a.figure(), b.figure(), Tolerances.DEFAULT));
        assertTrue(text.contains(" vs ") && text.contains("gap 10.7%"), text);
        assertEquals("Coût", a.metricLabel("es"), "a metric with only a French label shows it to every reader");
    }
}
