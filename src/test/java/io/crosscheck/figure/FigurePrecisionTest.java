package io.crosscheck.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What a stated number could be: its rounding step and interval, on the DeepSeek dossier and newsroom round figures. */
class FigurePrecisionTest {

    private static Figure fr(String s) {
        return FigureParser.parse(s, "fr");
    }

    private static Figure en(String s) {
        return FigureParser.parse(s, "en");
    }

    @Test
    void statedDecimalCoversHalfItsLastDigitEitherSide() {
        Figure f = en("$5.6M");
        assertEquals(0, new BigDecimal("5550000").compareTo(f.low()));
        assertEquals(0, new BigDecimal("5650000").compareTo(f.high()));
    }

    @Test
    void roundSixMillionAgreesWithFivePointSix() {
        assertTrue(fr("6 millions $").overlaps(en("$5.6M")));
        assertTrue(fr("environ 6 millions $").overlaps(fr("5,6 millions de dollars")));
    }

    @Test
    void fiveMillionAndFivePointSixMillionDoNotAgree() {
        assertFalse(en("$5M").overlaps(en("$5.6M")));
        assertFalse(fr("5 millions de dollars").overlaps(fr("5,6 millions de dollars")));
    }

    @Test
    void trainingCostAndInfrastructureSpendingClash() {
        assertFalse(fr("6 millions $").overlaps(fr("1,6 milliard $")));
        assertTrue(fr("1,6 milliard $").overlaps(en("$1.6 billion")));
    }

    @Test
    void roundFiguresKeepTwoSignificantDigits() {
        Figure f = fr("50 000 GPU");
        assertInterval("49500", "50500", f);
        assertEquals(0, new BigDecimal("1000").compareTo(f.step()));
        assertInterval("39500000", "40500000", en("$40 million"));
        assertInterval("9500000000", "10500000000", en("$10 billion"));
        assertInterval("95000000", "105000000", fr("100 millions"));
        assertInterval("950", "1050", fr("1 000 employés"));
        assertInterval("19.5", "20.5", en("20 percent"));
        assertInterval("2047.5", "2048.5", en("2,048 GPUs"));
    }

    @Test
    void aSingleDigitStaysASingleDigit() {
        assertInterval("5500000", "6500000", fr("6 millions $"));
        assertEquals(0, new BigDecimal("1000000").compareTo(fr("6 millions $").step()));
        assertInterval("1500000000", "2500000000", en("$2 billion"));
    }

    @Test
    void hedgesWidenByTheDefaultTenPercentOrTheRoundingWhicheverIsWider() {
        assertInterval("5400000", "6600000", fr("environ 6 millions $"));
        assertInterval("450", "550", en("about 500 employees"));
        assertInterval("40500000", "49500000", en("about 45 million dollars"));
        assertInterval("1500000000", "2500000000", en("about $2 billion"));
        assertEquals(0, new BigDecimal("1000000").compareTo(en("about 45 million dollars").step()),
                "the step is the rounding as written; the hedge is not part of it");
    }

    @Test
    void decimalsKeepEveryDigitWritten() {
        assertInterval("1515000000", "1525000000", fr("1,52 milliard"));
        assertInterval("6750000", "6850000", fr("6,8 millions d'euros"));
        assertEquals(0, new BigDecimal("10000").compareTo(fr("5,60 millions de dollars").step()));
    }

    private static void assertInterval(String low, String high, Figure f) {
        assertEquals(0, new BigDecimal(low).compareTo(f.low()), f + " low");
        assertEquals(0, new BigDecimal(high).compareTo(f.high()), f + " high");
    }

    @Test
    void frenchAndEnglishCountsOfTheSameNounShareAUnit() {
        assertEquals(fr("50 000 GPU").unit(), en("50,000 GPUs").unit());
        assertEquals(fr("2 048 puces").unit(), en("2,048 chips").unit());
        assertEquals(fr("2,788 millions d'heures GPU").unit(), en("2.788 million GPU hours").unit());
    }

    @Test
    void frenchRangeSharesScaleAndCurrencyBetweenEnds() {
        Figure f = fr("entre 60 et 80 millions de dollars");
        assertEquals(FigureKind.RANGE, f.kind());
        assertEquals("USD", f.currency());
        assertEquals(0, new BigDecimal("60000000").compareTo(f.low()));
        assertEquals(0, new BigDecimal("80000000").compareTo(f.high()));
        assertNull(f.value());
    }

    @Test
    void englishCompactRangeSharesSymbolAndScale() {
        Figure f = en("$60–80M");
        assertEquals(FigureKind.RANGE, f.kind());
        assertEquals("USD", f.currency());
        assertEquals(0, new BigDecimal("60000000").compareTo(f.low()));
    }

    @Test
    void openBoundsKeepTheStatedNumberAndNoValue() {
        Figure least = fr("plus de 200");
        assertEquals(0, new BigDecimal("200").compareTo(least.low()));
        assertNull(least.high());
        assertNull(least.value());
        Figure most = en("up to 50%");
        assertEquals(0, new BigDecimal("50").compareTo(most.high()));
        assertNull(most.low());
    }

    @Test
    void frenchBillionIsATrillionButMilliardIsABillion() {
        assertEquals(0, new BigDecimal("1E12").compareTo(fr("1 billion").value()));
        assertEquals(0, new BigDecimal("1E9").compareTo(en("1 billion").value()));
        assertEquals(0, new BigDecimal("1E9").compareTo(fr("1 milliard").value()));
    }

    @Test
    void plainDollarSignMeansUsDollars() {
        assertEquals("USD", fr("6 millions $").currency());
        assertEquals("CAD", en("CA$6 million").currency());
    }
}
