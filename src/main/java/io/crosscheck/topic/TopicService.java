package io.crosscheck.topic;

import com.fasterxml.jackson.databind.JsonNode;
import io.crosscheck.claim.Claim;
import io.crosscheck.claim.ClaimService;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.ETags;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Patcher;
import io.crosscheck.common.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Rules for topics: unique, immutable slugs; members must be existing claims. */
@ApplicationScoped
public class TopicService {

    private final TopicRepository topics;
    private final ClaimService claims;
    private final Patcher patcher;

    TopicService(TopicRepository topics, ClaimService claims, Patcher patcher) {
        this.topics = topics;
        this.claims = claims;
        this.patcher = patcher;
    }

    public Page<TopicView> list(String q, PageRequest page) {
        Query query = new Query().and("(lower(title) like :q escape '\\' or lower(slug) like :q escape '\\')",
                "q", Query.contains(q));
        return Page.of(query.page(topics, page), page, t -> t.id, TopicView::of);
    }

    public TopicView get(String slug) {
        return TopicView.of(find(slug));
    }

    public Topic find(String slug) {
        return topics.findBySlug(slug).orElseThrow(() -> ApiException.notFound("topic", slug));
    }

    @Transactional
    public TopicView create(TopicInput input) {
        topics.findBySlug(input.slug()).ifPresent(existing -> {
            throw ApiException.conflict("A topic with slug '" + input.slug() + "' already exists.",
                    Map.of("existingId", existing.id));
        });
        Topic topic = new Topic();
        topic.slug = input.slug();
        apply(topic, input);
        topics.persistAndFlush(topic);
        return TopicView.of(topic);
    }

    @Transactional
    public TopicView update(String slug, TopicInput input, String ifMatch) {
        Topic topic = find(slug);
        ETags.checkIfMatch(ifMatch, topic.version);
        if (!topic.slug.equals(input.slug())) {
            throw ApiException.unprocessable("slug", "cannot change: embedded widgets and links use it");
        }
        apply(topic, input);
        topics.flush();
        return TopicView.of(topic);
    }

    @Transactional
    public TopicView patch(String slug, JsonNode patch, String ifMatch) {
        return update(slug, patcher.apply(TopicInput.from(find(slug)), patch, TopicInput.class), ifMatch);
    }

    @Transactional
    public void delete(String slug, String ifMatch) {
        Topic topic = find(slug);
        ETags.checkIfMatch(ifMatch, topic.version);
        topics.delete(topic);
    }

    private void apply(Topic topic, TopicInput input) {
        topic.title = input.title().trim();
        topic.description = Query.blankToNull(input.description());
        List<UUID> ids = input.claimIds() == null ? List.of() : input.claimIds();
        topic.claims.clear();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            Claim claim;
            try {
                claim = claims.find(id);
            } catch (ApiException e) {
                throw ApiException.unprocessable("claimIds[" + i + "]", "no claim with this id");
            }
            topic.claims.add(claim);
        }
        topic.updatedAt = java.time.Instant.now();
    }
}
