package io.crosscheck.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureKind;
import io.crosscheck.figure.Judgement;
import io.crosscheck.figure.Precision;
import io.crosscheck.figure.Tolerances;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven cases for pairs of claims: what detection proposes between them. */
class ConflictDetectorTest {

    static final UUID SUBJECT = UUID.fromString("00000000-0000-7000-8000-000000000001");
    static final UUID COST = UUID.fromString("00000000-0000-7000-8000-0000000000c1");
    static final UUID SPEND = UUID.fromString("00000000-0000-7000-8000-0000000000c2");
    static final UUID DEEPSEEK = UUID.fromString("00000000-0000-7000-8000-0000000000d1");
    static final UUID BLIND = UUID.fromString("00000000-0000-7000-8000-0000000000d2");

    static Figure usd(FigureKind kind, String value, String low, String high, String text) {
        return money(kind, value, low, high, "USD", text);
    }

    static Figure money(FigureKind kind, String value, String low, String high, String currency, String text) {
        // Point figures carry the rounding step their wording gives ("6 millions" is 6 M to the million),
        // as stored claims do; the judgement reads it.
        BigDecimal step = kind.isPoint() ? Precision.stepOf(text, "fr", big(value)) : null;
        if (kind.isPoint() && low == null) {
            return Precision.point(kind, Dimension.MONEY, big(value), step, currency, null, text, "fr");
        }
        return new Figure(kind, Dimension.MONEY, big(value), big(low), big(high), currency, null, null, text, "fr", step);
    }

