package io.crosscheck.console;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the console's form handlers (every write the console makes). A filter annotated with it,
 * such as the coming sign-in and CSRF check, runs before each of them and before nothing else.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ConsoleWrite {
}
