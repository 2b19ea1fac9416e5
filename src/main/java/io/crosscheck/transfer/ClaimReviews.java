package io.crosscheck.transfer;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org ClaimReview for a reviewed claim. The verdict is the rating's {@code alternateName};
 * the numeric rating runs from 1 (FALSE) to 5 (SUPPORTED), and UNVERIFIABLE has none, because it
 * says nothing about truth. See docs/reports.md.
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
    public static Map<String, Object> of(ClaimRecord c, Organisation organisation) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@type", "ClaimReview");
        review.put("@id", "urn:uuid:" + c.id());
        review.put("claimReviewed", c.statement());
        review.put("datePublished", c.updatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        review.put("inLanguage", c.language());
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        if (c.claimant() != null) {
            item.put("author", named("PERSON".equals(c.claimantKind()) ? "Person" : "Organization", c.claimant()));
        }
        item.put("about", named("Thing", c.subject()));
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
        rating.put("alternateName", c.verdict());
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
