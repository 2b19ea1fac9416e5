package io.crosscheck.embed;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.Dependent;
import java.util.Set;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.type.Type;

/**
 * Drops change stamps when this instance writes, through Hibernate, anything a widget may show, so a
 * widget shows a local change at once (and again after commit, so a stamp read during the transaction is not kept),
 * and bumps the shared change counter just before a transaction that wrote commits, so other instances
 * see the change within their stamp TTL. Bulk HQL and native SQL statements bypass interceptors: their
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

    private final ChangeStamps stamps;
    private boolean dirty;

    LocalWrites(ChangeStamps stamps) {
        this.stamps = stamps;
    }

    private void changed(Object entity) {
        if (entity != null && NOT_SHOWN.contains(entity.getClass().getName())) {
            return;
        }
        dirty = true;
        stamps.invalidate();
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        changed(entity);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        changed(entity);
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names,
            Type[] types) {
        changed(entity);
        return false;
    }

    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        changed(owner(collection));
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) {
        changed(owner(collection));
    }

    private static Object owner(Object collection) {
        return collection instanceof org.hibernate.collection.spi.PersistentCollection<?> c ? c.getOwner() : null;
    }

    @Override
    public void beforeTransactionCompletion(Transaction tx) {
        if (dirty) {
            stamps.bump();
        }
    }

    @Override
    public void afterTransactionCompletion(Transaction tx) {
        if (dirty) {
            dirty = false;
            stamps.invalidate();
        }
    }
}
