package io.sourcemark.service;

import io.sourcemark.export.ExportFormat;
import io.sourcemark.export.ExportOptions;
import io.sourcemark.model.Annotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML and Markdown reports of the scripted AFP article show what the analyst did. */
class HtmlExportTest {

    @TempDir
    Path dir;
    private ScriptedAfp afp;

    @BeforeEach
    void script() throws Exception {
        afp = ScriptedAfp.open(dir.resolve("p.sourcemark"));
    }

    @AfterEach
    void close() {
        afp.close();
    }

    private String export(ExportFormat format, ExportOptions options) throws Exception {
        ExportReport report = afp.export(format, List.of(afp.afp.id()), dir.resolve("out"), options, false, true);
        assertEquals(1, report.written().size(), report.toString());
        return Files.readString(report.written().get(0), StandardCharsets.UTF_8);
    }

    /** The statements a report with suggestions lists, in its order. */
    private List<Annotation> statements() {
        return afp.project.read(tx -> tx.annotations().forArticle(afp.afp.id())).stream()
                .filter(a -> a.kind().isStatement() && a.origin().isVisible()).toList();
    }

    private int numberOf(Annotation a) {
        return statements().stream().map(Annotation::id).toList().indexOf(a.id()) + 1;
    }

    private static String row(String html, int number) {
        Matcher m = Pattern.compile("<tr id=\"statement-" + number + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find(), "row " + number);
        return m.group(1);
    }

    @Test
    void theHtmlReportShowsTheArticleItsStatementsAndItsSpeakers() throws Exception {
        String html = export(ExportFormat.HTML, ExportOptions.everything().signedBy("Desk Reviewer", "Fact Desk"));

        assertTrue(html.contains("<h1 dir=\"auto\">" + afp.afp.meta().title() + "</h1>"));
        assertTrue(html.contains("<dt>Source</dt><dd>AFP</dd>"), "metadata");
        assertTrue(html.contains("reviewed by Desk Reviewer, Fact Desk"));
        assertTrue(html.contains(ScriptedAfp.ARTICLE_NOTE));
        assertFalse(html.contains("<script"), "no script at all");
        assertTrue(html.contains("Content-Security-Policy"));
        int count = statements().size();
        assertEquals(count, Pattern.compile("<a class=\"marker\" id=\"marker-").matcher(html).results().count(),
                "one marker per statement");
        for (int n = 1; n <= count; n++) {
            assertTrue(html.contains("href=\"#statement-" + n + "\""), "marker " + n + " links to its row");
            row(html, n);
        }
        // the legend names the colours the numbers in the text take: the verdicts the statements have, in order
        java.util.regex.Matcher keys = Pattern.compile("<p id=\"verdict-keys\">[^<]*((<span[^>]*>[^<]*</span> )+)"
                + "</p>").matcher(html);
        assertTrue(keys.find(), "a key of the verdicts' colours");
        assertEquals(List.of("Not checked", "Mostly true", "False", "Unverifiable"), Pattern.compile(">([^<]+)</span>")
                .matcher(keys.group(1)).results().map(m -> m.group(1)).toList());
        assertTrue(keys.group(1).contains("style=\"background-color:#65a30d\">Mostly true</span>"), keys.group(1));
        // and each colour a number in the text has is in the key, and the other way round
        java.util.Set<String> markerColours = Pattern.compile("<a class=\"marker\"[^>]*style=\"background-color:"
                + "([^\"]+)\"").matcher(html).results().map(m -> m.group(1)).collect(java.util.stream.Collectors
                .toSet());
        java.util.Set<String> keyColours = Pattern.compile("background-color:([^\"]+)\"").matcher(keys.group(1))
                .results().map(m -> m.group(1)).collect(java.util.stream.Collectors.toSet());
        assertEquals(markerColours, keyColours);
        String sullivan = row(html, numberOf(afp.sullivan));
        assertTrue(sullivan.contains(afp.speakerOf(afp.sullivan)), sullivan);
        assertTrue(sullivan.contains("style=\"background-color:#65a30d\">Mostly true</span>"), sullivan);
        assertTrue(sullivan.contains(ScriptedAfp.RATIONALE), sullivan);
        assertTrue(sullivan.contains("<a href=\"" + ScriptedAfp.EVIDENCE_URL + "\" rel=\"noopener noreferrer\">Press "
                + "briefings</a>"), sullivan);
        assertTrue(sullivan.contains("<div dir=\"auto\">ftp://archive.example.org/briefing.txt <span class=\"muted\">(context)"),
                "a link only for http(s), and no other title for evidence without one: " + sullivan);
        assertTrue(sullivan.contains("tags: Arms trade"), sullivan);
        assertTrue(sullivan.contains("<a href=\"#statement-" + numberOf(afp.forum) + "\">[" + numberOf(afp.forum)
                + "]</a> “Vladivostok hosts"), "the link from the claim, to its row: " + sullivan);
        assertTrue(sullivan.contains("contradicts this"), sullivan);
        assertTrue(sullivan.contains("cites “" + ScriptedAfp.GDANSK_CLAIM + "” <span class=\"muted\">in “"
                + afp.gdansk.meta().title() + "”</span>"), sullivan);
        String forum = row(html, numberOf(afp.forum));
        assertTrue(forum.contains(">False</span>") && forum.contains("Eastern Economic Forum"), forum);
        assertFalse(html.contains("<tr id=\"statement-" + (count + 1) + "\""), "the rejected claim is not listed");
        assertTrue(Pattern.compile("<span class=\"[^\"]*\\btg\\b[^\"]*\" style=\"color:#047857\" "
                + "title=\"Wagner group\">" + ScriptedAfp.WAGNER_WORDS + "</span><sup class=\"tag-name\">Wagner group"
                + "</sup>").matcher(html).find(), "the tagged span in its tag's colour, its tag named after it");
        assertEquals(1, Pattern.compile("<sup class=\"tag-name\">").matcher(html).results().count(),
                "one name per tagged passage");
        assertTrue(html.contains("<th class=\"n\">#</th>") && html.contains("th.n, td.n { white-space: nowrap;"),
                "the statements' numbers are never broken over lines");
        Matcher speaker = Pattern.compile("<tr><td dir=\"auto\">" + afp.speakerOf(afp.sullivan) + "</td><td class=\"kind\">"
                + "person</td><td dir=\"auto\">[^<]*</td><td>(\\d+)</td><td>(\\d+)</td><td>([^<]*)</td></tr>").matcher(html);
        assertTrue(speaker.find(), "the speaker's summary row");
        assertTrue(speaker.group(3).contains("1 mostly true"), speaker.group(3));
        assertTrue(html.contains("<table class=\"speaker-table checked\">"), "headings broken between words only");
        assertTrue(html.contains("<footer>Made with Sourcemark. The article's text belongs to its source, whose terms "
                + "apply to it.</footer>"), "no licence above to point to");
        assertTrue(html.contains("@media print") && html.contains("counter(page)"));
    }

