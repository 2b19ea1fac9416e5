package io.crosscheck.source;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A source a topic follows. The row belongs to the source feature (the topic feature depends on
 * claims, which depend on sources), so topics are named here by id only.
 */
@Entity
@Table(name = "topic_source")
@IdClass(TopicSource.Key.class)
public class TopicSource {

    @Id
    public UUID topicId;

    @Id
    public UUID sourceId;

    public Instant addedAt;

    /** The composite primary key. */
    public record Key(UUID topicId, UUID sourceId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
