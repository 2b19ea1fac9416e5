package io.crosscheck.claim;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.crosscheck.common.Languages;
import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureKind;
import io.crosscheck.figure.FigureRenderer;
import io.crosscheck.figure.FigureFlag;
import io.crosscheck.figure.Nature;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A figure as the API shows it: as written, normalised (low..high), and rendered for a reader in
 * each supported language; {@code nature} LEVEL or CHANGE (a signed change, "une baisse de 12 %" is −12),
 * {@code flags} how it was read (AMBIGUOUS_CURRENCY, LOW_EXCLUSIVE, HIGH_EXCLUSIVE).
 */
public record FigureView(FigureKind kind, Dimension dimension, BigDecimal value, BigDecimal low, BigDecimal high,
        String currency, String unit, String category, String text, String lang, Rendered rendered, Nature nature,
        List<FigureFlag> flags) {

    /**
     * The figure written back for readers, keyed by supported language in {@code byLanguage}:
     * full ("5,6 millions de dollars") and short ("5,6 M$"). The flat {@code fr}, {@code en},
     * {@code shortFr}, {@code shortEn} of API 0.1.0 repeat two of them, deprecated until API 0.3.0.
     */
    public record Rendered(
            @Schema(deprecated = true, description = "Deprecated since API 0.2.0: byLanguage.fr.full") String fr,
            @Schema(deprecated = true, description = "Deprecated since API 0.2.0: byLanguage.en.full") String en,
            @Schema(deprecated = true, description = "Deprecated since API 0.2.0: byLanguage.fr.short") String shortFr,
            @Schema(deprecated = true, description = "Deprecated since API 0.2.0: byLanguage.en.short") String shortEn,
            @Schema(description = "The figure for a reader of each supported language (fr, en, es)")
            Map<String, InLanguage> byLanguage) {

        /** Rendered in every supported language. */
        public static Rendered of(Figure f) {
            Map<String, InLanguage> by = new LinkedHashMap<>();
            for (String lang : Languages.SUPPORTED) {
                by.put(lang, new InLanguage(FigureRenderer.render(f, lang), FigureRenderer.renderShort(f, lang)));
            }
            return new Rendered(by.get("fr").full(), by.get("en").full(), by.get("fr").shortForm(),
                    by.get("en").shortForm(), by);
        }

        /** The full rendering for a reader of {@code lang} (a supported language, else English). */
        public String full(String lang) {
            return in(lang).full();
        }

        /** The short rendering for a reader of {@code lang}. */
        public String shortForm(String lang) {
            return in(lang).shortForm();
        }

        private InLanguage in(String lang) {
            String l = Languages.supported(lang);
            return byLanguage.get(l == null ? Languages.FALLBACK : l);
        }
    }

    /** One language's renderings: full ("5,6 millions de dollars") and short ("5,6 M$"). */
    public record InLanguage(@Schema(example = "5,6 millions de dollars") String full,
            @JsonProperty("short") @Schema(name = "short", example = "5,6 M$") String shortForm) {
    }

    public static FigureView of(Figure f) {
        return new FigureView(f.kind(), f.dimension(), f.value(), f.low(), f.high(), f.currency(), f.unit(),
                f.category(), f.text(), f.lang(), Rendered.of(f), f.nature(), f.flags().stream().sorted().toList());
    }
}
