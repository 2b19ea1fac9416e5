package io.crosscheck.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A field-level diff of two JSON trees: one {@link Change} per leaf that differs, named by a path
 * such as {@code figure.low} or {@code appearances[1].quote}. Arrays are compared position by position.
 */
public final class JsonDiff {

    private JsonDiff() {
    }

    public static List<Change> diff(JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        walk("", orNull(before), orNull(after), changes);
        return changes;
    }

    private static void walk(String path, JsonNode before, JsonNode after, List<Change> changes) {
        if (before.equals(after)) {
            return;
        }
        if (before.isObject() || after.isObject()) {
            if (before.isObject() && after.isObject() || before.isNull() || after.isNull()) {
                Set<String> names = new LinkedHashSet<>();
                before.fieldNames().forEachRemaining(names::add);
                after.fieldNames().forEachRemaining(names::add);
                for (String name : names) {
                    walk(path.isEmpty() ? name : path + "." + name, orNull(before.get(name)), orNull(after.get(name)), changes);
                }
                return;
            }
        }
        if (before.isArray() || after.isArray()) {
            if (before.isArray() && after.isArray() || before.isNull() || after.isNull()) {
                int size = Math.max(before.size(), after.size());
                for (int i = 0; i < size; i++) {
                    walk(path + "[" + i + "]", orNull(before.get(i)), orNull(after.get(i)), changes);
                }
                return;
            }
        }
        changes.add(new Change(path.isEmpty() ? "$" : path, before, after));
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null || node.isMissingNode() ? NullNode.getInstance() : node;
    }
}
