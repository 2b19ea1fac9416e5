package io.crosscheck.page;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an element as paragraphs: blocks (paragraphs, headings, list items, quotes…) are
 * separated by a blank line, {@code <br>} by a line break, and runs of white space inside a block
 * become one space. Scripts, styles and forms never contribute text.
 */
final class ArticleText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure",
            "figcaption", "table", "tr", "caption", "hr", "address", "details", "summary", "aside", "nav");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "form", "button",
            "select", "textarea", "iframe", "svg", "object", "embed", "canvas");

    private ArticleText() {
    }

    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int skipping;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIPPED.contains(tag) || skipping > 0) {
                        skipping++;
                        return;
                    }
                    if (BLOCKS.contains(tag)) {
                        paragraph(out);
                    } else if (tag.equals("br")) {
                        trimTrailingSpace(out);
                        out.append('\n');
                    }
                } else if (node instanceof TextNode t && skipping == 0) {
                    appendCollapsed(out, t.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (skipping > 0) {
                        skipping--;
                        return;
                    }
                    if (BLOCKS.contains(e.normalName())) {
                        paragraph(out);
                    }
                }
            }
        }, root);
        return out.toString().strip();
    }

    private static void appendCollapsed(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                int n = out.length();
                if (n > 0 && out.charAt(n - 1) != ' ' && out.charAt(n - 1) != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private static void paragraph(StringBuilder out) {
        trimTrailingSpace(out);
        int n = out.length();
        if (n == 0 || n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n') {
            return;
        }
        out.append(out.charAt(n - 1) == '\n' ? "\n" : "\n\n");
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
