package io.crosscheck.feed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client sends to create or replace a feed. {@code interval} is an ISO-8601 duration
 * ("PT30M") or a number of seconds ("1800" or 1800), between crosscheck.feeds.min-interval and
 * max-interval. Checked by {@link FeedService} (400 listing every bad field).
 */
@Schema(name = "FeedInput", description = "An RSS or Atom feed to poll")
public record FeedInput(
        @Schema(required = true, example = "https://www.example-news.com/rss/tech.xml") String url,
        @Schema(description = "Slug of a topic: every new item's source joins it", example = "deepseek-costs") String topic,
        @Schema(required = true, description = "ISO-8601 duration or seconds", example = "PT30M") String interval) {
}
