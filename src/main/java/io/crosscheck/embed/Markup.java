package io.crosscheck.embed;

/**
 * HTML being written, and its size in bytes of UTF-8 as it grows, so a widget can be written within a
 * byte budget (see {@link WidgetHtml#BUDGET}). Markup is appended as is ({@link #raw}: constants of the
 * renderer, never data); text and attribute values are escaped ({@link #text}).
 */
final class Markup {

    private final StringBuilder html = new StringBuilder(2048);
    private int bytes;

    /** Markup written by the renderer itself, never data. */
    Markup raw(String markup) {
        html.append(markup);
        bytes += Html.utf8Length(markup);
        return this;
    }

    /** A number, as markup. */
    Markup raw(long n) {
        return raw(Long.toString(n));
    }

    /** Text or an attribute value (double-quoted), escaped; null writes nothing. */
    Markup text(String s) {
        return s == null ? this : raw(Html.escape(s));
    }

    Markup append(Markup part) {
        html.append(part.html);
        bytes += part.bytes;
        return this;
    }

    /** Bytes of UTF-8 written so far. */
    int bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
