package io.crosscheck.embed;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.Dependent;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.type.Type;

/**
 * Drops change stamps when this instance writes anything through Hibernate, so a widget shows a
 * local change at once (and again after commit, so a stamp read during the transaction is not kept),
 * and bumps the shared change counter just before a transaction that wrote commits, so other instances
 * see the change within their stamp TTL. Bulk HQL and native SQL statements bypass interceptors: their
 * transactions must also change an entity, or bump the counter themselves. One instance per session.
 */
@PersistenceUnitExtension
@Dependent
public class LocalWrites implements Interceptor {

    private final ChangeStamps stamps;
    private boolean dirty;

    LocalWrites(ChangeStamps stamps) {
        this.stamps = stamps;
    }

    private void changed() {
        dirty = true;
        stamps.invalidate();
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        changed();
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        changed();
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names,
            Type[] types) {
        changed();
        return false;
    }

    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        changed();
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) {
        changed();
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
