package io.crosscheck.link;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** Until sign-in exists, authors are unknown; any other {@link LinkAuthor} bean takes precedence. */
@DefaultBean
@ApplicationScoped
class AnonymousLinkAuthor implements LinkAuthor {

    @Override
    public String current() {
        return null;
    }
}
