package io.crosscheck.transfer;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/**
 * The words of ClaimReview ratings ({@code crosscheck.claimreview.*}), per language and verdict,
 * over the built-in French and English ones ({@link RatingTexts}). For example
 * {@code crosscheck.claimreview.alternate-name.fr.DISPUTED=Contesté : les sources divergent} and
 * {@code crosscheck.claimreview.rating-name.fr.DISPUTED=Contesté}. See docs/reports.md.
 */
@ConfigMapping(prefix = "crosscheck.claimreview")
public interface ClaimReviewConfig {

    /** {@code reviewRating.alternateName}, the sentence readers see: language → verdict → text. */
    Map<String, Map<String, String>> alternateName();

    /** {@code reviewRating.name}, the short verdict word: language → verdict → text. */
    Map<String, Map<String, String>> ratingName();
}
