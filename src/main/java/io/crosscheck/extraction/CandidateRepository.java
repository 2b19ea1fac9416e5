package io.crosscheck.extraction;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Stored claim candidates. */
@ApplicationScoped
public class CandidateRepository implements PanacheRepositoryBase<ClaimCandidate, UUID> {
}
