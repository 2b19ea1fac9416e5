package io.crosscheck.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.claim.ClaimView;
import io.crosscheck.claim.FigureView;
import io.crosscheck.claim.Verdict;
import io.crosscheck.compare.ComparisonView;
import io.crosscheck.console.Texts;
import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureKind;
import io.crosscheck.figure.Nature;
import io.crosscheck.link.LinkState;
import io.crosscheck.link.LinkType;
import io.crosscheck.link.LinkView;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Issue 12: a widget stays under 20,000 bytes whatever the data. Hostile comparisons, topics and
 * claims (many axes and claims, names at their maximum length made of characters that expand when
 * escaped or take 3–4 bytes in UTF-8, extreme figures, every language) are rendered by
 * {@link WidgetHtml} directly, without Quarkus; every page must be under the budget, parse as HTML
 * without a single parse error, and say how much it left out when it left something out.
 */
class WidgetBudgetProperties {

    /** Pieces names are made of: escaping-heavy, multi-byte (CJK, emoji, accents), bidi, a lone surrogate. */
    private static final List<String> PIECES = List.of("&", "<", ">", "\"", "'", "&amp;", "</title>", "<script>",
            "漢字", "深度求索", "😀", "👩‍🔬", "é", "Île-de-France", "\u202E", "\u200B", " ", "a", "Z9", "·", "—", "\uD800",
            "Société d'exploitation", "ñ", "¿");
    private static final List<String> LANGS = List.of("en", "fr", "es");
    private static final List<String> CURRENCIES = List.of("USD", "EUR", "JPY", "CNY", "GBP");

    @Property(tries = 250)
    void everyTopicOrComparisonCardFitsItsBudgetAndSaysWhatItLeftOut(@ForAll("views") ComparisonView view,
            @ForAll("langs") String lang, @ForAll("texts") String title, @ForAll boolean dark,
            @ForAll("maxAxes") int maxAxes) {
        Shell shell = shell(lang, dark);
        String href = shell.base() + "/claims?subject=" + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8)
                + "&metric=training-cost&lang=" + lang;
        Texts t = Texts.pick(lang, null);
        String html = WidgetHtml.topic(view, shell, title, t.get("chart"), href, maxAxes, true, t.get("story"),
                t.get("vague"));
        Document doc = wellFormed(html);

