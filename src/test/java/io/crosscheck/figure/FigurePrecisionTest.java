package io.crosscheck.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The precision rule decides which claims clash; these are the DeepSeek dossier's cases. */
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
    void integerTrailingZerosAreNotSignificant() {
        Figure f = fr("50 000 GPU");
        assertEquals(0, new BigDecimal("45000").compareTo(f.low()));
        assertEquals(0, new BigDecimal("55000").compareTo(f.high()));
        Figure g = en("2,048 GPUs");
        assertEquals(0, new BigDecimal("2047.5").compareTo(g.low()));
        assertEquals(0, new BigDecimal("2048.5").compareTo(g.high()));
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
