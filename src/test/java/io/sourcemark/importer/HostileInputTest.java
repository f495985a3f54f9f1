package io.sourcemark.importer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.sourcemark.importer.HostileBytes.concat;
import static io.sourcemark.importer.HostileBytes.of;
import static io.sourcemark.importer.HostileBytes.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile, broken and odd content: each is a whole article or a clear message naming the file, never a crash, a
 * hang or a partial article (files, pipes and devices: {@link HostileFilesTest}).
 */
class HostileInputTest {

    private static final ImporterRegistry REGISTRY = ImporterRegistry.standard();

    /** What a case must give: the message's start, or a body that passes the check. */
    record Expect(String messageStart, Predicate<String> body) {
        static Expect refused(String messageStart) {
            return new Expect(messageStart, null);
        }

        static Expect body(Predicate<String> check) {
            return new Expect(null, check);
        }

        static Expect body(String exact) {
            return new Expect(null, exact::equals);
        }
    }

    static Arguments hostile(String name, Supplier<byte[]> bytes, Expect expect) {
        return Arguments.of(name, bytes, expect);
    }

    static Stream<Arguments> cases() {
        String fiveMb = HostileBytes.paragraph(5);
        return Stream.of(
                hostile("empty.txt", () -> new byte[0], Expect.refused("empty.txt is empty.")),
                hostile("empty.html", () -> new byte[0], Expect.refused("empty.html is empty.")),
                hostile("empty.pdf", () -> new byte[0], Expect.refused("empty.pdf is empty.")),
                hostile("blank.txt", () -> utf8(" \n\t\n\u00A0\n"), Expect.refused("blank.txt is empty")),
                hostile("bom.txt", () -> of(0xEF, 0xBB, 0xBF), Expect.refused("bom.txt is empty")),
                hostile("photo.txt", () -> of(0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'),
                        Expect.refused("photo.txt is not a text file: it contains binary data.")),
                hostile("noise.txt", () -> HostileBytes.random(4096, 7), Expect.refused("noise.txt is not a text file")),
                hostile("nul.txt", () -> utf8("The minister\0 said so.\n"), Expect.refused("nul.txt is not a text file")),
                hostile("nul.html", () -> utf8("<p>The minister\0 said so.</p>"), Expect.refused("nul.html is not a text")),
                hostile("controls.txt", () -> utf8("a\u0001b\u0002c\u0003d\u0004e\u0005".repeat(20)),
                        Expect.refused("controls.txt is not a text file")),
                hostile("malformed.html", () -> utf8("<html><body><p>The mayor said <b>the <i>bridge</b> will</i> reopen"
                        + "<p>on Monday<div><<>>&&amp;;</span></td></body></body></html>"),
                        Expect.body(b -> b.startsWith("The mayor said the bridge will reopen"))),
                hostile("deep-div.html", () -> HostileBytes.nested("div", 10_000), Expect.body(b -> b.startsWith("The "
                        + "sentence at the bottom of the nesting"))),
                hostile("deep-span.html", () -> HostileBytes.nested("span", 10_000), Expect.body(b -> b.contains("the only "
                        + "text of the page"))),
                hostile("deep-quote.html", () -> HostileBytes.nested("blockquote", 10_000), Expect.body(b -> b.contains(
                        "the only text of the page"))),
                hostile("deep-table.html", () -> HostileBytes.nested("table><tr><td", 3_000), Expect.body(b -> b.contains(
                        "the only text of the page"))),
                hostile("deep.md", () -> utf8(">".repeat(10_000) + " Quoted at the bottom.\n"),
                        Expect.body("Quoted at the bottom.\n")),
                hostile("deep-list.md", () -> utf8("- ".repeat(5_000) + "Listed at the bottom.\n"),
                        Expect.body("Listed at the bottom.\n")),
                // each line deeper than the last: the parser's work grew with the square of the depth
                hostile("deeper-list.md", () -> utf8(lines(3_000, i -> "- ".repeat(i) + "Item " + i + ".")),
                        Expect.body(b -> b.equals(lines(3_000, i -> "Item " + i + ".").replace("\n", "\n\n")
                                .strip() + "\n"))),
                hostile("indented-list.md", () -> utf8(lines(2_000, i -> "  ".repeat(i) + "- Point " + i + ".")),
                        Expect.body(b -> b.startsWith("Point 0.\n\nPoint 1.\n\n") && b.endsWith("Point 1999.\n")
                                && b.split("\n\n").length == 2_000 && !b.contains("- "))),
                hostile("scripts.html", () -> utf8("<html><head><script>var a = 'Lots of text in a script, which is no "
                        + "article at all.';</script></head><body><nav>Home World</nav></body></html>"),
                        Expect.refused("scripts.html is a web page without article text")),
                hostile("one-paragraph.txt", () -> utf8(fiveMb), Expect.body(b -> b.length() == fiveMb.strip().length() + 1)),
                hostile("one-paragraph.html", () -> utf8("<p>" + fiveMb + "</p>"),
                        Expect.body(b -> b.length() == fiveMb.strip().length() + 1)),
                hostile("unbroken.txt", () -> utf8("x".repeat(300_000)), Expect.refused("unbroken.txt is not readable text: "
                        + "it has more than 100,000 characters in a row without a space or a line break")),
                hostile("base64.html", () -> utf8("<p>data:" + "QUJD".repeat(50_000) + "</p>"),
                        Expect.refused("base64.html is not readable text")),
                hostile("text.pdf", () -> utf8("Plain words in a file named as a PDF."),
                        Expect.refused("text.pdf is named as a PDF file but is not one: its content is text.")),
                hostile("noise.pdf", () -> HostileBytes.random(2048, 3), Expect.refused("noise.pdf is named as a PDF file "
                        + "but is not one: its content is other data")),
                hostile("header-only.pdf", () -> utf8("%PDF-1.7\n%garbage that never becomes a document\n"),
                        Expect.refused("header-only.pdf cannot be read as a PDF: it is damaged or incomplete")),
                hostile("blank.pdf", () -> PdfFixtures.blank(2), Expect.refused("blank.pdf is a PDF without any text.")),
                hostile("scan.pdf", PdfFixtures::imageOnly, Expect.refused("scan.pdf has no text, only images (a scan)")),
                hostile("secret.pdf", () -> PdfFixtures.encrypted(PdfFixtures.pdf("S", List.of("Secret words.")), "x"),
                        Expect.refused("secret.pdf is an encrypted PDF that needs a password")),
                hostile("text.docx", () -> utf8("Not a Word document at all."),
                        Expect.refused("text.docx is named as a Word file but is not one: its content is text.")),
                hostile("empty-zip.docx", () -> ArticleFixtures.zip(List.of()),
                        Expect.refused("empty-zip.docx is named as a Word file but is not one: its content is other data.")),
                hostile("report.doc", () -> HostileBytes.oldOffice("WordDocument"), Expect.refused("report.doc is an "
                        + "old Word document (.doc), not a .docx: open it in a word processor and save it as .docx.")),
                hostile("renamed.docx", () -> HostileBytes.oldOffice("WordDocument"), Expect.refused("renamed.docx is "
                        + "an old Word document (.doc), not a .docx")),
                hostile("sheet.xls", () -> HostileBytes.oldOffice("Workbook"), Expect.refused("sheet.xls is an old "
                        + "Microsoft Office file (not a .docx), which Sourcemark cannot import: save it as .docx or PDF.")),
                hostile("cesu8.txt", HostileBytes::cesu8Smiley, Expect.body("Smile \uD83D\uDE00 at the camera, she said.\n")),
                hostile("overlong.txt", () -> concat(utf8("A slash "), of(0xC0, 0xAF), utf8(" hidden.")),
                        Expect.refused("overlong.txt is damaged UTF-8: it holds over-long byte sequences")),
                hostile("overlong-nul.txt", () -> concat(utf8("Java's NUL "), of(0xC0, 0x80), utf8(" here.")),
                        Expect.refused("overlong-nul.txt is damaged UTF-8: it holds over-long")),
                hostile("beyond.txt", () -> concat(utf8("Too high "), of(0xF4, 0x90, 0x80, 0x80), utf8(" here.")),
                        Expect.refused("beyond.txt is damaged UTF-8: it encodes numbers beyond the last Unicode")),
                hostile("lone-half.txt", () -> concat(utf8("Half "), of(0xED, 0xA0, 0x80), utf8(" a character.")),
                        Expect.refused("lone-half.txt is damaged UTF-8: it encodes halves of characters")),
                hostile("undecidable.txt", () -> HostileBytes.highBytes(600, 11),
                        Expect.refused("undecidable.txt is in an encoding Sourcemark cannot tell: it is not UTF-8 or "
                                + "UTF-16, and no other encoding fits it clearly (tried UTF-8, UTF-16, ")),
                hostile("odd-utf16.txt", () -> concat(of(0xFF, 0xFE), utf8("abc")),
                        Expect.refused("odd-utf16.txt is not valid UTF-16LE text although it starts with a UTF-16LE")),
                hostile("utf32.txt", () -> concat(of(0x00, 0x00, 0xFE, 0xFF), HostileBytes.encoded("Grüße aus Köln.",
                        "UTF-32BE")), Expect.body("Grüße aus Köln.\n")),
                hostile("russian.txt", () -> HostileBytes.encoded("Министр заявил журналистам, что переговоры продолжатся "
                        + "в понедельник, и добавил, что стороны близки к соглашению.", "windows-1251"),
                        Expect.body(b -> b.startsWith("Министр заявил журналистам"))),
                hostile("decomposed.txt", () -> utf8("Cafe\u0301 and Ko\u0308ln.\n"), Expect.body("Café and Köln.\n")),
                hostile("rtl-emoji.txt", () -> utf8("قال الوزير إن المحادثات ستستأنف 👩‍👩‍👧 \u200F.\n"),
                        Expect.body("قال الوزير إن المحادثات ستستأنف 👩‍👩‍👧 \u200F.\n")),
                hostile("separators.txt", () -> utf8("One\u2028two\u2029Three\r\nfour\rfive\n"),
                        Expect.body("One\ntwo\n\nThree\nfour\nfive\n")),
                hostile("bom-inside.txt", () -> utf8("\uFEFFFirst\uFEFF word.\n"), Expect.body("First word.\n")),
                hostile("surrogate-entity.html", () -> utf8("<p>Broken &#xD800; entity and &#0; zero, then text.</p>"),
                        Expect.body(b -> b.startsWith("Broken \uFFFD entity"))),
                hostile("front-matter-only.md", () -> utf8("---\ntitle: Nothing\n---\n"),
                        Expect.refused("front-matter-only.md holds no article text.")),
                hostile("long-title.html", () -> utf8("<title>" + "Very long title ".repeat(10_000) + "</title><p>Short "
                        + "text of the page, which is all there is.</p>"),
                        Expect.body("Short text of the page, which is all there is.\n")));
    }

    /** {@code count} lines, the i-th made by {@code line}. */
    private static String lines(int count, java.util.function.IntFunction<String> line) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(line.apply(i)).append('\n');
        }
        return text.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesAWholeArticleOrAClearMessage(String name, Supplier<byte[]> content, Expect expect) {
        byte[] bytes = content.get();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            if (expect.messageStart() != null) {
                ImportException e = assertThrows(ImportException.class, () -> REGISTRY.importBytes(bytes, name));
                assertTrue(e.getMessage().startsWith(expect.messageStart()), e.getMessage());
                assertEquals(name, e.fileName());
            } else {
                ImportedArticle article = REGISTRY.importBytes(bytes, name);
                assertTrue(expect.body().test(article.body()), () -> "body: " + article.body().substring(0,
                        Math.min(200, article.body().length())));
                assertEquals(TextNormalizer.normalize(article.body()), article.body());
                assertTrue(!article.meta().title().isBlank() && article.meta().title().length() <= 300);
            }
        });
    }
}
