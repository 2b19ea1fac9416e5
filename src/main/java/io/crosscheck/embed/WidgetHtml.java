package io.crosscheck.embed;

import io.crosscheck.compare.ComparisonView;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes widget pages within a byte budget: every page is smaller than {@link #BUDGET} bytes of UTF-8,
 * whatever the data. A page is written in parts whose size is known exactly ({@link Markup}): the parts
 * every page has (head, stylesheet, title, footer, each of bounded size since every text is cut by
 * bytes once escaped), then the parts that grow with the data, in order, each kept only if the page
 * still fits with room left for the footer at its largest. What does not fit is left out in order
 * (the last axes, then the last claims of the axis that did not fit; a claim card's last sources), and
 * the card says so: "8 of 300 claims · and 3 more series", "and 5 more claims", "and 40 more
 * sources", with the link to the full comparison or claim page.
 *
 * <p>Pure functions of their arguments: no CDI, no database, no template engine, so they can be tested
 * directly (WidgetBudgetProperties). Text goes through {@link Markup#text}, which escapes it; markup
 * is written by this class only.
 */
public final class WidgetHtml {

    /** Every widget page is smaller than this, in bytes of UTF-8 (issue 12). */
    public static final int BUDGET = 20_000;

    /** Longest link to the rest a topic or comparison card writes, in bytes once escaped. */
    static final int HREF_BYTES = 3000;

    private static final String LIST_OPEN = "<ul>\n";
    private static final String LIST_CLOSE = "</ul>";
    private static final String LINK_ATTRS = " target=\"_blank\" rel=\"noopener noreferrer\"";

    private WidgetHtml() {
    }

    /** The small card that says a widget does not exist, or that its request is incomplete. */
    static String message(Shell shell, String text) {
        Markup body = new Markup().raw("<article class=\"card\"><p class=\"missing\">").text(text)
                .raw("</p><div class=\"foot\"><span class=\"brand\">Crosscheck</span></div></article>");
        return page(shell, "Crosscheck", WidgetAssets.CSS, body).toString();
    }

    /** A claim card: everything but its sources is bounded by its cuts; sources are shown while they fit. */
    static String claim(Shell shell, ClaimCard card) {
        Words w = shell.w();
        Markup body = new Markup().raw("<article class=\"card\" data-claim=\"").text(card.id().toString()).raw("\">\n")
                .raw("<div class=\"top\"><span class=\"figure\"><bdi>").text(card.figureText()).raw("</bdi></span>");
        if (card.figureNormal() != null && !card.figureNormal().isEmpty()) {
            body.raw("<span class=\"norm\">").text(card.figureNormal()).raw("</span>");
        }
        body.raw("<span class=\"badge v-").text(card.verdict()).raw("\">").text(card.verdictLabel()).raw("</span></div>\n")
                .raw("<p class=\"statement\" dir=\"auto\" lang=\"").text(card.language()).raw("\"><bdi>")
                .text(card.statement()).raw("</bdi></p>\n")
                .raw("<p class=\"meta\"><bdi>").text(card.subject()).raw("</bdi> · <bdi>").text(card.metric()).raw("</bdi>");
        if (card.claimant() != null && !card.claimant().isEmpty()) {
            body.raw(" · ").text(w.get("claimant")).raw(" <bdi>").text(card.claimant()).raw("</bdi>");
        }
        body.raw("</p>\n");
        if (card.supersededBy() != null) {
            body.raw("<p class=\"alert\"><b>").text(w.get("supersededBy")).raw("</b> ");
            other(body, card.supersededBy());
            body.raw("</p>\n");
        }
        if (!card.disputedBy().isEmpty()) {
            body.raw("<p class=\"alert\"><b>").text(w.get("disputedBy")).raw("</b> ");
            for (int i = 0; i < card.disputedBy().size(); i++) {
                body.raw(i == 0 ? "" : ", ");
                other(body, card.disputedBy().get(i));
            }
            if (card.moreDisputers() > 0) {
                body.raw(" ").text(card.moreDisputers() == 1 ? w.get("oneMoreClaim")
                        : String.format(w.get("moreClaims"), card.moreDisputers()));
            }
            body.raw("</p>\n");
        }
        body.raw("<h2>").text(w.get("sources")).raw("</h2>\n");

        int used = page(shell, card.figureText() + " · Crosscheck", WidgetAssets.CSS, body).bytes();
        int sources = card.sources().size();
        // The tail at its largest, whichever number of sources is left out.
        int reserve = Math.max(claimTail(w, card, sources, sources).bytes(),
                Math.max(claimTail(w, card, 1, sources).bytes(), claimTail(w, card, 0, sources).bytes()));
        List<Markup> lines = new ArrayList<>();
        used += LIST_OPEN.length() + LIST_CLOSE.length();
        for (ClaimCard.SourceLine s : card.sources()) {
            Markup line = source(s);
            if (used + line.bytes() + reserve >= BUDGET) {
                break;
            }
            used += line.bytes();
            lines.add(line);
        }
        if (!lines.isEmpty()) {
            body.raw(LIST_OPEN);
            lines.forEach(body::append);
            body.raw(LIST_CLOSE);
        }
        body.append(claimTail(w, card, sources - lines.size(), sources));
        return page(shell, card.figureText() + " · Crosscheck", WidgetAssets.CSS, body).toString();
    }

    private static void other(Markup m, ClaimCard.Other o) {
        m.raw("<a href=\"").text(o.href()).raw("\"" + LINK_ATTRS + "><bdi>").text(o.figure()).raw("</bdi>");
        if (o.claimant() != null && !o.claimant().isEmpty()) {
            m.raw(" (<bdi>").text(o.claimant()).raw("</bdi>)");
        }
        m.raw("</a>");
    }

    private static Markup source(ClaimCard.SourceLine s) {
        Markup m = new Markup().raw("<li>");
        if (s.href() != null) {
            m.raw("<a href=\"").text(s.href()).raw("\"" + LINK_ATTRS + ">");
        }
        m.raw("<bdi>").text(s.publisher()).raw("</bdi> — <bdi>").text(s.title()).raw("</bdi>");
        if (s.href() != null) {
            m.raw("</a>");
        }
        if (s.date() != null) {
            m.raw(" · ").text(s.date().toString());
        }
        m.raw("\n");
        if (s.quote() != null && !s.quote().isEmpty()) {
            m.raw("<q dir=\"auto\"><bdi>").text(s.quote()).raw("</bdi></q>");
        }
        return m.raw("</li>\n");
    }

    /** After the sources shown: "no source", or "and N more sources", then the footer. */
    private static Markup claimTail(Words w, ClaimCard card, int more, int sources) {
        Markup m = new Markup();
        if (sources == 0) {
            m.raw("<p class=\"missing\">").text(w.get("noSource")).raw("</p>");
        } else if (more > 0) {
            m.raw("\n<p class=\"more\"><a href=\"").text(card.href()).raw("\"" + LINK_ATTRS + ">")
                    .text(more == 1 ? w.get("oneMoreSource") : String.format(w.get("moreSources"), more))
                    .raw(" →</a></p>");
        }
        return m.raw("\n<div class=\"foot\"><span class=\"brand\">Crosscheck</span><a href=\"").text(card.href())
                .raw("\"" + LINK_ATTRS + ">").text(w.get("see")).raw(" →</a></div>\n</article>");
    }

    /**
     * A topic or comparison card: the title, then the axes in order with their claims, each axis only
     * if it fits (the first that does not is shown with as many of its claims as fit, the rest are
     * left out), then the overview charts of what is shown if they fit (they draw those claims again).
     */
    static String topic(ComparisonView view, Shell shell, String title, String legend, String href, int maxAxes,
            boolean showUnreviewed, String storyHeading, String vagueLabel) {
        Words w = shell.w();
        String cutTitle = TopicCard.cut(title);
        // A comparison's link carries the subject and metric as asked (an entity's name or alias is at most
        // 200 characters: 1,800 bytes encoded); a longer one names nothing, and is not worth the budget.
        href = href != null && Html.utf8Length(Html.escape(href)) > HREF_BYTES ? null : href;
        List<ComparisonView.Axis> candidates = view.axes().stream().limit(Math.max(1, maxAxes)).toList();
        int axisCount = Math.max(view.axisCount(), view.axes().size());
        TopicCard frame = new TopicCard(cutTitle, List.of(), legend, href, null, List.of(), storyHeading, vagueLabel, null);

        // The tail at its largest: every count as large as it can be (a count never has more digits than the total).
        long total = Math.max(view.total(), candidates.stream().mapToLong(a -> a.claims().size()).sum());
        int reserve = Math.max(topicTail(w, frame.withNote(TopicCard.shown(w, total, total, axisCount, true),
                String.format(w.get("seeAll"), total))).bytes(), topicTail(w, frame.withNote(null, w.get("seeTopic"))).bytes());
        // The page without any axis, with room for the "no claims" note it would then show.
        int used = page(shell, cutTitle + " · Crosscheck", WidgetAssets.TOPIC_CSS, topicHead(frame)).bytes()
                + emptyNote(w).bytes();

        List<TopicCard.AxisCard> axes = new ArrayList<>();
        List<Markup> sections = new ArrayList<>();
        List<ComparisonView.Axis> shownAxes = new ArrayList<>();
        boolean cut = false;
        for (ComparisonView.Axis a : candidates) {
            int n = a.claims().size();
            TopicCard.AxisCard card = TopicCard.axis(a, n, view.links(), shell, showUnreviewed);
            Markup section = axisSection(w, frame, card, axes.size() + 1);
            int shown = n;
            if (used + section.bytes() + reserve >= BUDGET) {
                // The most claims of this axis that fit (the section grows with them); none may fit.
                cut = true;
                card = null;
                int lo = 0;
                int hi = n - 1;
                while (lo <= hi) {
                    int k = (lo + hi) >>> 1;
                    TopicCard.AxisCard c = TopicCard.axis(a, k, view.links(), shell, showUnreviewed);
                    Markup s = axisSection(w, frame, c, axes.size() + 1);
                    if (used + s.bytes() + reserve < BUDGET) {
                        card = c;
                        section = s;
                        shown = k;
                        lo = k + 1;
                    } else {
                        hi = k - 1;
                    }
                }
                if (card == null) {
                    break;
                }
            }
            axes.add(card);
            sections.add(section);
            shownAxes.add(TopicCard.shown(a, shown));
            used += section.bytes();
            if (cut) {
                break;
            }
        }

        // The overview draws the claims shown again: only when it fits what is left.
        List<WidgetChart> story = new ArrayList<>();
        List<Markup> storySections = new ArrayList<>();
        for (WidgetChart chart : TopicCard.story(view, shownAxes, shell.lang())) {
            Markup s = storySection(frame, chart, story.size() + 1);
            if (used + s.bytes() + reserve >= BUDGET) {
                break;
            }
            used += s.bytes();
            story.add(chart);
            storySections.add(s);
        }

        long onPage = axes.stream().mapToLong(a -> a.rows().size()).sum();
        long hidden = axisCount - axes.size();
        String note = TopicCard.shown(w, onPage, view.total(), hidden, cut || view.next() != null);
        TopicCard card = new TopicCard(cutTitle, axes, legend, href,
                note == null ? w.get("seeTopic") : String.format(w.get("seeAll"), view.total()), story, storyHeading,
                vagueLabel, note);

        Markup body = topicHead(card);
        storySections.forEach(body::append);
        if (axes.isEmpty()) {
            body.append(emptyNote(w));
        }
        sections.forEach(body::append);
        body.append(topicTail(w, card));
        return page(shell, cutTitle + " · Crosscheck", WidgetAssets.TOPIC_CSS, body).toString();
    }

    private static Markup emptyNote(Words w) {
        return new Markup().raw("<p class=\"missing\">").text(w.get("empty")).raw("</p>\n");
    }

    private static Markup topicHead(TopicCard card) {
        return new Markup().raw("<article class=\"card\">\n<div class=\"top\"><span class=\"figure title\"><bdi>")
                .text(card.title()).raw("</bdi></span></div>\n");
    }

    private static Markup topicTail(Words w, TopicCard card) {
        Markup m = new Markup().raw("<p class=\"legend\">").text(card.legend()).raw("</p>\n");
        if (card.shown() != null) {
            m.raw("<p class=\"legend shown\">").text(card.shown()).raw("</p>\n");
        }
        m.raw("<div class=\"foot\"><span class=\"brand\">Crosscheck</span>");
        if (card.href() != null) {
            m.raw("<a class=\"more\" href=\"").text(card.href()).raw("\"" + LINK_ATTRS + ">").text(card.linkLabel())
                    .raw(" →</a>");
        }
        return m.raw("</div>\n</article>");
    }

    private static Markup storySection(TopicCard card, WidgetChart chart, int n) {
        Markup m = new Markup().raw("<section class=\"story\"><h2 id=\"s").raw(n).raw("\">").text(card.storyHeading())
                .raw("</h2>\n");
        chart(m, chart, "s", n);
        return m.raw("\n</section>\n");
    }

    private static Markup axisSection(Words w, TopicCard card, TopicCard.AxisCard axis, int n) {
        Markup m = new Markup().raw("<section class=\"axis\"><h2 id=\"a").raw(n).raw("\"><bdi>").text(axis.heading())
                .raw("</bdi></h2>\n<p class=\"sum\">").text(axis.summary()).raw("</p>\n");
        chart(m, axis.chart(), "a", n);
        m.raw("\n");
        if (!axis.rows().isEmpty() || axis.more() != null) {
            m.raw("<ul>\n");
            for (TopicCard.Row r : axis.rows()) {
                row(m, w, card, r);
            }
            if (axis.more() != null) {
                m.raw("<li class=\"more\">");
                if (card.href() != null) {
                    m.raw("<a href=\"").text(card.href()).raw("\"" + LINK_ATTRS + ">").text(axis.more()).raw(" →</a>");
                } else {
                    m.text(axis.more());
                }
                m.raw("</li>\n");
            }
            m.raw("</ul>");
        }
        return m.raw("\n</section>\n");
    }

    private static void row(Markup m, Words w, TopicCard card, TopicCard.Row r) {
        m.raw("<li class=\"row").raw(r.category() ? " category\" data-claim=\"" + r.id() : "").raw("\"><a class=\"fig\" href=\"")
                .text(r.href()).raw("\"" + LINK_ATTRS + "><bdi>").text(r.figure()).raw("</bdi></a>");
        if (r.claimant() != null && !r.claimant().isEmpty()) {
            m.raw(" <bdi>").text(r.claimant()).raw("</bdi>");
        }
        if (r.publisher() != null && !r.publisher().isEmpty()) {
            m.raw(" · <bdi>").text(r.publisher()).raw("</bdi>");
        }
        if (r.verdictLabel() != null) {
            m.raw(" <span class=\"badge v-").text(r.verdict()).raw("\">").text(r.verdictLabel()).raw("</span>");
        }
        if (r.vague()) {
            m.raw(" <span class=\"badge vague\">").text(card.vagueLabel()).raw("</span>");
        }
        if (r.outlier()) {
            m.raw(" <span class=\"badge\">").text(w.get("outlier")).raw("</span>");
        }
        m.raw("</li>\n");
    }

    /** A chart as an SVG without viewBox (see {@link WidgetChart}); nothing when it has no numeric claim. */
    private static void chart(Markup m, WidgetChart c, String ref, int n) {
        if (!c.numeric()) {
            return;
        }
        m.raw("<svg class=\"wchart\" role=\"img\" aria-labelledby=\"").raw(ref).raw(n).raw("\" height=\"").raw(c.height())
                .raw("\">\n<svg class=\"grid\" y=\"" + WidgetChart.GRID_TOP + "\" height=\"").raw(c.gridHeight())
                .raw("\" viewBox=\"0 0 " + WidgetChart.GRID_UNITS + " 1\" preserveAspectRatio=\"none\">");
        String minor = c.minorGrid();
        String major = c.majorGrid();
        if (!minor.isEmpty()) {
            m.raw("<path class=\"minor\" d=\"").text(minor).raw("\"/>");
        }
        if (!major.isEmpty()) {
            m.raw("<path d=\"").text(major).raw("\"/>");
        }
        m.raw("</svg>\n");
        for (WidgetChart.Tick t : c.labels()) {
            m.raw("<text class=\"").text(t.cls()).raw("\" x=\"").text(t.x()).raw("\" y=\"12\">").text(t.label()).raw("</text>");
        }
        for (WidgetChart.Heading h : c.headings()) {
            m.raw("<text class=\"heading\" x=\"4\" y=\"").raw(h.y()).raw("\">").text(h.text()).raw("</text>");
        }
        for (WidgetChart.Line l : c.lines()) {
            if (l.context()) {
                m.raw("<g class=\"context\">");
                line(m, null, l);
                if (l.label() != null && !l.label().isEmpty()) {
                    m.raw("<text x=\"").text(l.labelX()).raw("\" dx=\"6\" y=\"").raw(l.y2()).raw("\" dy=\"-4\">")
                            .text(l.label()).raw("</text>");
                }
                m.raw("</g>");
            } else {
                line(m, "contradiction", l);
            }
        }
        m.raw("\n");
        for (WidgetChart.Mark k : c.marks()) {
            m.raw(k.vague() ? "<g class=\"mark vague\"" : "<g class=\"mark\"").raw(" data-claim=\"").text(k.id().toString())
                    .raw("\" data-kind=\"").text(k.kind()).raw("\" color=\"").text(k.colour()).raw("\"><title>")
                    .text(k.label()).raw(" — ").text(k.figure()).raw("</title><text x=\"4\" y=\"").raw(k.labelY()).raw("\">")
                    .text(k.label()).raw("</text>");
            if (k.dot()) {
                m.raw("<circle cx=\"").text(k.x1()).raw("\" cy=\"").raw(k.y()).raw("\" r=\"5\"/>");
            } else {
                m.raw("<line x1=\"").text(k.x1()).raw("\" y1=\"").raw(k.y()).raw("\" x2=\"").text(k.x2()).raw("\" y2=\"")
                        .raw(k.y()).raw("\"/>");
            }
            if (k.openLow()) {
                m.raw("<svg x=\"").text(k.x1()).raw("\" y=\"").raw(k.y()).raw("\" overflow=\"visible\"><path d=\"M-8 0l10-6v12z\"/></svg>");
            }
            if (k.openHigh()) {
                m.raw("<svg x=\"").text(k.x2()).raw("\" y=\"").raw(k.y()).raw("\" overflow=\"visible\"><path d=\"M8 0l-10-6v12z\"/></svg>");
            }
            m.raw("<text class=\"fig\" x=\"").text(k.figureX()).raw("\"");
            if (k.figureDx() != 0) {
                m.raw(" dx=\"").raw(k.figureDx()).raw("\"");
            }
            m.raw(" y=\"").raw(k.figureY()).raw("\"").raw(k.figureEnd() ? " text-anchor=\"end\"" : "").raw(">")
                    .text(k.figure()).raw("</text></g>\n");
        }
        m.raw("</svg>");
    }

    private static void line(Markup m, String cls, WidgetChart.Line l) {
        m.raw(cls == null ? "<line" : "<line class=\"" + cls + "\"").raw(" x1=\"").text(l.x1()).raw("\" y1=\"").raw(l.y1())
                .raw("\" x2=\"").text(l.x2()).raw("\" y2=\"").raw(l.y2()).raw("\"/>");
    }

    /** The document around a card: language, theme, title, the stylesheet and the resize script. */
    private static Markup page(Shell shell, String title, String css, Markup body) {
        return new Markup().raw("<!DOCTYPE html>\n<html lang=\"").text(shell.lang()).raw("\"")
                .raw(shell.dark() ? " class=\"dark\"" : "")
                .raw(">\n<head>\n<meta charset=\"utf-8\">\n"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        + "<meta name=\"referrer\" content=\"no-referrer\">\n<title>")
                .text(title).raw("</title>\n<style>").raw(css).raw("</style>\n</head>\n<body>\n").append(body)
                .append(closing());
    }

    private static Markup closing() {
        return new Markup().raw("\n<script>" + WidgetAssets.RESIZE_SCRIPT + "</script>\n</body>\n</html>\n");
    }
}
