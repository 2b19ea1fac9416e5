package io.crosscheck.entity;

import io.crosscheck.common.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Who or what a claim is about (its subject) or who asserts it (its claimant): an organisation,
 * person, publication or product. Named {@code NamedEntity} so it never reads as a JPA annotation.
 */
@Entity
@Table(name = "named_entity")
public class NamedEntity extends BaseEntity {

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public EntityKind kind;

    @ElementCollection
    @CollectionTable(name = "entity_alias", joinColumns = @JoinColumn(name = "entity_id"))
    @OrderColumn(name = "alias_index")
    @Column(name = "alias", nullable = false, length = 200)
    public List<String> aliases = new ArrayList<>();

    @Column(length = 20)
    public String wikidataId;

    @Column(length = 1000)
    public String description;
}