    static BigDecimal big(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    static Claim c(Figure f) {
        return new Claim(COST, false, f, DEEPSEEK, null, null, null, null);
    }

    /** A compact builder for one side of a case. */
    record Claim(UUID metric, boolean multi, Figure figure, UUID claimant, String scope, LocalDate asOf,
            LocalDate start, LocalDate end) {
        Claim by(UUID who) {
            return new Claim(metric, multi, figure, who, scope, asOf, start, end);
        }

        Claim scope(String s) {
            return new Claim(metric, multi, figure, claimant, s, asOf, start, end);
        }

        Claim at(String date) {
            return new Claim(metric, multi, figure, claimant, scope, LocalDate.parse(date), null, null);
        }

        Claim period(String s, String e) {
            return new Claim(metric, multi, figure, claimant, scope, null, s == null ? null : LocalDate.parse(s),
                    e == null ? null : LocalDate.parse(e));
        }

        Claim on(UUID m, boolean multiValued) {
            return new Claim(m, multiValued, figure, claimant, scope, asOf, start, end);
        }

        DetectionRow row(int n) {
            return new DetectionRow(new UUID(0x7000L, n), SUBJECT, metric, metric.equals(COST)
                    ? Map.of("fr", "Coût d'entraînement", "en", "Training cost")
                    : Map.of("fr", "Dépenses d'infrastructure", "en", "Infrastructure spend"),
                    multi, figure, claimant, scope, asOf, start, end, "fr");
        }
    }

    static final Figure M5 = usd(FigureKind.EXACT, "5000000", "4500000", "5500000", "5 millions de dollars");
    static final Figure M56 = usd(FigureKind.EXACT, "5600000", "5550000", "5650000", "5,6 millions de dollars");
    static final Figure M6 = usd(FigureKind.EXACT, "6000000", "5500000", "6500000", "6 millions $");
    static final Figure B16 = usd(FigureKind.EXACT, "1600000000", "1550000000", "1650000000", "1,6 milliard $");
    static final Figure ABOUT_6M = usd(FigureKind.APPROXIMATE, "6000000", "5000000", "7000000", "environ 6 millions $");
    static final Figure OVER_1B = usd(FigureKind.AT_LEAST, null, "1000000000", null, "plus d'un milliard $");
    static final Figure UNDER_10M = usd(FigureKind.AT_MOST, null, null, "10000000", "moins de 10 millions $");
    static final Figure EUR_56M = money(FigureKind.EXACT, "5600000", "5550000", "5650000", "EUR", "5,6 millions d'euros");

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("$5M and $5.6M do not overlap after precision", c(M5).by(BLIND), c(M56), "CONTRADICTS"),
                Arguments.of("$5.6M sits inside 6 millions $ (same claimant)", c(M56), c(M6), "DUPLICATES"),
                // Issue 11: two different round figures disagree (this pair was SUPPORTS under the old interval rule).
                Arguments.of("$5M against 6 millions $: different round figures", c(M5).by(BLIND), c(M6), "CONTRADICTS"),
                Arguments.of("$30M against $35M (other claimant)", c(usd(FigureKind.EXACT, "30000000", null, null, "30 millions $"))
                        .by(BLIND), c(usd(FigureKind.EXACT, "35000000", null, null, "35 millions $")), "CONTRADICTS"),
                Arguments.of("2 milliards against 2,4 milliards: a large rounding, flagged as a contradiction",
                        c(usd(FigureKind.EXACT, "2000000000", null, null, "2 milliards $")).by(BLIND),
                        c(usd(FigureKind.EXACT, "2400000000", null, null, "2,4 milliards $")), "CONTRADICTS"),
                Arguments.of("1,5 milliard against 1,52 milliard: a modest rounding",
                        c(usd(FigureKind.EXACT, "1500000000", null, null, "1,5 milliard $")).by(BLIND),
                        c(usd(FigureKind.EXACT, "1520000000", null, null, "1,52 milliard $")), "SUPPORTS"),
                Arguments.of("euros and dollars on one metric are not comparable", c(EUR_56M).by(BLIND), c(M56), "none"),
                Arguments.of("an unnamed claimant never duplicates", c(M56).by(null), c(M6).by(null), "SUPPORTS"),
                Arguments.of("approximate 6M covers 5.6M", c(ABOUT_6M).by(BLIND), c(M56), "SUPPORTS"),
                Arguments.of("open above: more than $1B against $5.6M", c(OVER_1B), c(M56), "CONTRADICTS"),
                Arguments.of("open above: more than $1B against $1.6B", c(OVER_1B).by(BLIND), c(B16), "SUPPORTS"),
                Arguments.of("open below: less than $10M against $5.6M", c(UNDER_10M).by(BLIND), c(M56), "SUPPORTS"),
                Arguments.of("open below: less than $10M against $1.6B", c(UNDER_10M), c(B16), "CONTRADICTS"),
                Arguments.of("two open intervals facing away from each other", c(UNDER_10M), c(OVER_1B), "CONTRADICTS"),
                Arguments.of("euros and dollars are never compared", c(EUR_56M), c(B16), "none"),
                Arguments.of("a change is never compared with a level (ADR 0013)",
                        c(M5.withNature(io.crosscheck.figure.Nature.CHANGE)).by(BLIND), c(M56), "none"),
                Arguments.of("a change of $5M against a change of $5.6M clashes as levels would",
                        c(M5.withNature(io.crosscheck.figure.Nature.CHANGE)).by(BLIND),
                        c(M56.withNature(io.crosscheck.figure.Nature.CHANGE)), "CONTRADICTS"),
                Arguments.of("different as-of dates are different times", c(M5).at("2024-01-01"), c(M56).at("2025-01-01"), "none"),
                Arguments.of("the same as-of date clashes", c(M5).at("2025-01-01"), c(M56).at("2025-01-01"), "CONTRADICTS"),
                Arguments.of("an open period covering the date clashes", c(M5).period("2024-06-01", null), c(M56).at("2025-01-01"), "CONTRADICTS"),
                Arguments.of("disjoint periods do not clash", c(M5).period(null, "2023-12-31"), c(M56).period("2024-01-01", null), "none"),
                Arguments.of("an unknown time is compatible with any", c(M5), c(M56).at("2025-01-01"), "CONTRADICTS"),
                Arguments.of("different scopes are still compared", c(M5).scope("R1"), c(M56).scope("un modèle"), "CONTRADICTS"),
                Arguments.of("multi-valued metrics never clash", c(M5).on(COST, true), c(M56).on(COST, true), "none"),
                Arguments.of("training run against buildout: context", c(M6), c(B16).on(SPEND, false), "CONTEXT"),
                Arguments.of("related metrics within 100 times: nothing", c(M6), c(usd(FigureKind.EXACT, "60000000",
                        "55000000", "65000000", "60 M$")).on(SPEND, false), "none"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void shouldProposeTheExpectedLinkBetweenTwoClaims(String name, Claim a, Claim b, String expected) {
        List<Proposal> found = new ConflictDetector(5, Tolerances.DEFAULT).detect(List.of(a.row(1), b.row(2)));
        assertEquals(expected, found.isEmpty() ? "none" : found.get(0).type().name(), name + ": " + found);
        assertEquals(found.isEmpty() ? 0 : 1, found.size(), name + ": " + found);
        found.forEach(p -> assertNotNull(p.judgement(), name + ": every proposal carries its judgement"));
    }

    @Test
    void shouldMarkALargeRoundingForReviewWithItsGap() {
        List<Proposal> found = new ConflictDetector(5, Tolerances.DEFAULT).detect(List.of(
                c(usd(FigureKind.EXACT, "2000000000", null, null, "2 milliards $")).by(BLIND).row(1),
                c(usd(FigureKind.EXACT, "2400000000", null, null, "2,4 milliards $")).row(2)));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Judgement.Outcome.ROUNDING_REVIEW, found.get(0).judgement().outcome());
        assertEquals(0, new BigDecimal("0.166667").compareTo(found.get(0).judgement().gap()));
    }

    @Test
    void shouldWriteFrenchRationalesWithShortFiguresAndRatio() {
        List<Proposal> found = new ConflictDetector(5, Tolerances.DEFAULT).detect(List.of(c(M56).row(1), c(B16).row(2)));
        assertEquals("5,6 M$ contre 1,6 Md$ : écart de 99,7 % (×285), même sujet, même métrique", found.get(0).rationale());
    }

    @Test
    void shouldExplainAnAgreementByItsRoundingAndAContextByItsRatio() {
        List<Proposal> agree = new ConflictDetector(5, Tolerances.DEFAULT).detect(List.of(c(M56).row(1), c(M6).row(2)));
        assertEquals("6 M$ et 5,6 M$ concordent : 6 M$ arrondit 5,6 M$ (écart de 6,7 %), même sujet, même métrique, "
                + "même déclarant", agree.get(0).rationale());
        List<Proposal> context = new ConflictDetector(5, Tolerances.DEFAULT).detect(List.of(c(M6).row(1),
                c(B16).on(SPEND, false).row(2)));
        assertEquals("1,6 Md$ contre 6 M$ : ×266, écart de 99,6 %, même sujet, métriques différentes "
                + "(Dépenses d'infrastructure / Coût d'entraînement)", context.get(0).rationale());
    }

    @Test
    void shouldSayWhenScopesDiffer() {
        List<Proposal> found = new ConflictDetector(5, Tolerances.DEFAULT).detect(List.of(c(M5).scope("entraînement du modèle R1").row(1),
                c(M56).scope("un seul modèle").row(2)));
        assertEquals("5 M$ contre 5,6 M$ : écart de 10,7 %, même sujet, même métrique ; portées différentes "
                + "(« entraînement du modèle R1 » / « un seul modèle »)", found.get(0).rationale());
    }

    @Test
    void shouldOnlyLinkNearestNeighboursSoOutputStaysLinear() {
        List<DetectionRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            BigDecimal v = BigDecimal.valueOf(1000L * (i + 1));
            rows.add(c(new Figure(FigureKind.RANGE, Dimension.MONEY, null, v, v.add(BigDecimal.TEN), "USD", null, null,
                    "x", "fr")).row(i));
        }
        List<Proposal> found = new ConflictDetector(5, Tolerances.DEFAULT).detect(rows);
        assertEquals(99, found.size(), "a chain of 100 disjoint intervals gives 99 contradictions, not 4950");
    }

    @Test
    void shouldCapAgreementsPerClaim() {
        List<DetectionRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(c(M6).by(null).row(i));
        }
        List<Proposal> found = new ConflictDetector(3, Tolerances.DEFAULT).detect(rows);
        assertEquals(3 + 46 * 3 + 2 + 1 - 0, found.size());
    }
}
