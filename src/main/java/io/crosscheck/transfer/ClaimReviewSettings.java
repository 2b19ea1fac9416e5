package io.crosscheck.transfer;

import io.crosscheck.embed.EmbedConfig;
import io.crosscheck.report.ReportConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What every ClaimReview Crosscheck publishes needs from the configuration: the organisation that
 * signs it ({@code crosscheck.report.organisation-name}, {@code -url}), the public address its
 * {@code url} points into ({@code crosscheck.embed.public-base-url}) and the rating texts. In the
 * {@code prod} profile all three are required once the demo dossier is off (a production instance,
 * docs/operations.md): the start fails, naming the missing keys, rather than publishing reviews that
 * Google refuses (no {@code url}) or signs as nobody. A packaged app trying the demo (README's start
 * command) starts with a warning naming them, and signs as "Crosscheck" from its local address.
 */
@ApplicationScoped
public class ClaimReviewSettings {

    private final Optional<String> name;
    private final Optional<String> url;
    private final Optional<String> publicBase;
    private final String localBase;
    private final RatingTexts texts;
    private final boolean demo;

    ClaimReviewSettings(ReportConfig report, EmbedConfig embed, ClaimReviewConfig config,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port,
            @ConfigProperty(name = "crosscheck.demo.enabled", defaultValue = "true") boolean demo) {
        this.demo = demo;
        this.name = report.organisationName().filter(s -> !s.isBlank()).map(String::strip);
        this.url = report.organisationUrl().filter(s -> !s.isBlank()).map(String::strip);
        this.publicBase = embed.publicBaseUrl().filter(s -> !s.isBlank()).map(ClaimReviewSettings::trim);
        this.localBase = "http://localhost:" + port;
        this.texts = new RatingTexts(config.alternateName(), config.ratingName());
    }

    void check(@Observes StartupEvent event) {
        verify(ConfigUtils.getProfiles().contains("prod"));
    }

    /** Fails (production without the demo) or warns (a packaged demo) when a required setting is missing. */
    void verify(boolean prod) {
        if (prod) {
            List<String> missing = missing();
            if (!missing.isEmpty() && demo) {
                Logger.getLogger(ClaimReviewSettings.class).warnf("ClaimReview output is signed \"Crosscheck\" from %s"
                        + " because %s are not set; a production instance (crosscheck.demo.enabled=false) refuses"
                        + " to start without them (docs/operations.md, \"Publishing ClaimReview\")", localBase,
                        String.join(", ", missing));
            } else if (!missing.isEmpty()) {
                throw new IllegalStateException("ClaimReview output needs " + String.join(", ", missing)
                        + " in production: set them (or their environment variables) before starting; "
                        + "see docs/operations.md, \"Publishing ClaimReview\"");
            }
        }
    }

    /** The required keys that are not set, with their environment variables. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (name.isEmpty()) {
            missing.add("crosscheck.report.organisation-name (CROSSCHECK_REPORT_ORGANISATION_NAME)");
        }
        if (url.isEmpty()) {
            missing.add("crosscheck.report.organisation-url (CROSSCHECK_REPORT_ORGANISATION_URL)");
        }
        if (publicBase.isEmpty()) {
            missing.add("crosscheck.embed.public-base-url (CROSSCHECK_EMBED_PUBLIC_BASE_URL)");
        }
        return missing;
    }

    /**
     * The publisher of reviews written without a request (nightly reports): the configured public base
     * URL, else (dev, test and a packaged demo only, since production requires one) this instance's local address.
     */
    public ClaimReviews.Publisher offline() {
        return publisher(publicBase.orElse(localBase));
    }

    /** The publisher of reviews answered to a request whose public base URL is {@code base} ({@code PublicUrls}). */
    public ClaimReviews.Publisher publisher(String base) {
        return new ClaimReviews.Publisher(new ClaimReviews.Organisation(name.orElse("Crosscheck"), url.orElse(null)),
                trim(base), texts);
    }

    public RatingTexts texts() {
        return texts;
    }

    private static String trim(String base) {
        String b = base.strip();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }
}
