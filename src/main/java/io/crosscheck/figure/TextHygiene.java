package io.crosscheck.figure;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleans article text before it is stored: lone surrogates, mojibake, NFC, odd spaces, invisible and
 * control characters. Every change is reported by a {@link HygieneFlag}; nothing changes silently.
 * Cleaning can change lengths, so offsets from {@link FigureExtractor} refer to whichever text it was
 * given: extract from the cleaned text when that is the text you keep.
 */
public final class TextHygiene {

    private TextHygiene() {
    }

    public static CleanText clean(String text) {
        if (text == null || text.isEmpty()) {
            return new CleanText(text == null ? "" : text, List.of());
        }
        List<HygieneFlag> flags = new ArrayList<>();
        String t = replaceLoneSurrogates(text, flags);
        MojibakeRepair.Outcome m = MojibakeRepair.repair(t);
        t = m.text();
        if (m.repaired()) {
            flags.add(HygieneFlag.MOJIBAKE_REPAIRED);
        }
        if (m.suspected()) {
            flags.add(HygieneFlag.MOJIBAKE_SUSPECTED);
        }
        if (!Normalizer.isNormalized(t, Normalizer.Form.NFC)) {
            t = Normalizer.normalize(t, Normalizer.Form.NFC);
            flags.add(HygieneFlag.NFC_NORMALISED);
        }
        t = characters(t, flags);
        return new CleanText(t, flags);
    }

    private static String replaceLoneSurrogates(String s, List<HygieneFlag> flags) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            if (Character.isHighSurrogate(c) && !lone) {
                if (b != null) {
                    b.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (lone && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(lone ? '\uFFFD' : c);
            }
        }
        if (b == null) {
            return s;
        }
        flags.add(HygieneFlag.UNPAIRED_SURROGATE_REPLACED);
        return b.toString();
    }

    private static String characters(String s, List<HygieneFlag> flags) {
        StringBuilder b = new StringBuilder(s.length());
        boolean spaces = false;
        boolean invisibles = false;
        boolean controls = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u2028' || c == '\u2029') {
                b.append('\n');
                spaces = true;
            } else if (isOddSpace(c)) {
                b.append(' ');
                spaces = true;
            } else if (c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\u200E'
                    || c == '\u200F') {
                invisibles = true;
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                controls = true;
            } else {
                b.append(c);
            }
        }
        addIf(flags, spaces, HygieneFlag.SPACES_NORMALISED);
        addIf(flags, invisibles, HygieneFlag.INVISIBLES_REMOVED);
        addIf(flags, controls, HygieneFlag.CONTROLS_REMOVED);
        return spaces || invisibles || controls ? b.toString() : s;
    }

    private static boolean isOddSpace(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A');
    }

    private static void addIf(List<HygieneFlag> flags, boolean condition, HygieneFlag flag) {
        if (condition) {
            flags.add(flag);
        }
    }
}
