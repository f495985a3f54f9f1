package io.sourcemark.importer;

import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Markdown articles (commonmark): the YAML front matter is the metadata, a first level-one heading is the title when
 * the front matter has none, and the text is read without its markup ({@link MarkdownText}).
 */
final class MarkdownImporter implements ArticleImporter {

    private static final Parser PARSER = Parser.builder().extensions(List.of(YamlFrontMatterExtension.create()))
            .build();
    /** For a text whose opening rule is a rule: the front matter's reader would drop what follows it unread. */
    private static final Parser WITHOUT_FRONT_MATTER = Parser.builder().build();
    /** A line of front matter: a key and its colon, an item of a list, a value going on, or nothing. */
    private static final Pattern FRONT_MATTER_LINE = Pattern.compile(
            "[A-Za-z0-9_][\\w.-]*:(?:\\s.*)?|\\s+.*|-\\s.*|#.*|");

    @Override
    public String formatName() {
        return "Markdown";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("md", "markdown");
    }

    @Override
    public boolean binary() {
        return false;
    }

    /** Markdown is text that its name calls Markdown: nothing in the bytes tells it from plain text. */
    @Override
    public int fit(ImportSource source) {
        return source.baseType().equals("text/markdown") || source.baseType().equals("text/x-web-markdown")
                ? TextDecoder.looksLikeText(source.bytes()) ? 2 : 0 : 0;
    }

    @Override
    public ArticleDraft read(ImportSource source) throws ImportException {
        DecodedText decoded = TextDecoder.decode(source.bytes(), source.fileName());
        String markdown = MarkdownNesting.bounded(decoded.text());
        Node document = (opensWithFrontMatter(markdown) ? PARSER : WITHOUT_FRONT_MATTER).parse(markdown);
        Map<String, String> front = frontMatter(document);
        String title = front.get("title");
        Node first = MarkdownText.firstBlock(document);
        if (first instanceof Heading heading && heading.getLevel() == 1) {
            String text = MarkdownText.inline(heading);
            if (title == null || TitleDeriver.repeats(text, title)) {
                title = title == null ? text : title;
                heading.unlink();
            }
        }
        String author = first(front, "author", "authors", "byline", "creator");
        return new ArticleDraft(title, first(front, "source", "publisher", "site"),
                DateParser.isoDate(first(front, "date", "published", "datepublished")), front.get("dateline"),
                front.get("agency"), first(front, "url", "link", "canonical", "canonical_url"),
                first(front, "license", "licence"), author, decoded.encoding(),
                String.join("\n\n", MarkdownText.paragraphs(document)));
    }

    /**
     * Whether the text opens with YAML front matter: a line "---", lines of keys and values, and a closing "---" or
     * "...". A rule above the text, or two rules around paragraphs, are text: read as front matter, every
     * paragraph between them was lost without a word.
     */
    static boolean opensWithFrontMatter(String text) {
        List<String> lines = text.lines().limit(500).toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return false;
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().equals("---") || line.strip().equals("...")) {
                return i > 1;
            }
            if (!FRONT_MATTER_LINE.matcher(line).matches()) {
                return false;
            }
        }
        return false;
    }

    private static Map<String, String> frontMatter(Node document) {
        Map<String, String> fields = new LinkedHashMap<>();
        Node block = document.getFirstChild();
        if (block == null) {
            return fields;
        }
        for (Node node = block.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof YamlFrontMatterNode field && !field.getValues().isEmpty()) {
                String value = String.join(", ", field.getValues()).strip();
                fields.putIfAbsent(field.getKey().toLowerCase(Locale.ROOT), unquoted(value));
            }
        }
        return fields;
    }

    private static String unquoted(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    private static String first(Map<String, String> fields, String... keys) {
        for (String key : keys) {
            String value = fields.get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
