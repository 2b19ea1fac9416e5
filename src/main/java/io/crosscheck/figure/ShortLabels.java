package io.crosscheck.figure;

import java.math.BigDecimal;

/** Compact chart labels built on ICU's short compact notation; signs and their place come from the pack. */
final class ShortLabels {

    private ShortLabels() {
    }

    static String label(Figure f, BigDecimal n, String lang, boolean withUnit) {
        LanguagePack.Render words = LanguagePacks.pack(lang).render();
        return switch (f.dimension()) {
            case MONEY -> {
                String c = NumberText.compact(n, lang);
                if (!withUnit) {
                    yield c;
                }
                String sym = words.shortCurrency().getOrDefault(f.currency(), symbol(f.currency()));
                if (words.shortSignAfter()) {
                    // "5,6 M$", "94 k$", but "94 mil $" and "3,2 Md ESP": a sign is glued to a short
                    // abbreviation only, a code never.
                    String last = c.substring(c.lastIndexOf(' ') + 1);
                    boolean code = sym.length() > 1 && sym.chars().allMatch(Character::isLetter);
                    yield Character.isDigit(c.charAt(c.length() - 1)) || last.length() > 2 || code ? c + " " + sym : c + sym;
                }
                yield sym.length() > 2 && !sym.endsWith("$") ? sym + " " + c : sym + c;
            }
            case PERCENT -> NumberText.fixed(n, NumberText.decimalsOf(n), lang)
                    + (QuantityReader.PERCENTAGE_POINT.equals(f.unit()) ? " pp" : words.percent());
            case RATIO -> ("less".equals(f.unit()) ? "÷" : "×") + NumberText.fixed(n, NumberText.decimalsOf(n), lang);
            case DURATION -> Durations.phrase(n, null, lang, withUnit);
            default -> {
                String c = NumberText.compact(n, lang);
                yield withUnit && f.unit() != null ? c + " " + CountNouns.render(f.unit(), lang,
                        n.compareTo(BigDecimal.ONE) > 0) : c;
            }
        };
    }

    static String range(Figure f, String lang) {
        if (f.dimension() == Dimension.MONEY && LanguagePacks.pack(lang).render().rangeRepeatsUnit()) {
            return label(f, f.low(), lang, true) + "–" + label(f, f.high(), lang, true);
        }
        String low = label(f, f.low(), lang, false);
        String high = label(f, f.high(), lang, true);
        String suffix = low.replaceAll("^.*?([\\p{L}]*)$", "$1");
        if (!suffix.isEmpty() && high.matches(".*\\d ?" + suffix + "(?![\\p{L}]).*")) {
            low = low.substring(0, low.length() - suffix.length()).strip();
        }
        return low + "–" + high;
    }

    static String symbol(String currency) {
        return switch (currency == null ? "" : currency) {
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            case "CAD" -> "CA$";
            case "AUD" -> "A$";
            case "JPY" -> "¥";
            default -> currency == null ? "" : currency;
        };
    }
}
