package io.crosscheck.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The one definition of a disputed claim, shared by the API views, the console, widgets, comparisons
 * and reports. A claim is <em>disputed by</em> another claim when a CONFIRMED CONTRADICTS link joins
 * them and the other claim has not been found FALSE or OUTDATED (a refuted or out-of-date claim
 * disputes nothing). A claim is <em>in doubt</em> when it is disputed by any claim, superseded, or has
 * a DISPUTED, FALSE or MISLEADING verdict: so a SUPPORTED claim that another confirmed claim
 * contradicts shows "supported, disputed by …" everywhere. Proposed contradictions are a reviewer's
 * to-do, not a public label. Links are read from their table, so the claim feature needs no
 * dependency on the link feature (as for {@link Claim#supersededBy}).
 */
@ApplicationScoped
public class Disputes {

    private static final Set<Verdict> DOUBTFUL = Set.of(Verdict.DISPUTED, Verdict.FALSE, Verdict.MISLEADING);

    private static final String SQL = """
            select cast(l.id as varchar(36)), cast(l.from_claim_id as varchar(36)), cast(o.id as varchar(36)),
              o.figure_text, e.name, o.verdict
            from claim_link l join claim o on o.id = l.to_claim_id left join named_entity e on e.id = o.claimant_id
            where l.from_claim_id in (:ids) and l.link_type = 'CONTRADICTS' and l.state = 'CONFIRMED'
              and o.verdict not in ('FALSE', 'OUTDATED')
            union all
            select cast(l.id as varchar(36)), cast(l.to_claim_id as varchar(36)), cast(o.id as varchar(36)),
              o.figure_text, e.name, o.verdict
            from claim_link l join claim o on o.id = l.from_claim_id left join named_entity e on e.id = o.claimant_id
            where l.to_claim_id in (:ids) and l.link_type = 'CONTRADICTS' and l.state = 'CONFIRMED'
              and o.verdict not in ('FALSE', 'OUTDATED')""";

    private final EntityManager em;

    Disputes(EntityManager em) {
        this.em = em;
    }

    /** Whether a claim is in doubt: its verdict, being superseded, or being disputed by another claim. */
    public static boolean inDoubt(Verdict verdict, boolean superseded, boolean disputedBy) {
        return disputedBy || superseded || DOUBTFUL.contains(verdict);
    }

    /** The claims disputing each of {@code ids} (one query; ids without disputes are absent). */
    public Map<UUID, List<ClaimView.Disputer>> of(Collection<UUID> ids) {
        Map<UUID, List<ClaimView.Disputer>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL).setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            out.computeIfAbsent(UUID.fromString(((String) r[1]).trim()), k -> new ArrayList<>())
                    .add(new ClaimView.Disputer(UUID.fromString(((String) r[2]).trim()), UUID.fromString(((String) r[0]).trim()),
                            (String) r[3], (String) r[4], Verdict.valueOf(((String) r[5]).trim())));
        }
        out.values().forEach(list -> list.sort(java.util.Comparator.comparing(ClaimView.Disputer::id)));
        return out;
    }

    /** The claims disputing one claim. */
    public List<ClaimView.Disputer> of(UUID id) {
        return of(List.of(id)).getOrDefault(id, List.of());
    }
}
