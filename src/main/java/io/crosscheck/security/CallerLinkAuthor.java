package io.crosscheck.security;

import io.crosscheck.link.LinkAuthor;
import jakarta.enterprise.context.ApplicationScoped;

/** Links and review decisions are signed with the caller's key name (API key or console sign-in). */
@ApplicationScoped
class CallerLinkAuthor implements LinkAuthor {

    @Override
    public String current() {
        String actor = Caller.currentActor();
        return Caller.SYSTEM.equals(actor) ? null : actor;
    }
}
