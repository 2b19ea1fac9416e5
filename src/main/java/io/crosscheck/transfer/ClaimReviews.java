package io.crosscheck.transfer;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org ClaimReview for a reviewed claim, with the properties Google's fact-check structured
 * data requires ({@code claimReviewed}, {@code reviewRating.alternateName}, {@code url}) and those it
 * recommends (author with url, datePublished, itemReviewed with its author, datePublished,
 * appearance and firstAppearance when known). The rating's {@code name} and {@code alternateName} are
 * words for readers in the review's language ({@link RatingTexts}); the numeric rating runs from 1
 * (FALSE) to 5 (SUPPORTED), and UNVERIFIABLE has none, because it says nothing about truth. See
 * docs/reports.md.
 */
public final class ClaimReviews {

    public static final String CONTEXT = "https://schema.org";
    public static final int BEST = 5;
    public static final int WORST = 1;

    private ClaimReviews() {
    }

    /** The organisation publishing the reviews. */
    public record Organisation(String name, String url) {
    }

    /**
     * Who publishes and where: the organisation, the public base URL ({@code https://host}, no trailing
     * slash) under which each claim has its page ({@code /claims/{id}}), and the rating texts.
     */
    public record Publisher(Organisation organisation, String baseUrl, RatingTexts texts) {

        /** The public page of a claim: the review's {@code url}. */
        public String claimPage(java.util.UUID id) {
            return baseUrl + "/claims/" + id;
        }
    }

    /** The numeric rating of a verdict, or null when it has none. */
    public static Integer rating(String verdict) {
        return switch (verdict) {
            case "SUPPORTED" -> 5;
            case "OUTDATED" -> 4;
            case "DISPUTED" -> 3;
            case "MISLEADING" -> 2;
            case "FALSE" -> 1;
            default -> null;
        };
    }

    /** The ClaimReview node of one claim, with properties in a fixed order. */
    public static Map<String, Object> of(ClaimRecord c, Publisher publisher) {
        Organisation organisation = publisher.organisation();
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@type", "ClaimReview");
        review.put("@id", "urn:uuid:" + c.id());
        review.put("url", publisher.claimPage(c.id()));
        review.put("claimReviewed", c.statement());
        review.put("datePublished", c.updatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        review.put("inLanguage", c.language());
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        if (c.claimant() != null) {
            item.put("author", named("PERSON".equals(c.claimantKind()) ? "Person" : "Organization", c.claimant()));
        }
        item.put("about", named("Thing", c.subject()));
        firstPublished(c).ifPresent(day -> item.put("datePublished", day.toString()));
        List<Map<String, Object>> appearances = c.appearances().stream().map(ClaimReviews::work).toList();
        if (!appearances.isEmpty()) {
            item.put("appearance", appearances);
            c.appearances().stream().filter(ClaimRecord.AppearanceRecord::firstAppearance).findFirst()
                    .ifPresent(a -> item.put("firstAppearance", work(a)));
        }
        review.put("itemReviewed", item);
        Map<String, Object> author = named("Organization", organisation.name());
        if (organisation.url() != null) {
            author.put("url", organisation.url());
        }
        review.put("author", author);
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        RatingTexts.Label label = publisher.texts().label(c.verdict(), c.language());
        rating.put("name", label.name());
        rating.put("alternateName", label.alternateName());
        Integer value = rating(c.verdict());
        if (value != null) {
            rating.put("ratingValue", value);
            rating.put("bestRating", BEST);
            rating.put("worstRating", WORST);
        }
        review.put("reviewRating", rating);
        if (c.verdictRationale() != null) {
            review.put("reviewBody", c.verdictRationale());
        }
        return review;
    }

    /**
     * When the claim was first made public: the publication date of its first appearance, else the
     * earliest publication date among its appearances; empty when no source has a date.
     */
    static java.util.Optional<java.time.LocalDate> firstPublished(ClaimRecord c) {
        java.util.Optional<java.time.LocalDate> first = c.appearances().stream()
                .filter(ClaimRecord.AppearanceRecord::firstAppearance).map(ClaimRecord.AppearanceRecord::sourcePublished)
                .filter(java.util.Objects::nonNull).findFirst();
        return first.isPresent() ? first : c.appearances().stream().map(ClaimRecord.AppearanceRecord::sourcePublished)
                .filter(java.util.Objects::nonNull).min(java.util.Comparator.naturalOrder());
    }

    private static Map<String, Object> work(ClaimRecord.AppearanceRecord a) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", "CreativeWork");
        work.put("url", a.sourceUrl());
        work.put("headline", a.sourceTitle());
        work.put("publisher", named("Organization", a.sourcePublisher()));
        if (a.sourcePublished() != null) {
            work.put("datePublished", a.sourcePublished().toString());
        }
        if (a.sourceLanguage() != null) {
            work.put("inLanguage", a.sourceLanguage());
        }
        return work;
    }

    private static Map<String, Object> named(String type, String name) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", type);
        node.put("name", name);
        return node;
    }
}
