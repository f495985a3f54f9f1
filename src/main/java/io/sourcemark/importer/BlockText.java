package io.sourcemark.importer;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text of an element as paragraphs: every block (paragraph, heading, block quote, list item, table cell…) is
 * one, white space inside it is collapsed as a browser shows it, {@code <br>} is a line break, {@code <pre>} keeps
 * its lines. The walk is iterative, so deeply nested markup cannot exhaust the stack.
 */
final class BlockText implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "caption", "dd", "div",
            "dl", "dt", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p",
            "pre", "section", "table", "tr", "td", "th", "ul", "center", "details", "summary");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int preDepth;

    private BlockText() {
    }

    static List<String> paragraphs(Element element) {
        BlockText text = new BlockText();
        NodeTraversor.traverse(text, element);
        text.flush();
        return text.paragraphs;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            append(textNode.getWholeText());
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals("br")) {
                current.append('\n');
            } else if (BLOCKS.contains(tag)) {
                flush();
                preDepth += tag.equals("pre") ? 1 : 0;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
            flush();
            preDepth -= element.normalName().equals("pre") ? 1 : 0;
        }
    }

    /** Text as the browser lays it out: runs of white space are one space, none at a line's start. */
    private void append(String text) {
        if (preDepth > 0) {
            current.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
            if (!space) {
                current.append(c);
            } else if (current.length() > 0 && !endsWithSpace()) {
                current.append(' ');
            }
        }
    }

    private boolean endsWithSpace() {
        char last = current.charAt(current.length() - 1);
        return last == ' ' || last == '\n';
    }

    private void flush() {
        String paragraph = current.toString().replaceAll(" *\n *", "\n").strip();
        current.setLength(0);
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
    }
}