        Words w = shell.w();
        List<Element> axes = doc.select("section.axis");
        List<Element> rows = doc.select("li.row");
        int asked = Math.min(Math.max(1, maxAxes), view.axes().size());
        int axisCount = Math.max(view.axisCount(), view.axes().size());
        long claimsInView = view.axes().stream().limit(asked).mapToLong(a -> a.claims().size()).sum();
        assertTrue(axes.size() <= asked);
        boolean leftOut = rows.size() < view.total() || axes.size() < axisCount || view.next() != null;
        Element note = doc.selectFirst("p.legend.shown");
        if (leftOut) {
            assertNotNull(note, "says what it left out");
            String expected = String.format(w.get("shownOf"), rows.size(), view.total())
                    + (axes.size() < axisCount ? " · " + String.format(w.get("moreAxes"), axisCount - axes.size()) : "");
            assertEquals(expected, note.text());
            Element more = doc.selectFirst("a.more");
            assertNotNull(more, "links to the rest");
            assertEquals(String.format(w.get("seeAll"), view.total()) + " →", more.text());
            assertEquals(href, more.attr("href"));
        } else {
            assertNull(note, "says nothing was left out when nothing was");
            assertEquals(claimsInView, rows.size());
        }
        // Each axis shown says how many of its claims it does not show.
        for (int i = 0; i < axes.size(); i++) {
            ComparisonView.Axis a = view.axes().get(i);
            int shownRows = axes.get(i).select("li.row").size();
            long missing = Math.max(a.summary().count(), a.claims().size()) - shownRows;
            Element more = axes.get(i).selectFirst("li.more");
            if (missing > 0) {
                assertNotNull(more, "axis " + i + " says it leaves " + missing + " claims out");
                assertEquals((missing == 1 ? w.get("oneMoreClaim") : String.format(w.get("moreClaims"), missing)) + " →",
                        more.text());
            } else {
                assertNull(more);
            }
            assertTrue(shownRows <= a.claims().size());
        }
        // In order: the axes shown are the first ones, and an axis is cut only if it is the last shown.
        for (int i = 0; i + 1 < axes.size(); i++) {
            assertEquals(view.axes().get(i).claims().size(), axes.get(i).select("li.row").size(),
                    "only the last axis shown may be cut");
        }
    }

    @Property(tries = 150)
    void everyClaimCardFitsItsBudgetAndCountsTheSourcesItLeftOut(@ForAll("claims") ClaimView claim,
            @ForAll("langs") String lang, @ForAll boolean dark) {
        Shell shell = shell(lang, dark);
        String html = WidgetHtml.claim(shell, ClaimCard.of(claim, List.of(), shell, id -> null));
        Document doc = wellFormed(html);
        Words w = shell.w();
        int shown = doc.select("article > ul > li").size();
        int missing = claim.appearances().size() - shown;
        Element more = doc.selectFirst("p.more");
        if (missing > 0) {
            assertNotNull(more, "says how many sources it left out");
            assertEquals((missing == 1 ? w.get("oneMoreSource") : String.format(w.get("moreSources"), missing)) + " →",
                    more.text());
        } else {
            assertNull(more);
        }
        assertEquals(Math.min(ClaimCard.DISPUTERS, claim.disputedBy().size()),
                doc.select("p.alert").stream().filter(p -> p.text().startsWith(w.get("disputedBy")))
                        .mapToInt(p -> p.select("a").size()).sum());
    }

    @Property(tries = 20)
    void theMessageCardIsSmallAndWellFormed(@ForAll("langs") String lang, @ForAll boolean dark) {
        Shell shell = shell(lang, dark);
        for (String key : List.of("notFound", "badRequest")) {
            assertTrue(wellFormed(WidgetHtml.message(shell, shell.w().get(key))).text().contains(shell.w().get(key)));
        }
    }

    /** Text is cut by bytes once escaped, never inside a character. */
    @Property(tries = 500)
    void cutTextFitsItsBytesOnceEscapedAndKeepsWholeCharacters(@ForAll("texts") String s) {
        for (int chars : new int[] {1, 2, 20, 60}) {
            for (int bytes : new int[] {8, 60, 200}) {
                String cut = Html.cut(s, chars, bytes);
                assertTrue(cut.codePointCount(0, cut.length()) <= chars, cut);
                assertTrue(Html.escape(cut).getBytes(StandardCharsets.UTF_8).length <= bytes, cut);
                assertEquals(Html.utf8Length(Html.escape(cut)), Html.escape(cut).getBytes(StandardCharsets.UTF_8).length);
                String kept = cut.endsWith("…") && !s.equals(cut) ? cut.substring(0, cut.length() - 1) : cut;
                assertTrue(s.startsWith(kept), "a prefix of the text");
                if (!kept.isEmpty() && kept.length() < s.length() && Character.isHighSurrogate(kept.charAt(kept.length() - 1))) {
                    assertTrue(!Character.isLowSurrogate(s.charAt(kept.length())), "never half a character");
                }
            }
        }
    }

    /**
     * The worst card {@code BoundedComparisonTest} builds through the API, at its extreme: six axes of
     * twelve claims (the widget's maximum), every name 200 characters of {@code "&} (each 5–6 bytes
     * once escaped), all on one scale, so the overview draws every claim again.
     */
    @Example
    void theWorstSixAxisCardStaysUnderTheBudget() {
        Random random = new Random(12);
        List<ComparisonView.Axis> axes = new ArrayList<>();
        String name = "\"&".repeat(100);
        for (int i = 0; i < 6; i++) {
            axes.add(axis(random, name + i, name, 12, 12, Dimension.MONEY, "USD", null));
        }
        ComparisonView view = new ComparisonView(name, axes, List.of(), 300, "next", 40, "axes");
        for (String lang : LANGS) {
            Shell shell = shell(lang, false);
            Texts t = Texts.pick(lang, null);
            String html = WidgetHtml.topic(view, shell, name, t.get("chart"), shell.base() + "/topics/x", 6, true,
                    t.get("story"), t.get("vague"));
            Document doc = wellFormed(html);
            assertTrue(doc.select("li.row").size() > 0, "shows claims");
            assertNotNull(doc.selectFirst("p.legend.shown"), "and says it left some out");
        }
    }

    /** A comparison asked for a subject no entity is named (its reference 6,000 bytes encoded): no claims, no long link. */
    @Example
    void aComparisonOfAnAbsurdlyLongSubjectStaysSmall() {
        String subject = "漢&".repeat(1000);
        for (String lang : LANGS) {
            Shell shell = shell(lang, false);
            String href = shell.base() + "/claims?subject=" + java.net.URLEncoder.encode(subject, StandardCharsets.UTF_8);
            String html = WidgetHtml.topic(new ComparisonView(subject, List.of(), List.of(), 0, null, 0, null), shell,
                    subject, "legend", href, 6, true, "story", "vague");
            Document doc = wellFormed(html);
            assertEquals(shell.w().get("empty"), doc.selectFirst("p.missing").text());
            assertNull(doc.selectFirst("a.more"), "a link of 6,000 bytes is left out");
            String near = shell.base() + "/claims?subject=" + java.net.URLEncoder.encode("漢".repeat(200), StandardCharsets.UTF_8);
            Document kept = wellFormed(WidgetHtml.topic(new ComparisonView(subject, List.of(), List.of(), 0, null, 0, null),
                    shell, subject, "legend", near, 6, true, "story", "vague"));
            assertEquals(near, kept.selectFirst("a.more").attr("href"), "the longest name an entity can have keeps its link");
        }
    }

    // --- rendering checks ---

    /** Under the budget, and HTML without parse errors (an unclosed or stray tag, a broken attribute). */
    private static Document wellFormed(String html) {
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < WidgetHtml.BUDGET, "a widget of " + bytes + " bytes");
        assertEquals(20_000, WidgetHtml.BUDGET, "the budget is issue 12's");
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Document doc = Jsoup.parse(html, "", parser);
        assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList(), "parse errors");
        assertEquals(1, doc.select("article.card").size());
        assertEquals(1, doc.select("script").size(), "only the resize script");
        assertEquals(WidgetAssets.RESIZE_SCRIPT, doc.selectFirst("script").data());
        assertEquals(1, doc.select("style").size());
        String css = doc.selectFirst("style").data();
        assertTrue(css.equals(WidgetAssets.CSS) || css.equals(WidgetAssets.TOPIC_CSS), "the stylesheet the CSP allows");
        assertNotNull(doc.selectFirst("div.foot span.brand"), "the footer is there");
        return doc;
    }

    private static Shell shell(String lang, boolean dark) {
        return new Shell(lang, dark ? "dark" : "light", "https://crosscheck.example.org", new Words(lang));
    }

    // --- generators ---

    @Provide
    Arbitrary<String> langs() {
        return Arbitraries.of(LANGS);
    }

    @Provide
    Arbitrary<Integer> maxAxes() {
        return Arbitraries.integers().between(1, 12);
    }

    /** Up to 200 characters (the longest name the API takes), often at that length, of hostile pieces. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(120)
                .map(l -> String.join("", l));
        return Arbitraries.oneOf(pieces.map(s -> s.length() > 200 ? s.substring(0, 200) : s),
                Arbitraries.of(PIECES).map(p -> p.repeat(200).substring(0, 200)));
    }

    @Provide
    Arbitrary<ComparisonView> views() {
        return Arbitraries.randomValue(random -> view(random, texts()));
    }

    @Provide
    Arbitrary<ClaimView> claims() {
        return Arbitraries.randomValue(random -> claim(random, texts()));
    }

    private static String text(Random random, Arbitrary<String> texts) {
        return texts.generator(1).next(random).value();
    }

    private static ComparisonView view(Random random, Arbitrary<String> texts) {
        int axisCount = 1 + random.nextInt(random.nextBoolean() ? 6 : 14);
        int claimsLeft = random.nextInt(10) == 0 ? 100 : 12 + random.nextInt(30);
        List<ComparisonView.Axis> axes = new ArrayList<>();
        // A shared scale now and then, so overviews are drawn.
        Dimension shared = Dimension.values()[random.nextInt(3)];
        String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
        String unit = text(random, texts);
        for (int i = 0; i < axisCount; i++) {
            int n = Math.min(claimsLeft, random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 4 : 30));
            claimsLeft -= n;
            boolean same = random.nextBoolean();
            Dimension d = same ? shared : Dimension.values()[random.nextInt(3)];
            String c = same ? currency : CURRENCIES.get(random.nextInt(CURRENCIES.size()));
            String u = d == Dimension.COUNT ? (same ? unit : text(random, texts)) : null;
            int count = n + (random.nextBoolean() ? 0 : random.nextInt(1_000_000));
            axes.add(axis(random, text(random, texts), text(random, texts), n, count, d, d == Dimension.MONEY ? c : null,
                    u == null || u.isBlank() ? null : u));
        }
        List<UUID> ids = axes.stream().flatMap(a -> a.claims().stream()).map(ComparisonView.Entry::id).toList();
        List<LinkView> links = new ArrayList<>();
        for (int i = 0; ids.size() > 1 && i < random.nextInt(20); i++) {
            links.add(link(random, ids.get(random.nextInt(ids.size())), ids.get(random.nextInt(ids.size())),
                    random.nextBoolean() ? LinkType.CONTRADICTS : LinkType.CONTEXT));
        }
        long onPage = ids.size();
        long total = axes.stream().mapToLong(a -> a.summary().count()).sum() + (random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
        int allAxes = axisCount + (random.nextBoolean() ? 0 : random.nextInt(10_000));
        boolean more = onPage < total;
        return new ComparisonView(text(random, texts), axes, links, total, more ? "cursor" : null, allAxes,
                allAxes > axisCount ? "axes" : null);
    }

    private static ComparisonView.Axis axis(Random random, String subject, String metric, int n, int count, Dimension d,
            String currency, String unit) {
        List<ComparisonView.Entry> entries = new ArrayList<>();
        Double min = null;
        Double max = null;
        String texts = subject + metric;
        for (int i = 0; i < n; i++) {
            Figure f = figure(random, d, currency, unit);
            Double low = f.low() == null ? null : f.low().doubleValue();
            Double high = f.high() == null ? null : f.high().doubleValue();
            for (Double v : new Double[] {low, high}) {
                if (v != null) {
                    min = min == null ? v : Math.min(min, v);
                    max = max == null ? v : Math.max(max, v);
                }
            }
            String claimant = random.nextInt(5) == 0 ? null : rotate(texts, random);
            entries.add(new ComparisonView.Entry(new UUID(random.nextLong(), random.nextLong()), rotate(texts, random), "fr",
                    f, low, high, claimant == null ? null : new ComparisonView.Ref(UUID.randomUUID(), claimant),
                    random.nextInt(5) == 0 ? null : new ComparisonView.FirstAppearance(UUID.randomUUID(), rotate(texts, random),
                            rotate(texts, random), "https://example.org/" + i, LocalDate.of(2025, 1, 1 + i % 28)),
                    Verdict.values()[random.nextInt(Verdict.values().length)], 1, random.nextInt(6) == 0,
                    random.nextInt(6) == 0, null, f.kind() != FigureKind.CATEGORY && !f.kind().isPoint()));
        }
        ComparisonView.Summary summary = new ComparisonView.Summary(count, min, max, null, null, List.of(), null, null,
                List.of(), n, n, false, false, List.of(), List.of(), null, 0, 0, 0, 0);
        Map<String, String> labels = Map.of("fr", metric, "en", metric, "es", metric);
        return new ComparisonView.Axis(new ComparisonView.Ref(UUID.randomUUID(), subject),
                new ComparisonView.MetricRef("m", metric, metric, d, false, labels), currency, unit, entries, summary);
    }

    /** A name from the axis's hostile text, shifted so that names differ. */
    private static String rotate(String s, Random random) {
        if (s.isEmpty()) {
            return "x";
        }
        int at = random.nextInt(s.length());
        String r = s.substring(at) + s.substring(0, at);
        return r.length() > 200 ? r.substring(0, 200) : r;
    }

    /** Any kind, tiny to huge (1e-12 to 1e15), wide or narrow, sometimes a negative change. */
    private static Figure figure(Random random, Dimension d, String currency, String unit) {
        FigureKind kind = FigureKind.values()[random.nextInt(FigureKind.values().length)];
        if (kind == FigureKind.CATEGORY) {
            return new Figure(kind, d, null, null, null, currency, unit, "H800 “漢字” & <b>" + random.nextInt(9), "H800", "en");
        }
        BigDecimal a = number(random);
        BigDecimal b = random.nextBoolean() ? a.multiply(BigDecimal.valueOf(1 + random.nextInt(3))) : number(random);
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        Nature nature = Nature.LEVEL;
        if (d != Dimension.COUNT && random.nextInt(8) == 0) {
            // A fall: negative numbers, which the log scale cannot place (drawn at its edge).
            BigDecimal l = high.negate();
            high = low.negate();
            low = l;
            nature = Nature.CHANGE;
        }
        Figure f = switch (kind) {
            case EXACT, APPROXIMATE -> new Figure(kind, d, low, low, low, currency, unit, null, low.toPlainString(), "en");
            case RANGE -> new Figure(kind, d, null, low, high, currency, unit, null, low + "–" + high, "en");
            case AT_LEAST -> new Figure(kind, d, null, low, null, currency, unit, null, "> " + low, "en");
            default -> new Figure(kind, d, null, null, high, currency, unit, null, "< " + high, "en");
        };
        return f.withNature(nature);
    }

    private static BigDecimal number(Random random) {
        double exponent = -12 + random.nextDouble() * 27;
        return new BigDecimal(Math.pow(10, exponent), new MathContext(1 + random.nextInt(6)));
    }

    private static LinkView link(Random random, UUID from, UUID to, LinkType type) {
        LinkView.ClaimRef f = new LinkView.ClaimRef(from, "s", "m", "1", "c", "st", Verdict.UNREVIEWED);
        LinkView.ClaimRef t = new LinkView.ClaimRef(to, "s", "m", "2", "c", "st", Verdict.UNREVIEWED);
        return new LinkView(UUID.randomUUID(), f, t, type, null, null, null,
                random.nextInt(4) == 0 ? LinkState.DISMISSED : LinkState.CONFIRMED, null, null, null, 1, null, null,
                null, null, null);
    }

    private static ClaimView claim(Random random, Arbitrary<String> texts) {
        String statement = text(random, texts);
        statement = (statement + statement.repeat(10) + "x").substring(0, Math.min(2000, statement.length() * 11 + 1));
        Figure f = figure(random, Dimension.MONEY, "USD", null);
        Figure shown = new Figure(f.kind(), f.dimension(), f.value(), f.low(), f.high(), f.currency(), f.unit(),
                f.category(), text(random, texts) + "x", "fr", f.step(), f.nature(), Set.of());
        int sources = random.nextInt(4) == 0 ? 100 : random.nextInt(8);
        List<ClaimView.AppearanceView> appearances = new ArrayList<>();
        for (int i = 0; i < sources; i++) {
            String quote = text(random, texts);
            String url = random.nextInt(3) == 0 ? "https://example.org/?q=" + "&".repeat(2000) : "https://example.org/" + i;
            appearances.add(new ClaimView.AppearanceView(UUID.randomUUID(), new ClaimView.SourceRef(UUID.randomUUID(), url,
                    (text(random, texts) + "t").repeat(3), text(random, texts) + "p", random.nextBoolean() ? LocalDate.of(2025, 1, 2) : null),
                    (quote + "q").repeat(10), null, null, null, i == 0, null, null));
        }
        List<ClaimView.Disputer> disputers = new ArrayList<>();
        int disputedBy = random.nextBoolean() ? 0 : random.nextBoolean() ? random.nextInt(30) : 123_456;
        for (int i = 0; i < Math.min(disputedBy, io.crosscheck.claim.Disputes.LISTED); i++) {
            disputers.add(new ClaimView.Disputer(UUID.randomUUID(), UUID.randomUUID(), text(random, texts) + "f",
                    text(random, texts), Verdict.DISPUTED));
        }
        String metric = text(random, texts);
        return new ClaimView(UUID.randomUUID(), new ClaimView.EntityRef(UUID.randomUUID(), text(random, texts) + "s"),
                new ClaimView.MetricRef(UUID.randomUUID(), "m", metric, metric, Dimension.MONEY, false,
                        Map.of("fr", metric + "m", "en", metric + "m", "es", metric + "m")),
                random.nextBoolean() ? null : new ClaimView.EntityRef(UUID.randomUUID(), text(random, texts) + "c"),
                FigureView.of(shown), null, null, null, null, statement, random.nextBoolean() ? "fr" : "zh-Hant-TW",
                Verdict.values()[random.nextInt(Verdict.values().length)], null, appearances,
                random.nextBoolean() ? null : UUID.randomUUID(), 1, null, null, disputers, disputedBy);
    }
}
