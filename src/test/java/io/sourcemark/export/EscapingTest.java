package io.sourcemark.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analyst's and the article's text reaches HTML, PDF, Markdown and CSV as text, never as markup or code. */
class EscapingTest {

    @Test
    void htmlEscapesEveryCharacterThatCouldOpenMarkupOrLeaveAnAttribute() {
        assertEquals("&lt;script&gt;x&lt;/script&gt;", ReportTemplates.escape("<script>x</script>"));
        assertEquals("&quot; onmouseover&#61;&quot;x&quot; &#39;&#96;", ReportTemplates.escape("\" onmouseover=\"x\" '`"));
        assertEquals("&amp;amp; &amp;lt;", ReportTemplates.escape("&amp; &lt;"), "entities are not let through");
    }

    @Test
    void charactersXmlForbidsBecomeTheReplacementCharacterAndEmojiStay() {
        assertEquals("a\uFFFDb\uFFFDc 🙂\n\t", ReportTemplates.xmlSafe("a\u0001b\uD800c 🙂\n\t"));
        String clean = "plain text, “quoted” — 🙂";
        assertTrue(clean == ReportTemplates.xmlSafe(clean), "clean text is not copied");
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertEquals(Optional.of("https://example.org/a?b=c#d"), SafeValues.link("https://example.org/a?b=c#d"));
        assertEquals(Optional.of("http://example.org"), SafeValues.link("http://example.org"));
        for (String unsafe : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
                "java\tscript:alert(1)", "data:text/html,<script>", "file:///etc/passwd", "ftp://example.org/x",
                "//example.org/x", "/relative", "http://", "https://example.org/\"onmouseover=x", "vbscript:x",
                "https://exa mple.org", null, ""}) {
            assertEquals(Optional.empty(), SafeValues.link(unsafe), "not a link: " + unsafe);
        }
    }

    @Test
    void onlyHexColoursReachAStyle() {
        assertEquals(Optional.of("#3b82f6"), SafeValues.colour("#3b82f6"));
        assertEquals(Optional.of("#FFF"), SafeValues.colour("#FFF"));
        for (String unsafe : new String[] {"red", "#12345", "red;}</style><script>", "#fff;background:url(x)",
                "expression(alert(1))", null}) {
            assertEquals(Optional.empty(), SafeValues.colour(unsafe), "not a colour: " + unsafe);
        }
    }

    @Test
    void theHtmlReportOfHostileTextHoldsNoMarkupOfIt() {
        String html = new HtmlReport().render(ReportModels.hostile(), ReportModels.signedByAHostileReviewer());

        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("<svg"));
        assertFalse(html.contains("href=\"javascript:") || html.contains("href=\"data:"));
        assertFalse(html.contains("red;}"), "the tag's colour is not a colour: left out");
        assertEquals(1, html.split("</style>", -1).length - 1, "one style element, closed once");
        assertFalse(html.contains("\u0001"));
        assertTrue(html.contains("&lt;script&gt;document.documentElement.setAttribute(&#39;data-pwned&#39;"));
        assertTrue(html.contains("javascript:document.documentElement"), "the address is shown as text");
    }

    @Test
    void thePdfReportOfHostileTextIsWrittenWithItsTextAsText() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfReport().write(ReportModels.hostile(), ReportModels.signedByAHostileReviewer(), pdf, () -> false);

        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.replaceAll("\\s+", " ").contains("<script>document.documentElement"), text);
        }
    }

    @Test
    void markdownShowsMarkupAndLinkSyntaxAsText() throws Exception {
        assertEquals("\\<script\\>x\\</script\\>", MarkdownText.escape("<script>x</script>"));
        assertEquals("\\[x\\](javascript:alert(1))", MarkdownText.escape("[x](javascript:alert(1))"));
        assertEquals("\\# not a heading  \n1\\. not a list  \n\\- nor this", MarkdownText.escape(
                "# not a heading\n1. not a list\n- nor this"));
        assertEquals("a \\| b", MarkdownText.cell("a | b"));
        assertEquals("one line", MarkdownText.cell("one\n  line"));
        assertEquals("javascript:alert(1)", MarkdownText.link("click", "javascript:alert(1)"));
        assertEquals("[click](<https://example.org/a>)", MarkdownText.link("click", "https://example.org/a"));
        StringWriter out = new StringWriter();
        new MarkdownReport().write(ReportModels.hostile(), ReportModels.signedByAHostileReviewer(), out);
        assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)<").matcher(out.toString()).find(),
                "every < escaped: no raw HTML for a CMS to run");
        assertFalse(out.toString().contains("](javascript"), "no script link");
    }

    @Test
    void markdownReadByACommonMarkParserKeepsALeadingTabAndALoneCarriageReturnAsText() {
        org.commonmark.parser.Parser parser = org.commonmark.parser.Parser.builder().build();
        org.commonmark.renderer.html.HtmlRenderer html = org.commonmark.renderer.html.HtmlRenderer.builder().build();
        String tabbed = html.render(parser.parse(MarkdownText.escape("\tOfficials said **2** things")));
        assertEquals("<p>\tOfficials said **2** things</p>\n", tabbed, "no code block, the stars as typed");
        String lone = html.render(parser.parse(MarkdownText.escape("line one\r# INJECTED\r\r    indented")));
        assertFalse(lone.contains("<h1>") || lone.contains("<pre>") || lone.contains("<code>"), lone);
        assertTrue(lone.contains("# INJECTED") && lone.contains("indented"), lone);
    }

    @Test
    void claimReviewCannotEndTheScriptElementItIsPastedInto() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new ClaimReviewExport().write(ReportModels.hostile(), ExportOptions.everything(), out);
        String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\\u003C/script\\u003E"), json);
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
        // and it reads back as the same text
        assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).toString().contains("</script>"));
    }

    @Test
    void csvQuotesWhatRfc4180AsksAndKeepsFormulasText() {
        assertEquals("plain", CsvStatements.field("plain"));
        assertEquals("\"a,b\"", CsvStatements.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvStatements.field("say \"hi\""));
        assertEquals("\"two\r\nlines\"", CsvStatements.field("two\r\nlines"));
        assertEquals("'=HYPERLINK(\"http://x\")", CsvStatements.text("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", CsvStatements.text("+1"));
        assertEquals("'@SUM(A1)", CsvStatements.text("@SUM(A1)"));
        assertEquals("Fine = text", CsvStatements.text("Fine = text"));
    }

    @Test
    void aTaggedPassageNamesItsTagOnEveryRunAndOnceAfterItEvenWhenItEndsInTheParagraphsBreak() {
        String html = new HtmlReport().render(ReportModels.taggedToTheParagraphsEnd(), ExportOptions.everything());

        assertTrue(html.contains(" title=\"Arms trade\">Arms went north</span>"), "the run the claim covers too");
        assertTrue(html.contains(" title=\"Arms trade\">, the report said.</span><sup class=\"tag-name\">Arms trade"
                + "</sup></p>"), html);
        assertEquals(1, html.split("<sup class=\"tag-name\">", -1).length - 1, "the name once");
    }
}
