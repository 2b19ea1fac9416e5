package io.crosscheck.common;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A list query built from optional filters, read one page at a time in id order (keyset paging:
 * "id greater than the cursor", so deep pages cost the same as the first).
 */
public final class Query {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds {@code clause} (HQL over the entity's fields, using {@code :name}) when {@code value} is given. */
    public Query and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.and(name, value);
        }
        return this;
    }

    /** Adds a clause that always applies. */
    public Query and(String clause, Map<String, Object> values) {
        clauses.add(clause);
        values.forEach(parameters::and);
        return this;
    }

    public <E> List<E> page(PanacheRepositoryBase<E, UUID> repository, PageRequest page) {
        and("id > :after", "after", page.after());
        return list(repository, Sort.by("id"), page.fetchSize());
    }

    /** The first {@code limit} rows in the given order, for lists paged on something other than the id alone. */
    public <E> List<E> list(PanacheRepositoryBase<E, UUID> repository, Sort sort, int limit) {
        io.quarkus.panache.common.Page window = io.quarkus.panache.common.Page.ofSize(limit);
        if (clauses.isEmpty()) {
            return repository.findAll(sort).page(window).list();
        }
        return repository.find(String.join(" and ", clauses), sort, parameters).page(window).list();
    }

    /** A case-insensitive "contains" pattern for {@code like ... escape '\'}, or null for no filter. */
    public static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** Blank query parameters mean "no filter". */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
