package io.crosscheck.console;

import io.crosscheck.common.ApiException;
import io.crosscheck.security.Caller;
import io.crosscheck.security.ConsoleSessions;
import io.crosscheck.security.ConsoleSessions.SignedIn;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * Who is signed in to the console for the current request: the session cookie was checked when the
 * request arrived (security/ApiKeyMechanism). Templates reach it as {@code inject:consoleUser}.
 */
@RequestScoped
@Named("consoleUser")
public class ConsoleUser {

    private final CurrentVertxRequest request;
    private final Caller caller;

    ConsoleUser(CurrentVertxRequest request, Caller caller) {
        this.request = request;
        this.caller = caller;
    }

    public Optional<SignedIn> get() {
        return caller.session();
    }

    /** The session cookie's token, or null. */
    String token() {
        Cookie cookie = request.getCurrent() == null ? null : request.getCurrent().request().getCookie(ConsoleSessions.COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    public boolean signedIn() {
        return get().isPresent();
    }

    public boolean canWrite() {
        return get().map(SignedIn::canWrite).orElse(false);
    }

    public String name() {
        return get().map(SignedIn::name).orElse("");
    }

    public String csrf() {
        return get().map(SignedIn::csrf).orElse("");
    }

    /** A console form must carry the session's CSRF token: another site cannot know it. */
    public void requireCsrf(String csrf) {
        if (get().map(session -> !session.csrfMatches(csrf)).orElse(true)) {
            throw ApiException.forbidden("The form's CSRF token is missing or stale; reload the page and try again.");
        }
    }
}
