package io.crosscheck.security;

/**
 * The role names used in {@code @RolesAllowed} on resource methods. Each role includes the ones
 * before it ({@code admin} ⊃ {@code editor} ⊃ {@code reader}); anonymous callers count as readers
 * unless {@code crosscheck.security.reads-require-key} is true. The literal strings work as well.
 */
public final class Roles {

    /** API reads, and POSTs that only compute. */
    public static final String READER = "reader";
    /** API writes. */
    public static final String EDITOR = "editor";
    /** Keys, report runs and other administration. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
