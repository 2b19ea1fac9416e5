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

    /** Disputing claims listed per claim at most, the first by id; {@link Disputed#count} counts them all. */
    public static final int LISTED = 20;

    /**
     * The disputing claims of each asked claim, numbered by id, with how many there are: rows past
     * {@link #LISTED} for a claim are counted in the database, never sent.
     */
    private static final String SQL = """
            select link_id, cast(claim_id as varchar(36)), cast(other_id as varchar(36)), figure_text, claimant, verdict,
              total from (
              select d.*, row_number() over (partition by d.claim_id order by d.other_id) as n,
                count(*) over (partition by d.claim_id) as total
              from (
                select cast(l.id as varchar(36)) as link_id, l.from_claim_id as claim_id, o.id as other_id,
                  o.figure_text as figure_text, e.name as claimant, o.verdict as verdict
                from claim_link l join claim o on o.id = l.to_claim_id left join named_entity e on e.id = o.claimant_id
                where l.from_claim_id in (:ids) and l.link_type = 'CONTRADICTS' and l.state = 'CONFIRMED'
                  and o.verdict not in ('FALSE', 'OUTDATED')
                union all
                select cast(l.id as varchar(36)), l.to_claim_id, o.id, o.figure_text, e.name, o.verdict
                from claim_link l join claim o on o.id = l.from_claim_id left join named_entity e on e.id = o.claimant_id
                where l.to_claim_id in (:ids) and l.link_type = 'CONTRADICTS' and l.state = 'CONFIRMED'
                  and o.verdict not in ('FALSE', 'OUTDATED')
              ) d
            ) r where n <= """ + LISTED;

    /** The claims disputing one claim: the first {@link #LISTED} by id, and how many there are. */
    public record Disputed(List<ClaimView.Disputer> listed, int count) {

        public static final Disputed NONE = new Disputed(List.of(), 0);
    }

    private final EntityManager em;

    Disputes(EntityManager em) {
        this.em = em;
    }

    /** Whether a claim is in doubt: its verdict, being superseded, or being disputed by another claim. */
    public static boolean inDoubt(Verdict verdict, boolean superseded, boolean disputedBy) {
        return disputedBy || superseded || DOUBTFUL.contains(verdict);
    }

    /**
     * The claims disputing each of {@code ids} (one query; ids without disputes are absent): at most
     * {@link #LISTED} each, the first by id, and their count.
     */
    public Map<UUID, Disputed> of(Collection<UUID> ids) {
        Map<UUID, Disputed> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL).setParameter("ids", ids).getResultList();
        Map<UUID, List<ClaimView.Disputer>> listed = new HashMap<>();
        Map<UUID, Integer> counts = new HashMap<>();
        for (Object[] r : rows) {
            UUID claim = uuid(r[1]);
            listed.computeIfAbsent(claim, k -> new ArrayList<>()).add(new ClaimView.Disputer(uuid(r[2]), uuid(r[0]),
                    (String) r[3], (String) r[4], Verdict.valueOf(((String) r[5]).trim())));
            counts.put(claim, ((Number) r[6]).intValue());
        }
        listed.forEach((claim, list) -> {
            list.sort(java.util.Comparator.comparing(ClaimView.Disputer::id));
            out.put(claim, new Disputed(List.copyOf(list), counts.get(claim)));
        });
        return out;
    }

    /** The claims disputing one claim. */
    public Disputed of(UUID id) {
        return of(List.of(id)).getOrDefault(id, Disputed.NONE);
    }

    /** An id the query returns as text (uuid columns of native queries come back as bytes on H2). */
    private static UUID uuid(Object value) {
        return UUID.fromString(((String) value).trim());
    }
}
