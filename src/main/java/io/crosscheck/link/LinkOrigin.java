package io.crosscheck.link;

/** Who made a link: a person through the API or console, or conflict detection. */
public enum LinkOrigin { MANUAL, DETECTED }
