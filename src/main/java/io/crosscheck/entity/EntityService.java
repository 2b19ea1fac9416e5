package io.crosscheck.entity;

import com.fasterxml.jackson.databind.JsonNode;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.ETags;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Patcher;
import io.crosscheck.common.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Rules for entities: an entity that claims refer to cannot be deleted. */
@ApplicationScoped
public class EntityService {

    private final EntityRepository entities;
    private final Patcher patcher;

    EntityService(EntityRepository entities, Patcher patcher) {
        this.entities = entities;
        this.patcher = patcher;
    }

    /** Filters: {@code q} in the name or an alias, {@code kind}. */
    public Page<EntityView> list(String q, EntityKind kind, PageRequest page) {
        Query query = new Query()
                .and("(lower(name) like :q escape '\\' or id in (select e2.id from NamedEntity e2 join e2.aliases a "
                        + "where lower(a) like :q escape '\\'))", "q", Query.contains(q))
                .and("kind = :kind", "kind", kind);
        return Page.of(query.page(entities, page), page, e -> e.id, EntityView::of);
    }

    public EntityView get(UUID id) {
        return EntityView.of(find(id));
    }

    public NamedEntity find(UUID id) {
        return entities.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("entity", id));
    }

    /** Ids matching a filter value: an id, or a name or alias (ignoring case). */
    public List<UUID> resolve(String ref) {
        UUID id = Ids.tryParse(ref);
        return id != null ? List.of(id) : entities.idsNamed(ref);
    }

    /**
     * The one entity a reference names, for a write: an id, else an exact name (ignoring case), else
     * an alias. 422 on {@code field} when nothing matches or when several entities share the name or
     * alias (the error lists their ids, so the client can pick one).
     */
    public NamedEntity resolveOne(String ref, String field) {
        String wanted = ref == null ? "" : ref.trim();
        if (wanted.isEmpty()) {
            throw ApiException.unprocessable(field, "must name an entity (an id, a name or an alias)");
        }
        UUID id = Ids.tryParse(wanted);
        if (id != null) {
            return entities.findByIdOptional(id)
                    .orElseThrow(() -> ApiException.unprocessable(field, "no entity with id " + id));
        }
        List<NamedEntity> byName = entities.named(wanted);
        if (byName.size() == 1) {
            return byName.get(0);
        }
        List<NamedEntity> byAlias = byName.isEmpty() ? entities.aliased(wanted) : byName;
        if (byAlias.size() == 1) {
            return byAlias.get(0);
        }
        if (byAlias.isEmpty()) {
            throw ApiException.unprocessable(field, "no entity is named or aliased '" + wanted
                    + "'; create it with POST /api/entities or give its id");
        }
        throw ApiException.unprocessable(field, "'" + wanted + "' names " + byAlias.size() + " entities ("
                + byAlias.stream().limit(5).map(e -> e.name + " " + e.id).reduce((a, b) -> a + ", " + b).orElse("")
                + "); give the id");
    }

    @Transactional
    public EntityView create(EntityInput input) {
        NamedEntity entity = new NamedEntity();
        apply(entity, input);
        entities.persistAndFlush(entity);
        return EntityView.of(entity);
    }

    @Transactional
    public EntityView update(UUID id, EntityInput input, String ifMatch) {
        NamedEntity entity = find(id);
        ETags.checkIfMatch(ifMatch, entity.version);
        apply(entity, input);
        entities.flush();
        return EntityView.of(entity);
    }

    @Transactional
    public EntityView patch(UUID id, JsonNode patch, String ifMatch) {
        return update(id, patcher.apply(EntityInput.from(find(id)), patch, EntityInput.class), ifMatch);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        NamedEntity entity = find(id);
        ETags.checkIfMatch(ifMatch, entity.version);
        Number uses = (Number) entities.getEntityManager()
                .createNativeQuery("select count(*) from claim where subject_id = :id or claimant_id = :id")
                .setParameter("id", id).getSingleResult();
        if (uses.longValue() > 0) {
            throw ApiException.conflict("This entity is the subject or claimant of " + uses + " claim(s).",
                    Map.of("claims", uses.longValue()));
        }
        entities.delete(entity);
    }

    private static void apply(NamedEntity entity, EntityInput input) {
        entity.name = input.name().trim();
        entity.kind = input.kind();
        List<String> aliases = input.aliases() == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(input.aliases().stream().map(String::trim).toList()));
        entity.aliases.clear();
        entity.aliases.addAll(aliases);
        entity.wikidataId = input.wikidataId();
        entity.description = Query.blankToNull(input.description());
    }
}
