package io.crosscheck.claim;

import io.crosscheck.history.HistoryService;
import io.crosscheck.source.Source;
import io.crosscheck.source.SourceTextChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps quotes honest when a source's text changes (a corrected article fetched again, or a text
 * edited by hand), in the same transaction: a quote still at its offsets stays; a quote found
 * elsewhere in the new text is moved there (the one nearest its old place); a quote no longer in
 * the text becomes STALE, keeping its offsets into the version it was taken from. Moves are recorded
 * in the claim's history. Appearances are read a page at a time, so a much-cited source stays bounded.
 */
@ApplicationScoped
class QuoteTracker {

    private static final int PAGE = 200;

    private final EntityManager em;
    private final HistoryService history;

    QuoteTracker(EntityManager em, HistoryService history) {
        this.em = em;
        this.history = history;
    }

    void onTextChanged(@Observes SourceTextChanged change) {
        Source source = em.find(Source.class, change.sourceId());
        int relocated = 0;
        int stale = 0;
        UUID after = new UUID(0, 0);
        while (true) {
            List<Appearance> page = em.createQuery("select a from Appearance a join fetch a.claim "
                    + "where a.source.id = :source and a.id > :after order by a.id", Appearance.class)
                    .setParameter("source", change.sourceId()).setParameter("after", after)
                    .setMaxResults(PAGE).getResultList();
            for (Appearance appearance : page) {
                Claim claim = appearance.claim;
                ClaimInput before = ClaimInput.from(claim);
                switch (recheck(appearance, source.text, source.textVersion)) {
                    case MOVED -> relocated++;
                    case STALE -> stale++;
                    default -> {
                    }
                }
                ClaimInput now = ClaimInput.from(claim);
                if (!before.equals(now)) {
                    claim.touch();
                    history.record(ClaimService.RESOURCE, claim.id, before, now);
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).id;
        }
        change.report(relocated, stale);
    }

    enum Result { KEPT, MOVED, STALE }

    /** Checks one appearance against the source's new text (null: the text was removed). */
    static Result recheck(Appearance a, String text, Integer version) {
        if (text == null) {
            boolean wasCurrent = a.quoteStatus == QuoteStatus.CURRENT && a.startOffset != null;
            a.quoteStatus = a.startOffset == null ? QuoteStatus.CURRENT : QuoteStatus.STALE;
            return wasCurrent ? Result.STALE : Result.KEPT;
        }
        Integer start = a.startOffset;
        if (start != null && a.endOffset != null && a.endOffset <= text.length()
                && text.regionMatches(start, a.quote, 0, a.quote.length()) && a.endOffset - start == a.quote.length()) {
            a.textVersion = version;
            a.quoteStatus = QuoteStatus.CURRENT;
            return Result.KEPT;
        }
        int found = nearest(text, a.quote, start == null ? 0 : start);
        if (found < 0) {
            boolean wasCurrent = a.quoteStatus == QuoteStatus.CURRENT;
            a.quoteStatus = QuoteStatus.STALE;
            return wasCurrent ? Result.STALE : Result.KEPT;
        }
        boolean moved = !Objects.equals(start, found);
        a.startOffset = found;
        a.endOffset = found + a.quote.length();
        a.textVersion = version;
        a.quoteStatus = QuoteStatus.CURRENT;
        return moved ? Result.MOVED : Result.KEPT;
    }

    /** The occurrence of {@code quote} nearest to {@code around}, or -1 (at most 1000 occurrences looked at). */
    private static int nearest(String text, String quote, int around) {
        int best = -1;
        int from = 0;
        for (int i = 0; i < 1000; i++) {
            int at = text.indexOf(quote, from);
            if (at < 0) {
                break;
            }
            if (best < 0 || Math.abs(at - around) < Math.abs(best - around)) {
                best = at;
            }
            if (at > around) {
                break;
            }
            from = at + 1;
        }
        return best;
    }
}
