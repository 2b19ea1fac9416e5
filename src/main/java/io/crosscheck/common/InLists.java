package io.crosscheck.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Ids looked up with {@code in (...)} go {@value #SIZE} at a time: a query's parameter list stays
 * bounded (PostgreSQL's protocol takes at most 65,535 parameters, and long lists cost both databases
 * planning time) whatever the caller holds.
 */
public final class InLists {

    /** The most values one {@code in} list names. */
    public static final int SIZE = 500;

    private InLists() {
    }

    /** {@code values} in their iteration order, cut into lists of at most {@value #SIZE}. */
    public static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SIZE) {
            out.add(all.subList(i, Math.min(all.size(), i + SIZE)));
        }
        return out;
    }
}
