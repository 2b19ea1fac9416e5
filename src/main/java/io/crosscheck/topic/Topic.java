package io.crosscheck.topic;

import io.crosscheck.claim.Claim;
import io.crosscheck.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/** A named dossier ("DeepSeek: what did it cost?") grouping claims, addressed by its slug. */
@Entity
@Table(name = "topic")
public class Topic extends BaseEntity {

    @Column(nullable = false, unique = true, length = 80)
    public String slug;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(length = 2000)
    public String description;

    @ManyToMany
    @JoinTable(name = "topic_claim", joinColumns = @JoinColumn(name = "topic_id"),
            inverseJoinColumns = @JoinColumn(name = "claim_id"))
    @OrderBy("id")
    public Set<Claim> claims = new LinkedHashSet<>();
}
