package io.crosscheck.embed;

import io.crosscheck.claim.Verdict;
import io.crosscheck.common.Phrasebook;

/** The widgets' words in each supported language ({@code phrases/widgets_<lang>.properties}). */
public final class Words {

    private static final Phrasebook WORDS = Phrasebook.load("widgets");

    public final String lang;

    Words(String lang) {
        this.lang = lang;
    }

    public String get(String key) {
        return WORDS.get(lang, key);
    }

    public String verdict(Verdict v) {
        return get(v.name());
    }
}
