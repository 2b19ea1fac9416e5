package io.crosscheck.source;

import io.crosscheck.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Which topics follow which sources ({@code topic_source}); topics are looked up by slug. */
@ApplicationScoped
public class SourceTopics {

    private final EntityManager em;

    SourceTopics(EntityManager em) {
        this.em = em;
    }

    /** The id of the topic with this slug, if there is one. */
    public Optional<UUID> topicId(String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        List<UUID> ids = em.createQuery("select t.id from Topic t where t.slug = :slug", UUID.class)
                .setParameter("slug", slug.trim()).setMaxResults(1).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
    }

    /** The topic's id; 422 on {@code field} when no topic has this slug. */
    public UUID require(String slug, String field) {
        return topicId(slug).orElseThrow(() -> ApiException.unprocessable(field, "no topic with slug '" + slug + "'"));
    }

    /** Adds the source to the topic unless it is already there; returns whether it was added. */
    public boolean add(UUID topicId, UUID sourceId) {
        if (em.find(TopicSource.class, new TopicSource.Key(topicId, sourceId)) != null) {
            return false;
        }
        TopicSource row = new TopicSource();
        row.topicId = topicId;
        row.sourceId = sourceId;
        row.addedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        em.persist(row);
        return true;
    }
}
