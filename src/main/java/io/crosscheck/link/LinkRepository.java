package io.crosscheck.link;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Stored links. */
@ApplicationScoped
public class LinkRepository implements PanacheRepositoryBase<Link, UUID> {

    public List<Link> touching(UUID claimId) {
        return list("from.id = ?1 or to.id = ?1 order by id", claimId);
    }

    /** Links whose two ends are both among {@code claimIds}. */
    public List<Link> among(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        return list("from.id in ?1 and to.id in ?1 order by id", claimIds);
    }

    public List<Link> between(UUID a, UUID b) {
        return list("(from.id = ?1 and to.id = ?2) or (from.id = ?2 and to.id = ?1)", a, b);
    }
}
