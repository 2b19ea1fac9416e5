package io.crosscheck.extraction;

import io.crosscheck.entity.EntityKind;
import io.crosscheck.figure.Dimension;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table-driven checks of what inference makes of one figure in a short text, in French and English. */
class CandidateInferenceTest {

    private static final UUID ACME = id("acme");
    private static final UUID GLOBEX = id("globex");
    private static final UUID REUTERS = id("reuters");
    private static final UUID DAILY = id("daily");
    private static final UUID JANE = id("jane");
    private static final UUID TRAINING = id("training");
    private static final UUID INFRA = id("infra");
    private static final UUID STAFF = id("staff");

    private static final CandidateInference INFERENCE = new CandidateInference(List.of(
            new CandidateInference.Known(ACME, "Acme", EntityKind.ORGANIZATION, List.of("Acme Corp", "ACME Labs")),
            new CandidateInference.Known(GLOBEX, "Globex", EntityKind.ORGANIZATION, List.of()),
            new CandidateInference.Known(REUTERS, "Reuters", EntityKind.PUBLICATION, List.of()),
            new CandidateInference.Known(DAILY, "The Daily", EntityKind.PUBLICATION, List.of()),
            new CandidateInference.Known(JANE, "Jane Doe", EntityKind.PERSON, List.of())),
            List.of(new CandidateInference.KnownMetric(TRAINING, "training-cost", Dimension.MONEY,
                            List.of("Coût d'entraînement", "Training cost"),
                            Map.of("fr", List.of("entraînement"), "en", List.of("training run", "training"))),
                    new CandidateInference.KnownMetric(INFRA, "infrastructure-spend", Dimension.MONEY,
                            List.of("Infrastructure spend"), Map.of("fr", List.of("infrastructure", "centres de données"),
                                    "en", List.of("infrastructure", "data centers"))),
                    new CandidateInference.KnownMetric(STAFF, "headcount", Dimension.COUNT, List.of("Headcount"),
                            Map.of("en", List.of("employees"), "fr", List.of("salariés")))));

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String name(UUID id) {
        for (String n : List.of("acme", "globex", "reuters", "daily", "jane", "training", "infra", "staff")) {
            if (id(n).equals(id)) {
                return n;
            }
        }
        return "-";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text | lang | figure | subject | metric | claimant | publisher
            Selon Reuters, Acme a dépensé 5 millions de dollars pour l'entraînement de son modèle. | fr | 5 millions de dollars | acme | training | reuters | daily
            D'après Globex, Acme a investi 2 milliards d'euros dans ses centres de données. | fr | 2 milliards d'euros | acme | infra | globex | daily
            Acme affirme avoir entraîné son modèle pour 6 millions $ lors de l'entraînement final. | fr | 6 millions $ | acme | training | acme | daily
            Le coût de l'entraînement atteint 9 millions d'euros chez Acme. | fr | 9 millions d'euros | acme | training | daily | daily
            According to Reuters, Globex spent $3 million on its final training run. | en | $3 million | globex | training | reuters | daily
            Jane Doe said Acme spent $1.6 billion on data centers. | en | $1.6 billion | acme | infra | jane | -
            Globex told investors that Acme Corp has 1,200 employees. | en | 1,200 employees | acme | staff | globex | daily
            ACME Labs spent $80 million on infrastructure, Globex says. | en | $80 million | acme | infra | globex | daily
            Acme spent $40 million on training, while Globex spent far more. | en | $40 million | acme | training | daily | daily
            Acme, which spent $12 million on its training run, hired Globex engineers. | en | $12 million | acme | training | daily | daily
            The training run cost $5 million. | en | $5 million | - | training | daily | daily
            """)
    void shouldInferSubjectMetricAndClaimant(String text, String lang, String figure, String subject, String metric,
            String claimant, String publisher) {
        List<Candidate> found = ExtractionService.read(text, lang);
        Candidate candidate = found.stream().filter(c -> c.figure().text().equals(figure)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure '" + figure + "' in " + found));
        CandidateInference.Inferred i = INFERENCE.infer(text, List.of(candidate),
                publisher.equals("-") ? null : id(publisher)).get(0);
        Assertions.assertEquals(subject, name(i.subject().id()), "subject");
        Assertions.assertEquals(metric, name(i.metric().id()), "metric");
        Assertions.assertEquals(claimant, name(i.claimant().id()), "claimant");
        for (CandidateInference.Guess g : List.of(i.subject(), i.metric(), i.claimant())) {
            Assertions.assertTrue(g.confidence() >= 0 && g.confidence() <= 1);
            Assertions.assertEquals(g.id() == null, g.confidence() == 0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the metric must fit the figure's dimension: a count never gets a money metric
            Acme trained its model on 2,000 GPUs during the training run. | en | 2,000 GPUs
            """)
    void shouldNeverPickAMetricOfAnotherDimension(String text, String lang, String figure) {
        Candidate candidate = ExtractionService.read(text, lang).stream().filter(c -> c.figure().text().equals(figure))
                .findFirst().orElseThrow();
        CandidateInference.Inferred i = INFERENCE.infer(text, List.of(candidate), null).get(0);
        Assertions.assertNotEquals(TRAINING, i.metric().id());
        Assertions.assertNotEquals(INFRA, i.metric().id());
    }
}
