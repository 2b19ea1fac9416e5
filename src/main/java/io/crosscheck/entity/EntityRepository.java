package io.crosscheck.entity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Stored entities. */
@ApplicationScoped
public class EntityRepository implements PanacheRepositoryBase<NamedEntity, UUID> {

    /** Ids of the entities whose name or one of whose aliases is {@code name}, ignoring case. */
    public List<UUID> idsNamed(String name) {
        return getEntityManager().createQuery("select distinct e.id from NamedEntity e left join e.aliases a "
                        + "where lower(e.name) = :name or lower(a) = :name", UUID.class)
                .setParameter("name", name.trim().toLowerCase(Locale.ROOT))
                .getResultList();
    }
}
