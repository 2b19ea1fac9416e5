package io.crosscheck.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation whose answer holds a secret shown once (a new API key). With an
 * {@code Idempotency-Key}, its answer is recorded without the body, and a replay says that the
 * secret was shown in the first answer instead of repeating it: no secret is ever stored.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SecretAnswer {
}
