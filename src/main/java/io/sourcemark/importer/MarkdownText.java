package io.sourcemark.importer;

import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a Markdown document without its markup: paragraphs, headings, quoted and listed paragraphs each a
 * paragraph; a soft line break is a space (the writer wrapped the line), a hard one a line break; images and raw
 * inline HTML are left out. The walk is iterative, so deep nesting cannot exhaust the stack.
 */
final class MarkdownText {

    private MarkdownText() {
    }

    /** The first block of the text after any front matter. */
    static Node firstBlock(Node document) {
        Node first = document.getFirstChild();
        return first instanceof YamlFrontMatterBlock ? first.getNext() : first;
    }

    static List<String> paragraphs(Node document) {
        List<String> paragraphs = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; ) {
            if (isContainer(block) && block.getFirstChild() != null) {
                block = block.getFirstChild();
                continue;
            }
            String text = blockText(block);
            if (!text.isBlank()) {
                paragraphs.add(text.strip());
            }
            block = nextBlock(block, document);
        }
        return paragraphs;
    }

    /** The text of an inline container (a paragraph, a heading). */
    static String inline(Node parent) {
        StringBuilder out = new StringBuilder();
        Node node = parent.getFirstChild();
        while (node != null) {
            if (node instanceof Text text) {
                out.append(text.getLiteral());
            } else if (node instanceof Code code) {
                out.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak) {
                out.append(' ');
            } else if (node instanceof HardLineBreak) {
                out.append('\n');
            }
            boolean descend = !(node instanceof Image) && !(node instanceof HtmlInline) && node.getFirstChild() != null;
            node = descend ? node.getFirstChild() : nextBlock(node, parent);
        }
        return out.toString();
    }

    private static boolean isContainer(Node block) {
        return block instanceof BlockQuote || block instanceof ListBlock || block instanceof ListItem;
    }

    private static String blockText(Node block) {
        if (block instanceof Paragraph || block instanceof Heading) {
            return inline(block);
        }
        if (block instanceof FencedCodeBlock fenced) {
            return fenced.getLiteral();
        }
        if (block instanceof IndentedCodeBlock indented) {
            return indented.getLiteral();
        }
        if (block instanceof HtmlBlock html) {
            return Jsoup.parse(html.getLiteral()).text();
        }
        return block instanceof ThematicBreak || block instanceof YamlFrontMatterBlock
                ? "" : inline(block);
    }

    /** The node after {@code node} in document order once its children are done, or null past {@code root}. */
    private static Node nextBlock(Node node, Node root) {
        Node current = node;
        while (current != null && current != root) {
            if (current.getNext() != null) {
                return current.getNext();
            }
            current = current.getParent();
        }
        return null;
    }
}