    @Test
    void aReportOfReviewedWorkOnlyLeavesSuggestionsAndVerdictsOutWhenAsked() throws Exception {
        String html = export(ExportFormat.HTML, ExportOptions.everything().reviewedOnly().withoutVerdicts()
                .withoutNotes());

        assertEquals(3, Pattern.compile("<tr id=\"statement-").matcher(html).results().count(),
                "two accepted quotes and the claim marked by hand");
        assertFalse(html.contains("Mostly true"));
        assertFalse(html.contains(ScriptedAfp.RATIONALE));
        assertFalse(html.contains(ScriptedAfp.ARTICLE_NOTE));
        assertFalse(html.contains("Asked twice"));
        assertFalse(html.contains("(suggestion)"), "no suggestion in the legend either");
    }

    @Test
    void theMarkdownReportHasTheSameContent() throws Exception {
        afp.project.run(tx -> tx.annotations().update(tx.annotations().find(afp.wagner.id()).orElseThrow()
                .withNote("Named in the *Kremlin* | readout")));
        String md = export(ExportFormat.MARKDOWN, ExportOptions.everything().signedBy("Desk Reviewer", null));

        assertTrue(md.startsWith("# " + afp.afp.meta().title() + "\n"), md.substring(0, 80));
        assertTrue(md.contains("- **Source:** AFP\n"));
        assertTrue(md.contains("reviewed by Desk Reviewer."));
        assertTrue(md.contains("**\\[" + numberOf(afp.forum) + "\\]** Vladivostok hosts"), "a marker in the text");
        // a highlight that starts after a space, inside a line, reads as plain words, without a space's entity
        assertTrue(md.contains("White House on Tuesday warned North Korea against selling arms to Russia"),
                md.substring(0, 600));
        assertFalse(md.contains("&#32;"), "no entity where the space is inside a line");
        assertTrue(md.contains("| # | Kind | Statement | Speaker | Verdict | Rationale | Evidence | Links | Tags | Note |"));
        String sullivan = md.lines().filter(l -> l.startsWith("| " + numberOf(afp.sullivan) + " |")).findFirst()
                .orElseThrow();
        // as much as the HTML says: the review's status and reviewer, each source's date and note, a link's note
        assertTrue(sullivan.contains("| Mostly true (done · " + ScriptedAfp.REVIEWER + ") |"), sullivan);
        assertTrue(sullivan.contains("[Press briefings](<" + ScriptedAfp.EVIDENCE_URL + ">) (supports, accessed "
                + "2023-09-06): the 5 September one"), sullivan);
        String forum = md.lines().filter(l -> l.startsWith("| " + numberOf(afp.forum) + " |")).findFirst()
                .orElseThrow();
        assertTrue(forum.contains(" (Same week, other count)"), forum);
        assertTrue(sullivan.contains("ftp://archive.example.org/briefing.txt (context)"), sullivan);
        assertTrue(sullivan.contains("Arms trade"), sullivan);
        assertTrue(md.contains("## Speakers\n\n| Speaker | Kind | Role | Mentions | Statements | Verdicts |"));
        // a tagged passage: its tags after it in the text, and a row of its own with its note
        assertTrue(md.contains(ScriptedAfp.WAGNER_WORDS + " *\\[Wagner group\\]*"), md);
        assertTrue(md.contains("## Tagged passages\n\n| Passage | Tags | Note |\n|---|---|---|\n| "
                + ScriptedAfp.WAGNER_WORDS + " | Wagner group | Named in the \\*Kremlin\\* \\| readout |\n"), md);
        assertEquals(statements().size() + 1, md.lines().filter(l -> l.startsWith("| ")).takeWhile(
                l -> !l.startsWith("| Passage")).count(), "a row per statement, after the header");
    }
}
