package io.crosscheck.embed;

/** What every widget page shares: language, theme, the base of its links, and its words. */
public record Shell(String lang, String theme, String base, Words w) {

    public boolean dark() {
        return "dark".equals(theme);
    }
}
