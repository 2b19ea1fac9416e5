package io.crosscheck.embed;

import io.quarkus.qute.RawString;

/**
 * What every widget page shares: language, theme and the inline style and script. The
 * {@link RawString}s are the constants of {@link WidgetAssets}, never user data.
 */
public record Shell(String lang, String theme, String base, Words w) {

    public RawString css() {
        return new RawString(WidgetAssets.CSS);
    }

    /** The topic and comparison cards' stylesheet (charts, rows), instead of {@link #css}. */
    public RawString topicCss() {
        return new RawString(WidgetAssets.TOPIC_CSS);
    }

    public RawString script() {
        return new RawString(WidgetAssets.RESIZE_SCRIPT);
    }

    public boolean dark() {
        return "dark".equals(theme);
    }
}
