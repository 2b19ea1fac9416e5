package io.crosscheck.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The packs are data: loaded, validated with a message naming file and key, and kept apart per language. */
class LanguagePacksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode shippedPack(String lang) throws Exception {
        try (InputStream in = LanguagePacks.class.getResourceAsStream("/figures/packs/" + lang + "/pack.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static LanguagePackException brokenPack(Consumer<ObjectNode> breakIt) throws Exception {
        ObjectNode pack = shippedPack("es");
        breakIt.accept(pack);
        byte[] bytes = JSON.writeValueAsBytes(pack);
        return assertThrows(LanguagePackException.class,
                () -> LanguagePacks.load("figures/packs/es/pack.json", "es", new ByteArrayInputStream(bytes)));
    }

    @Test
    void theShippedPacksLoadAndTheEngineReadsExactlyTheirLanguages() {
        assertEquals(List.of("fr", "en", "es"), LanguagePacks.languages());
        assertEquals("en", LanguagePacks.fallback());
        assertEquals("es", LanguagePacks.resolve("es-MX"));
        assertEquals("fr", LanguagePacks.resolve("FR_ca"));
        assertNull(LanguagePacks.resolve(" "));
    }

    @Test
    void aMissingKeyIsNamedWithItsFile() throws Exception {
        LanguagePackException e = brokenPack(p -> ((ObjectNode) p.get("qualifiers")).remove("atLeast"));
        assertEquals("figures/packs/es/pack.json: key 'qualifiers.atLeast' is missing", e.getMessage());
    }

    @Test
    void anUnknownKeyIsRefusedSoThatATypoIsNotSilentlyIgnored() throws Exception {
        LanguagePackException e = brokenPack(p -> p.put("decimalSeperator", ","));
        assertTrue(e.getMessage().startsWith("figures/packs/es/pack.json: key 'decimalSeperator'"), e.getMessage());
    }

    @Test
    void wrongValuesAreRefusedWithTheirKey() throws Exception {
        assertEquals("figures/packs/es/pack.json: key 'decimalSeparator' must be \",\" or \".\"",
                brokenPack(p -> p.put("decimalSeparator", ";")).getMessage());
        assertEquals("figures/packs/es/pack.json: key 'months' must not be empty",
                brokenPack(p -> ((ArrayNode) p.get("months")).removeAll()).getMessage());
        assertEquals("figures/packs/es/pack.json: key 'durations.week' is missing",
                brokenPack(p -> ((ObjectNode) p.get("durations")).remove("week")).getMessage());
        assertEquals("figures/packs/es/pack.json: key 'lang' is 'pt' but the pack is in the folder of 'es'",
                brokenPack(p -> p.put("lang", "pt")).getMessage());
        assertTrue(brokenPack(p -> ((ArrayNode) ((ObjectNode) p.get("nouns")).get("singular")).addObject()
                .put("match", "(unclosed").put("replace", "")).getMessage()
                .startsWith("figures/packs/es/pack.json: key 'nouns.singular[6].match' is not a valid regular expression"));
        assertEquals("figures/packs/es/pack.json: key 'render.currencyAfterScale.EUR' is missing: the pack reads "
                + "EUR and must be able to write it",
                brokenPack(p -> ((ObjectNode) p.get("render").get("currencyAfterScale")).remove("EUR")).getMessage());
    }

    @Test
    void malformedJsonNamesTheFile() {
        byte[] bytes = "{\"lang\": \"es\",".getBytes(StandardCharsets.UTF_8);
        LanguagePackException e = assertThrows(LanguagePackException.class,
                () -> LanguagePacks.load("figures/packs/es/pack.json", "es", new ByteArrayInputStream(bytes)));
        assertTrue(e.getMessage().startsWith("figures/packs/es/pack.json: "), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "de-DE", "pt", "it"})
    void aLanguageWithNoPackIsRefusedNeverReadAsEnglish(String lang) {
        UnsupportedLanguageException parse = assertThrows(UnsupportedLanguageException.class,
                () -> FigureParser.parse("1.600 Mitarbeiter", lang));
        assertEquals("no figure language pack for '" + lang + "': the engine reads fr, en, es (or leave the "
                + "language out to have it detected)", parse.getMessage());
        assertThrows(UnsupportedLanguageException.class, () -> FigureExtractor.extract("1.600 Mitarbeiter", lang));
        Figure f = FigureParser.parse("1.600", "es");
        assertThrows(UnsupportedLanguageException.class, () -> FigureRenderer.render(f, lang));
        assertThrows(UnsupportedLanguageException.class, () -> FigureRenderer.renderShort(f, lang));
    }

    @Test
    void frenchQualifiersDoNotMatchInEnglishTextNorEnglishOnesInFrench() {
        assertEquals(FigureKind.AT_LEAST, FigureParser.parse("plus de 200 personnes", "fr").kind());
        assertEquals(FigureKind.APPROXIMATE, FigureParser.parse("environ 6 millions $", "fr").kind());
        // In English text "plus de" and "environ" are not qualifiers: the figure is read exactly as written.
        List<ExtractedFigure> en = FigureExtractor.extract("The plus de 200 people and environ 300 people", "en");
        assertEquals(List.of("200 people", "300 people"), en.stream().map(x -> x.figure().text()).toList());
        assertTrue(en.stream().allMatch(x -> x.figure().kind() == FigureKind.EXACT));
        List<ExtractedFigure> fr = FigureExtractor.extract("Le more than 200 personnes et about 300 personnes", "fr");
        assertEquals(List.of("200 personnes", "300 personnes"), fr.stream().map(x -> x.figure().text()).toList());
        assertTrue(fr.stream().allMatch(x -> x.figure().kind() == FigureKind.EXACT));
        // Nor do Spanish ones outside Spanish.
        assertEquals(FigureKind.APPROXIMATE, FigureParser.parse("unos 9 millones", "es").kind());
        assertFalse(FigureExtractor.extract("unos 9 millions de personnes", "fr").get(0).figure().kind()
                == FigureKind.APPROXIMATE);
    }

    @Test
    void theSameDigitsReadByEachLanguagesSeparators() {
        assertEquals(0, FigureParser.parse("1.600", "es").value().compareTo(java.math.BigDecimal.valueOf(1600)));
        assertEquals(0, FigureParser.parse("1.600", "fr").value().compareTo(java.math.BigDecimal.valueOf(1600)));
        assertEquals(0, FigureParser.parse("1.600", "en").value().compareTo(new java.math.BigDecimal("1.6")));
    }

    @Test
    void theDetectorChoosesAmongThePackLanguages() {
        assertEquals("es", LanguageDetector.detect("La empresa facturó 4,2 millones de euros, según el informe."));
        assertEquals("fr", LanguageDetector.detect("L'entreprise a facturé 4,2 millions d'euros, selon le rapport."));
        assertEquals("en", LanguageDetector.detect("The company billed $4.2 million, according to the report."));
        assertEquals("es", LanguageDetector.detect("¿Cuántos empleados?"));
    }
}
