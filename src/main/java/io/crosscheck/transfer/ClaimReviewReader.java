package io.crosscheck.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import io.crosscheck.claim.FigureInput;
import io.crosscheck.claim.Verdict;
import io.crosscheck.figure.ExtractedFigure;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureExtractor;
import io.crosscheck.figure.UnsupportedLanguageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps a schema.org ClaimReview from another fact-checker to an {@link ImportRow}: the reviewed
 * text is the statement, {@code itemReviewed.author} the claimant, {@code itemReviewed.about} the
 * subject (the claimant when absent), appearances become sources, and the first figure found in the
 * text is the claim's figure, under a metric {@code reviewed-<dimension>}. Without a figure, the row
 * is refused: Crosscheck tracks figures. See docs/reports.md for the verdict mapping.
 */
final class ClaimReviewReader {

    /** Verdict names other fact-checkers use, lower-cased. */
    private static final Map<String, Verdict> WORDS = Map.ofEntries(Map.entry("true", Verdict.SUPPORTED),
            Map.entry("correct", Verdict.SUPPORTED), Map.entry("accurate", Verdict.SUPPORTED),
            Map.entry("vrai", Verdict.SUPPORTED), Map.entry("mostly true", Verdict.SUPPORTED),
            Map.entry("false", Verdict.FALSE), Map.entry("faux", Verdict.FALSE), Map.entry("pants on fire", Verdict.FALSE),
            Map.entry("fake", Verdict.FALSE), Map.entry("incorrect", Verdict.FALSE),
            Map.entry("misleading", Verdict.MISLEADING), Map.entry("trompeur", Verdict.MISLEADING),
            Map.entry("mostly false", Verdict.MISLEADING), Map.entry("half true", Verdict.DISPUTED),
            Map.entry("mixture", Verdict.DISPUTED), Map.entry("disputed", Verdict.DISPUTED),
            Map.entry("unproven", Verdict.UNVERIFIABLE), Map.entry("unverifiable", Verdict.UNVERIFIABLE),
            Map.entry("outdated", Verdict.OUTDATED), Map.entry("contesté", Verdict.DISPUTED),
            Map.entry("confirmé", Verdict.SUPPORTED), Map.entry("invérifiable", Verdict.UNVERIFIABLE),
            Map.entry("dépassé", Verdict.OUTDATED), Map.entry("partiellement vrai", Verdict.DISPUTED));

    private ClaimReviewReader() {
    }

    static boolean isClaimReview(JsonNode node) {
        boolean[] found = {false};
        ImportReaders.each(node.get("@type"), t -> found[0] |= t.asText().endsWith("ClaimReview"));
        return found[0];
    }

