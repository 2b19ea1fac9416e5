package io.crosscheck.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.claim.AppearanceInput;
import io.crosscheck.claim.ClaimInput;
import io.crosscheck.claim.ClaimService;
import io.crosscheck.entity.EntityService;
import io.crosscheck.metric.MetricInput;
import io.crosscheck.metric.MetricService;
import io.crosscheck.source.SourceInput;
import io.crosscheck.source.SourceService;
import io.crosscheck.topic.TopicInput;
import io.crosscheck.topic.TopicService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Loads the DeepSeek dossier through the same services the API uses, once per database: only
 * when no claim exists yet, guarded by a {@code seed_marker} row inserted in the same transaction,
 * so two instances starting together on one PostgreSQL cannot both load it.
 */
@ApplicationScoped
public class DemoDataLoader {

    static final String MARKER = "deepseek-dossier";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final DemoConfig config;
    private final EntityManager em;
    private final ObjectMapper mapper;
    private final EntityService entities;
    private final MetricService metrics;
    private final SourceService sources;
    private final ClaimService claims;
    private final TopicService topics;

    DemoDataLoader(DemoConfig config, EntityManager em, ObjectMapper mapper, EntityService entities,
            MetricService metrics, SourceService sources, ClaimService claims, TopicService topics) {
        this.config = config;
        this.em = em;
        this.mapper = mapper;
        this.entities = entities;
        this.metrics = metrics;
        this.sources = sources;
        this.claims = claims;
        this.topics = topics;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        try {
            if (loadIfEmpty()) {
                LOG.info("Loaded the DeepSeek demo dossier (turn off with crosscheck.demo.enabled=false)");
            }
        } catch (RuntimeException e) {
            // Another instance won the seed_marker race, or the data changed under us: nothing is half-loaded.
            LOG.warnf("Demo dossier not loaded: %s", e.getMessage());
        }
    }

    /** Loads the dossier unless it was loaded before or the database already holds claims. */
    @Transactional
    public boolean loadIfEmpty() {
        boolean marked = ((Number) em.createNativeQuery("select count(*) from seed_marker where name = :name")
                .setParameter("name", MARKER).getSingleResult()).longValue() > 0;
        boolean hasClaims = ((Number) em.createNativeQuery("select count(*) from claim").getSingleResult()).longValue() > 0;
        if (marked || hasClaims) {
            return false;
        }
        em.createNativeQuery("insert into seed_marker (name, loaded_at) values (:name, :at)")
                .setParameter("name", MARKER).setParameter("at", Instant.now()).executeUpdate();
        load(read());
        return true;
    }

    private void load(Dossier dossier) {
        Map<String, UUID> entityIds = new HashMap<>();
        dossier.entities().forEach((key, input) -> entityIds.put(key, entities.create(input).id()));
        Map<String, UUID> metricIds = new HashMap<>();
        for (MetricInput input : dossier.metrics()) {
            metricIds.put(input.key(), metrics.create(input).id());
        }
        Map<String, UUID> sourceIds = new HashMap<>();
        dossier.sources().forEach((key, s) -> sourceIds.put(key, sources.create(new SourceInput(s.url(), s.title(),
                s.publisher(), s.author(), s.language(), s.publishedDate(), text(s.textFile()))).id()));
        Map<String, UUID> claimIds = new HashMap<>();
        dossier.claims().forEach((key, c) -> {
            List<AppearanceInput> appearances = c.appearances().stream()
                    .map(a -> new AppearanceInput(sourceIds.get(a.source()), a.quote(), null, null, a.attribution(), null))
                    .toList();
            ClaimInput input = new ClaimInput(entityIds.get(c.subject()), metricIds.get(c.metric()),
                    c.claimant() == null ? null : entityIds.get(c.claimant()), c.figure(), c.scope(), null, null, null,
                    c.statement(), c.language(), c.verdict(), c.verdictRationale(), appearances);
            claimIds.put(key, claims.create(input).id());
        });
        for (Dossier.DossierTopic t : dossier.topics()) {
            topics.create(new TopicInput(t.slug(), t.title(), t.description(),
                    t.claims().stream().map(claimIds::get).toList()));
        }
    }

    private Dossier read() {
        try (InputStream in = resource("demo/deepseek-dossier.json")) {
            return mapper.readValue(in, Dossier.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the demo dossier is unreadable", e);
        }
    }

    private static String text(String file) {
        if (file == null) {
            return null;
        }
        try (InputStream in = resource("demo/texts/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("demo text " + file + " is unreadable", e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return in;
    }
}
