package io.crosscheck.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What an API key may do; each role includes the ones before it. */
public enum Role {
    /** Reads the API when reads are not public. */
    READER,
    /** Also creates, changes and deletes claims, sources, entities, metrics and topics. */
    EDITOR,
    /** Also manages API keys and runs reports. */
    ADMIN;

    public boolean includes(Role needed) {
        return compareTo(needed) >= 0;
    }

    /** The name used in {@code @RolesAllowed} ({@link Roles}): "reader", "editor", "admin". */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role names a key with this role holds: its own and every role it includes. */
    public Set<String> grants() {
        return Arrays.stream(values()).filter(this::includes).map(Role::roleName).collect(Collectors.toUnmodifiableSet());
    }
}
