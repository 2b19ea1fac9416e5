package io.crosscheck.embed;

import io.crosscheck.claim.Appearance;
import io.crosscheck.claim.Claim;
import io.crosscheck.common.BaseEntity;
import io.crosscheck.link.Link;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.Dependent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.Type;

/**
 * Drops change stamps when this instance writes, through Hibernate, anything a widget may show, so a
 * widget shows a local change at once (and again after commit, so a stamp read during the transaction is not kept),
 * and bumps the shared change counter just before a transaction that wrote commits, so other instances
 * see the change within their stamp TTL. It also notes which comparisons the transaction changed (the
 * (subject, metric) groups of the claims, appearances and links it wrote; reference data when an entity,
 * metric or source is edited or deleted) and bumps their change scopes before the counter
 * ({@link ChangeStamps#bumpScopes}). Bulk HQL and native SQL statements bypass interceptors: their
 * transactions must also change an entity, or bump the counter themselves. One instance per session.
 */
@PersistenceUnitExtension
@Dependent
public class LocalWrites implements Interceptor {

    /**
     * Entities no widget shows: writing them (a job's progress, every few rows of an import or scan; a
     * report run; a session or key; a history entry, which only accompanies a shown change; an
     * article's figure candidates) leaves the stamps alone, so a cached widget stays cached while jobs
     * run. Named, not referenced: some are package-private elsewhere.
     */
    static final Set<String> NOT_SHOWN = Set.of("io.crosscheck.job.Job", "io.crosscheck.job.JobIssue",
            "io.crosscheck.report.ReportRun", "io.crosscheck.security.ConsoleSession", "io.crosscheck.security.ApiKey",
            "io.crosscheck.history.HistoryEntry", "io.crosscheck.extraction.ClaimCandidate");

    /**
     * Shown by comparisons only once a claim refers to them, so creating one changes no comparison:
     * editing or deleting one changes the reference scope.
     */
    static final Set<String> REFERENCE = Set.of("io.crosscheck.entity.NamedEntity", "io.crosscheck.metric.Metric",
            "io.crosscheck.source.Source");

    /** Shown by topic widgets, never by a comparison. */
    static final Set<String> NOT_IN_COMPARISONS = Set.of("io.crosscheck.topic.Topic", "io.crosscheck.source.TopicSource",
            "io.crosscheck.source.SourceText", "io.crosscheck.feed.Feed", "io.crosscheck.feed.FeedItem");

    private final ChangeStamps stamps;
    private boolean dirty;
    /** (subject id, metric id) of the claims written. */
    private final Set<List<UUID>> groups = new HashSet<>();
    /** Claims whose appearances or links were written (their groups are read before commit). */
    private final Set<UUID> claims = new HashSet<>();
    /** Claims written themselves: their groups are known, so their appearances need no read. */
    private final Set<UUID> written = new HashSet<>();
    private boolean reference;

    LocalWrites(ChangeStamps stamps) {
        this.stamps = stamps;
    }

    private boolean changed(Object entity) {
        if (entity != null && NOT_SHOWN.contains(entity.getClass().getName())) {
            return false;
        }
        dirty = true;
        stamps.invalidate();
        return true;
    }

    /** Notes the comparisons a write of {@code entity} (state {@code state}, or null) changes. */
    private void scope(Object entity, Object[] state, String[] names, boolean created) {
        if (entity instanceof Claim) {
            UUID subject = idOf(value(state, names, "subject"));
            UUID metric = idOf(value(state, names, "metric"));
            if (subject != null && metric != null) {
                groups.add(List.of(subject, metric));
                written.add(((Claim) entity).id);
            }
        } else if (entity instanceof Appearance) {
            addClaim(value(state, names, "claim"));
        } else if (entity instanceof Link) {
            addClaim(value(state, names, "from"));
            addClaim(value(state, names, "to"));
        } else if (entity == null || REFERENCE.contains(entity.getClass().getName())) {
            reference |= !created;
        } else if (!NOT_IN_COMPARISONS.contains(entity.getClass().getName())) {
            reference = true; // unknown content: every comparison, to be safe
        }
    }

    private void addClaim(Object claim) {
        UUID id = idOf(claim);
        if (id != null) {
            claims.add(id);
        }
    }

    private static Object value(Object[] state, String[] names, String name) {
        if (state == null || names == null) {
            return null;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return state[i];
            }
        }
        return null;
    }

    /** The id of an entity or of a lazy proxy (without loading it). */
    private static UUID idOf(Object entity) {
        if (entity instanceof HibernateProxy proxy) {
            return (UUID) proxy.getHibernateLazyInitializer().getIdentifier();
        }
        return entity instanceof BaseEntity e ? e.id : null;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (changed(entity)) {
            scope(entity, state, names, true);
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (changed(entity)) {
            scope(entity, state, names, false);
        }
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names,
            Type[] types) {
        if (changed(entity)) {
            scope(entity, current, names, false);
            scope(entity, previous, names, false); // a claim moved to another subject or metric
        }
        return false;
    }

    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        collectionChanged(owner(collection));
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) {
        collectionChanged(owner(collection));
    }

    private void collectionChanged(Object owner) {
        if (!changed(owner)) {
            return;
        }
        if (owner instanceof Claim claim) {
            addClaim(claim);
        } else {
            scope(owner, null, null, false);
        }
    }

    private static Object owner(Object collection) {
        return collection instanceof org.hibernate.collection.spi.PersistentCollection<?> c ? c.getOwner() : null;
    }

    @Override
    public void beforeTransactionCompletion(Transaction tx) {
        if (dirty) {
            claims.removeAll(written);
            if (reference || !groups.isEmpty() || !claims.isEmpty()) {
                stamps.bumpScopes(groups, claims, reference);
            }
            stamps.bump();
        }
    }

    @Override
    public void afterTransactionCompletion(Transaction tx) {
        groups.clear();
        claims.clear();
        written.clear();
        reference = false;
        if (dirty) {
            dirty = false;
            stamps.invalidate();
        }
    }
}
