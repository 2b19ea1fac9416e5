package io.crosscheck.fetch;

/** What makes a request conditional: the ETag and Last-Modified of the copy we hold (either may be null). */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean any() {
        return etag != null || lastModified != null;
    }
}