    static ImportRow row(int line, JsonNode review, String defaultLanguage, RatingTexts texts) {
        String statement = ImportReaders.text(review, "claimReviewed");
        if (statement == null) {
            throw new ImportReaders.RowFailure(line, "claimReviewed", "is required");
        }
        String language = ImportReaders.text(review, "inLanguage");
        language = language == null ? defaultLanguage : language;
        JsonNode item = review.path("itemReviewed");
        JsonNode author = first(item.get("author"));
        String claimant = name(author);
        String subject = name(first(item.get("about")));
        subject = subject == null ? claimant : subject;
        if (subject == null) {
            throw new ImportReaders.RowFailure(line, "itemReviewed.about", "names no subject (nor itemReviewed.author)");
        }
        List<ExtractedFigure> figures;
        try {
            figures = FigureExtractor.extract(statement, language);
        } catch (UnsupportedLanguageException e) {
            throw new ImportReaders.RowFailure(line, "inLanguage", e.getMessage());
        }
        if (figures.isEmpty()) {
            throw new ImportReaders.RowFailure(line, "claimReviewed", "contains no figure");
        }
        Figure f = figures.get(0).figure();
        FigureInput figure = new FigureInput(f.kind(), f.value(), f.low(), f.high(), f.currency(), f.unit(),
                f.category(), f.text(), f.lang());
        String firstUrl = ImportReaders.text(first(item.get("firstAppearance")) == null ? item
                : first(item.get("firstAppearance")), "url");
        List<ImportRow.Appearance> appearances = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<JsonNode> works = new ArrayList<>();
        ImportReaders.each(item.get("firstAppearance"), works::add);
        ImportReaders.each(item.get("appearance"), works::add);
        for (JsonNode work : works) {
            String url = work.isTextual() ? work.asText() : ImportReaders.text(work, "url");
            if (url == null || seen.contains(url)) {
                continue;
            }
            seen.add(url);
            String title = ImportReaders.text(work, "headline");
            appearances.add(new ImportRow.Appearance(url, title == null ? ImportReaders.text(work, "name") : title,
                    name(first(work.get("publisher"))), ImportReaders.date(line, "datePublished",
                            day(ImportReaders.text(work, "datePublished"))), ImportReaders.text(work, "inLanguage"),
                    statement, null, firstUrl != null && url.equals(firstUrl) ? Boolean.TRUE : null));
        }
        JsonNode rating = first(review.get("reviewRating"));
        Verdict verdict = verdict(rating, texts);
        String reviewer = name(first(review.get("author")));
        String body = ImportReaders.text(review, "reviewBody");
        String rationale = body != null ? body : "Rated \"" + (rating == null ? "?" : ImportReaders.text(rating, "alternateName"))
                + "\" by " + (reviewer == null ? "another fact-checker" : reviewer)
                + (ImportReaders.text(review, "url") == null ? "" : " (" + ImportReaders.text(review, "url") + ")");
        String kind = author == null ? null : ImportReaders.text(author, "@type");
        return new ImportRow(line, subject, "reviewed-" + f.dimension().name().toLowerCase(Locale.ROOT),
                f.dimension().name(), claimant, "Person".equals(kind) ? "PERSON" : "ORGANIZATION", figure, null, null,
                null, null, statement, language, verdict.name(), rationale, appearances);
    }

    /**
     * alternateName, then name: a verdict code, Crosscheck's own rating texts (built-in or configured,
     * any language), a common word; else the numeric rating on its own scale, else UNVERIFIABLE.
     */
    static Verdict verdict(JsonNode rating, RatingTexts texts) {
        if (rating == null) {
            return Verdict.UNVERIFIABLE;
        }
        for (String field : List.of("alternateName", "name")) {
            Verdict named = named(ImportReaders.text(rating, field), texts);
            if (named != null) {
                return named;
            }
        }
        return scale(rating);
    }

    private static Verdict named(String name, RatingTexts texts) {
        if (name != null) {
            Verdict ours = texts.verdictOf(name);
            if (ours != null) {
                return ours;
            }
            String key = name.trim().toLowerCase(Locale.ROOT);
            for (Verdict v : Verdict.values()) {
                if (v.name().equalsIgnoreCase(key)) {
                    return v;
                }
            }
            if (WORDS.containsKey(key)) {
                return WORDS.get(key);
            }
        }
        return null;
    }

    private static Verdict scale(JsonNode rating) {
        try {
            double value = Double.parseDouble(ImportReaders.text(rating, "ratingValue"));
            String b = ImportReaders.text(rating, "bestRating");
            String w = ImportReaders.text(rating, "worstRating");
            double best = b == null ? 5 : Double.parseDouble(b);
            double worst = w == null ? 1 : Double.parseDouble(w);
            double share = (value - worst) / (best - worst);
            return share >= 0.75 ? Verdict.SUPPORTED : share <= 0.25 ? Verdict.FALSE : Verdict.DISPUTED;
        } catch (RuntimeException e) {
            return Verdict.UNVERIFIABLE;
        }
    }

    private static JsonNode first(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isArray() ? (node.isEmpty() ? null : node.get(0)) : node;
    }

    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        return node.isTextual() ? node.asText() : ImportReaders.text(node, "name");
    }

    /** schema.org dates may carry a time; the day is what a source's published date keeps. */
    private static String day(String date) {
        return date == null || date.length() < 10 ? date : date.substring(0, 10);
    }
}
