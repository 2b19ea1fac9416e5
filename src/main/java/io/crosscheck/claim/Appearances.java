package io.crosscheck.claim;

import io.crosscheck.common.ApiException;
import io.crosscheck.source.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Keeps a claim's appearances in line with what the client sent: the same (source, quote) keeps its
 * identity, new ones are added, missing ones removed; quotes are checked against the source's text.
 */
final class Appearances {

    private Appearances() {
    }

    static void reconcile(Claim claim, List<AppearanceInput> inputs, BiFunction<UUID, String, Source> sources) {
        Set<String> seen = new HashSet<>();
        List<Appearance> result = new ArrayList<>();
        long flagged = inputs.stream().filter(i -> Boolean.TRUE.equals(i.firstAppearance())).count();
        if (flagged > 1) {
            throw ApiException.unprocessable("appearances", "at most one appearance can be the first");
        }
        for (int i = 0; i < inputs.size(); i++) {
            AppearanceInput in = inputs.get(i);
            String field = "appearances[" + i + "]";
            if (!seen.add(in.sourceId() + "\n" + in.quote())) {
                throw ApiException.unprocessable(field, "the same quote from the same source is listed twice");
            }
            Source source = sources.apply(in.sourceId(), field + ".sourceId");
            Appearance appearance = claim.appearances.stream()
                    .filter(a -> a.source.id.equals(in.sourceId()) && a.quote.equals(in.quote()))
                    .findFirst().orElseGet(Appearance::new);
            appearance.claim = claim;
            appearance.source = source;
            appearance.quote = in.quote();
            if (!keepsStaleQuote(appearance, in)) {
                locate(appearance, in, source, field);
            }
            appearance.attribution = in.attribution() == null || in.attribution().isBlank() ? null : in.attribution().trim();
            appearance.firstAppearance = Boolean.TRUE.equals(in.firstAppearance());
            result.add(appearance);
        }
        claim.appearances.retainAll(result);
        for (Appearance appearance : result) {
            if (!claim.appearances.contains(appearance)) {
                claim.appearances.add(appearance);
            }
        }
        ensureFirst(claim.appearances);
    }

    /** When no appearance is marked first, marks the one from the earliest-published source. */
    static void ensureFirst(List<Appearance> appearances) {
        if (appearances.isEmpty() || appearances.stream().anyMatch(a -> a.firstAppearance)) {
            return;
        }
        appearances.stream()
                .min(Comparator.comparing((Appearance a) -> a.source.publishedDate,
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())))
                .ifPresent(a -> a.firstAppearance = true);
    }

    /**
     * A stale quote (no longer in the source's current text) sent back as it is stays as it is: its
     * offsets point into an older text version, so editing the rest of the claim is still possible.
     */
    private static boolean keepsStaleQuote(Appearance appearance, AppearanceInput in) {
        return appearance.id != null && appearance.quoteStatus == QuoteStatus.STALE
                && (in.start() == null && in.end() == null
                        || Objects.equals(in.start(), appearance.startOffset) && Objects.equals(in.end(), appearance.endOffset));
    }

    private static void locate(Appearance appearance, AppearanceInput in, Source source, String field) {
        Integer start = in.start();
        Integer end = in.end();
        if ((start == null) != (end == null)) {
            throw ApiException.unprocessable(field, "give both start and end, or neither");
        }
        if (source.text == null) {
            if (start != null) {
                throw ApiException.unprocessable(field + ".start", "the source has no stored text to point into");
            }
            appearance.startOffset = null;
            appearance.endOffset = null;
            appearance.textVersion = null;
            appearance.quoteStatus = QuoteStatus.CURRENT;
            return;
        }
        if (start != null) {
            if (start >= end || end > source.text.length()
                    || !Objects.equals(source.text.substring(start, end), in.quote())) {
                throw ApiException.unprocessable(field + ".start",
                        "start..end does not hold the quote in the source's text");
            }
        } else {
            start = source.text.indexOf(in.quote());
            if (start < 0) {
                throw ApiException.unprocessable(field + ".quote", "does not occur in the source's text; "
                        + "quotes must be exact (check apostrophes and spaces)");
            }
            end = start + in.quote().length();
        }
        appearance.startOffset = start;
        appearance.endOffset = end;
        appearance.textVersion = source.textVersion;
        appearance.quoteStatus = QuoteStatus.CURRENT;
    }
}
