package io.crosscheck.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Query;
import io.crosscheck.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records changes inside the caller's transaction (so a change and its record commit or roll back
 * together) and reads them back, oldest first.
 */
@ApplicationScoped
public class HistoryService {

    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
    };

    private final HistoryRepository entries;
    private final ObjectMapper mapper;

    HistoryService(HistoryRepository entries, ObjectMapper mapper) {
        this.entries = entries;
        this.mapper = mapper;
    }

    /**
     * Records the change from {@code before} to {@code after} (each the resource's input form, null
     * when it did not or no longer exists). A change that changes nothing is not recorded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String resourceType, UUID resourceId, Object before, Object after) {
        JsonNode from = before == null ? null : mapper.valueToTree(before);
        JsonNode to = after == null ? null : mapper.valueToTree(after);
        List<Change> changes = JsonDiff.diff(from, to);
        if (changes.isEmpty()) {
            return;
        }
        HistoryEntry entry = new HistoryEntry();
        entry.id = Ids.newId();
        entry.resourceType = resourceType;
        entry.resourceId = resourceId;
        entry.action = (before == null ? Action.CREATE : after == null ? Action.DELETE : Action.UPDATE).name();
        entry.actor = Caller.currentActor();
        entry.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try {
            entry.changes = mapper.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A diff of JSON trees is always writable", e);
        }
        entries.persist(entry);
    }

    public boolean any(String resourceType, UUID resourceId) {
        return entries.count("resourceType = ?1 and resourceId = ?2", resourceType, resourceId) > 0;
    }

    public Page<HistoryView> page(String resourceType, UUID resourceId, PageRequest page) {
        List<HistoryEntry> rows = new Query()
                .and("resourceType = :type and resourceId = :resource", Map.of("type", resourceType, "resource", resourceId))
                .page(entries, page);
        return Page.of(rows, page, e -> e.id, this::view);
    }

    private HistoryView view(HistoryEntry e) {
        try {
            return new HistoryView(e.id, e.resourceType, e.resourceId, Action.valueOf(e.action), e.actor, e.at,
                    mapper.readValue(e.changes, CHANGES));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("History entry " + e.id + " holds malformed JSON", ex);
        }
    }
}
