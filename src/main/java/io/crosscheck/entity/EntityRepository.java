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

    /** The entities whose name is {@code name}, ignoring case (a few at most). */
    public List<NamedEntity> named(String name) {
        return find("lower(name) = ?1", name.trim().toLowerCase(Locale.ROOT)).page(0, 20).list();
    }

    /** The entities one of whose aliases is {@code alias}, ignoring case (a few at most). */
    public List<NamedEntity> aliased(String alias) {
        return getEntityManager().createQuery("select distinct e from NamedEntity e join e.aliases a "
                        + "where lower(a) = :alias", NamedEntity.class)
                .setParameter("alias", alias.trim().toLowerCase(Locale.ROOT)).setMaxResults(20)
                .getResultList();
    }
}
