package io.crosscheck.history;

import com.fasterxml.jackson.databind.JsonNode;

/** One changed field: its path in the resource's input form, its value before and after (null when absent). */
public record Change(String field, JsonNode from, JsonNode to) {
}
