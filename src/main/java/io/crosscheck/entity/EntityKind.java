package io.crosscheck.entity;

/** What sort of thing an entity is. */
public enum EntityKind { ORGANIZATION, PERSON, PUBLICATION, PRODUCT, OTHER }
