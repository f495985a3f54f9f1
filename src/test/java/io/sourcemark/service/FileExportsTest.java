package io.sourcemark.service;

import io.sourcemark.export.ExportFormat;
import io.sourcemark.export.ExportOptions;
import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF, CSV and brat exports of the scripted AFP article, read back as their readers read them. */
class FileExportsTest {

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

    private ExportReport export(ExportFormat format, List<Long> articles, ExportOptions options, boolean oneFile) {
        return afp.export(format, articles, dir.resolve("out"), options, oneFile, false);
    }

    @Test
    void thePdfReportHasSelectableTextPageNumbersAndItsFontsEmbedded() throws Exception {
        // what the renderer and PDFBox log while the report is made: a quiet export prints nothing to the console
        List<java.util.logging.LogRecord> logged = new ArrayList<>();
        java.util.logging.Handler catcher = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (isLoggable(record)) {
                    logged.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        catcher.setLevel(java.util.logging.Level.INFO);
        java.util.logging.Logger pdfbox = java.util.logging.Logger.getLogger("org.apache.pdfbox");
        pdfbox.addHandler(catcher);
        ExportReport report;
        try {
            report = export(ExportFormat.PDF, List.of(afp.afp.id()), ExportOptions.everything(), false);
        } finally {
            pdfbox.removeHandler(catcher);
        }
        assertEquals(List.of(), logged.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList());

        try (PDDocument pdf = Loader.loadPDF(report.written().get(0).toFile())) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 3, "pages: " + pages);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("SOURCEMARK REPORT"), text.substring(0, 200));
            assertTrue(text.contains("Vladivostok hosts the Eastern Economic Forum"), "the article's text");
            assertTrue(text.contains("Mostly true") && text.contains(ScriptedAfp.RATIONALE), "the statements");
            assertTrue(text.contains("Page 1 of " + pages) && text.contains("Page " + pages + " of " + pages));
            // on paper the evidence's address is printed (a link alone is lost in print), perhaps over lines
            assertTrue(text.replace(" ", "").contains(ScriptedAfp.EVIDENCE_URL), "the evidence's address");
            // the columns are wide enough for their words: none is cut over two lines
            List<String> lines = new PDFTextStripper().getText(pdf).lines().map(String::strip).toList();
            for (String words : List.of("Speaker Verdict Evidence Links", "Mostly true", "Not checked", "False",
                    "Speaker Kind Role Mentions Statements Verdicts", "government body")) {
                assertTrue(lines.stream().anyMatch(line -> line.contains(words)), words + " on one line: " + lines);
            }
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    fonts.add(font.getName());
                }
            }
            assertTrue(fonts.stream().allMatch(f -> f.contains("DejaVuSans")), fonts.toString());
        }
    }

    @Test
    void theCsvHasOneRowPerStatementAndPerTaggedPassage() throws Exception {
        ExportReport report = export(ExportFormat.CSV, List.of(afp.afp.id()),
                ExportOptions.everything().withByteOrderMark(true), false);

        byte[] bytes = Files.readAllBytes(report.written().get(0));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(text.contains("\r\n") && !text.replace("\r\n", "").contains("\r"), "CRLF line ends");
        List<List<String>> rows = Rfc4180.parse(text);
        assertEquals(List.of("article", "kind", "text", "start", "end", "speaker", "speaker kind", "cue", "verdict",
                "status", "rationale", "evidence URLs", "tags", "links", "note", "origin", "confidence", "uid",
                "article uid"), rows.get(0));
        List<Annotation> rowed = afp.project.read(tx -> tx.annotations().forArticle(afp.afp.id())).stream()
                .filter(a -> (a.kind().isStatement() || a.kind() == Kind.TAG) && a.origin().isVisible()).toList();
        assertEquals(rowed.size() + 1, rows.size());
        List<String> sullivan = rows.stream().filter(r -> r.get(17).equals(afp.sullivan.uid())).findFirst()
                .orElseThrow();
        assertEquals(afp.afp.meta().title(), sullivan.get(0));
        assertEquals("mixed quote", sullivan.get(1));
        assertEquals(String.valueOf(afp.sullivan.range().start()), sullivan.get(3), "no astral text: same offsets");
        assertEquals(afp.speakerOf(afp.sullivan), sullivan.get(5));
        assertEquals("person", sullivan.get(6));
        assertEquals("said", sullivan.get(7));
        assertEquals(List.of("Mostly true", "done", ScriptedAfp.RATIONALE), sullivan.subList(8, 11));
        assertEquals(ScriptedAfp.EVIDENCE_URL + " ftp://archive.example.org/briefing.txt", sullivan.get(11));
        assertEquals("Arms trade", sullivan.get(12));
        assertTrue(sullivan.get(13).contains("contradicts this") && sullivan.get(13).contains("cites “"),
                sullivan.get(13));
        assertEquals("", sullivan.get(14), "no note");
        assertEquals("accepted suggestion", sullivan.get(15));
        assertEquals(afp.afp.uid(), sullivan.get(18));
        List<String> forum = rows.stream().filter(r -> r.get(17).equals(afp.forum.uid())).findFirst().orElseThrow();
        assertEquals(List.of("claim", ScriptedAfp.FORUM_CLAIM), forum.subList(1, 3));
        assertEquals(List.of("", "", ""), List.of(forum.get(5), forum.get(7), forum.get(16)));
        assertEquals("", forum.get(14), "no note");
        assertEquals("marked by hand", forum.get(15));
        List<String> peskov = rows.stream().filter(r -> r.get(17).equals(afp.peskov.uid())).findFirst().orElseThrow();
        assertEquals("Asked twice by reporters.", peskov.get(14));
        // the tagged passage, in reading order among the statements
        List<String> wagner = rows.stream().filter(r -> r.get(17).equals(afp.wagner.uid())).findFirst().orElseThrow();
        assertEquals(List.of("tag", ScriptedAfp.WAGNER_WORDS, String.valueOf(afp.wagner.range().start()),
                String.valueOf(afp.wagner.range().end())), wagner.subList(1, 5));
        assertEquals(List.of("Wagner group", "marked by hand"), List.of(wagner.get(12), wagner.get(15)));
        assertEquals(List.of("", "", ""), List.of(wagner.get(5), wagner.get(8), wagner.get(11)));
        List<Integer> starts = rows.subList(1, rows.size()).stream().map(r -> Integer.parseInt(r.get(3))).toList();
        assertEquals(starts.stream().sorted().toList(), starts, "reading order");

        String withoutNotes = Files.readString(afp.export(ExportFormat.CSV, List.of(afp.afp.id()),
                dir.resolve("without notes"), ExportOptions.everything().withoutNotes(), false, false).written()
                .get(0), StandardCharsets.UTF_8);
        assertFalse(withoutNotes.contains("Asked twice by reporters."), withoutNotes);
    }

    @Test
    void theLibraryGoesIntoOneCsvFileWhenAsked() throws Exception {
        ExportReport report = export(ExportFormat.CSV, List.of(), ExportOptions.everything().reviewedOnly(), true);

        assertEquals(List.of(dir.resolve("out").resolve(ExportService.LIBRARY_CSV)), report.written());
        assertEquals(30, report.articles());
        List<List<String>> rows = Rfc4180.parse(Files.readString(report.written().get(0), StandardCharsets.UTF_8));
        assertEquals(1, rows.stream().filter(r -> r.get(0).equals("article")).count(), "one header");
        assertEquals(5, rows.size() - 1,
                "three reviewed statements of the AFP article, its tagged passage and the Gdańsk claim");
        assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("tag") && r.get(2).equals(ScriptedAfp.WAGNER_WORDS)));
        assertTrue(rows.stream().anyMatch(r -> r.get(2).equals(ScriptedAfp.GDANSK_CLAIM)));
    }

    @Test
    void theBratExportIsAFolderThatBratShowsAndThatImportsBack() throws Exception {
        // a speaker given in the inspector, whom the text never names: no mention for a Said_by line to point at
        afp.project.run(tx -> {
            io.sourcemark.model.Speaker quinn = tx.speakers().insert(new io.sourcemark.model.Speaker(0, null,
                    "Zoë Quinn", io.sourcemark.model.SpeakerKind.PERSON, null, null, List.of()));
            tx.annotations().update(tx.annotations().find(afp.forum.id()).orElseThrow().withSpeaker(quinn.id()));
            // two names one type would merge, and one that is the name of our attribute
            for (String name : List.of("Economy & Trade", "Economy / Trade", "Verdict")) {
                tx.tags().assign(afp.forum.id(), tx.tags().insert(new io.sourcemark.model.Tag(0, null, name, null,
                        null, null)).id());
            }
        });
        ExportReport report = export(ExportFormat.BRAT, List.of(afp.afp.id()), ExportOptions.everything(), false);

        assertEquals(4, report.written().size());
        Path folder = report.written().get(0).getParent();
        String name = folder.getFileName().toString();
        assertEquals(afp.afp.body(), Files.readString(folder.resolve(name + ".txt"), StandardCharsets.UTF_8));
        String ann = Files.readString(folder.resolve(name + ".ann"), StandardCharsets.UTF_8);
        String forumLine = "\tClaim " + afp.forum.range().start() + " " + afp.forum.range().end() + "\t"
                + ScriptedAfp.FORUM_CLAIM + "\n";
        assertTrue(ann.contains(forumLine), ann);
        // the last of the claim and its twin, the suggestion the engine made of the same words
        String forumId = ann.lines().filter(l -> l.endsWith(forumLine.strip())).reduce((a, b) -> b).orElseThrow()
                .split("\t")[0];
        assertTrue(ann.contains("\tVerdict " + forumId + " False\n"), ann);
        assertTrue(ann.contains("\tContradicts Arg1:" + forumId + " Arg2:T"), ann);
        assertTrue(ann.lines().anyMatch(l -> l.matches("R\\d+\tSaid_by Arg1:T\\d+ Arg2:T\\d+")), "who said what");
        assertTrue(ann.contains("\tWagner_group " + afp.wagner.range().start() + " " + afp.wagner.range().end()), ann);
        assertTrue(ann.contains("\tArms_trade "), "a statement's tag over its words");
        for (String type : List.of("Economy_Trade", "Economy_Trade_2", "Tag_Verdict")) {
            assertTrue(ann.contains("\t" + type + " " + afp.forum.range().start() + " "), type + " in " + ann);
        }
        assertTrue(ann.lines().anyMatch(l -> l.startsWith("#") && l.contains("Asked twice by reporters.")));
        String conf = Files.readString(folder.resolve("annotation.conf"), StandardCharsets.UTF_8);
        assertTrue(conf.contains("[entities]\nSpeaker\nDirect_quote\nIndirect_quote\nClaim\nTag\nCue\n"), conf);
        assertTrue(conf.contains("Arms_trade\n") && conf.contains("Wagner_group\n"), conf);
        assertTrue(conf.contains("Verdict\tArg:Direct_quote|Indirect_quote|Claim, Value:Not_checked|True|"), conf);
        String visual = Files.readString(folder.resolve("visual.conf"), StandardCharsets.UTF_8);
        assertTrue(visual.contains("Wagner_group\tbgColor:#047857") && visual.contains("Direct_quote\tbgColor:"));

        try (TestProject other = TestProject.open(dir.resolve("other.sourcemark"))) {
            MergeReport back = new AnnotationImportService(other.project()).importFiles(List.of(folder),
                    ImportProgress.NONE, () -> false);
            assertEquals(List.of(), back.leftOut());
            long article = other.read(tx -> tx.articles().findByHash(afp.afp.contentHash())).orElseThrow().id();
            List<String> shown = afp.project.read(tx -> tx.annotations().forArticle(afp.afp.id())).stream()
                    .filter(a -> a.origin().isVisible()).map(a -> a.kind() + " " + a.parts()).sorted()
                    .toList();
            List<String> imported = other.read(tx -> tx.annotations().forArticle(article)).stream()
                    .map(a -> a.kind() + " " + a.parts()).sorted().toList();
            assertEquals(shown, imported, "every highlight, where it was");
            assertTrue(other.read(tx -> tx.annotations().forArticle(article)).stream()
                    .anyMatch(a -> a.exact().equals(ScriptedAfp.FORUM_CLAIM)
                            && a.verification().verdict() == afp.forum.verification().verdict()), "its verdict");
            // every statement's speaker comes back, also one with no mention in the text for Said_by to name
            java.util.Map<String, String> saidBy = afp.project.read(tx -> tx.annotations().forArticle(afp.afp.id())
                    .stream().filter(a -> a.origin().isVisible() && a.kind().isStatement() && a.speakerId() != null)
                    .collect(java.util.stream.Collectors.toMap(a -> a.kind() + " " + a.parts(),
                            a -> tx.speakers().find(a.speakerId()).orElseThrow().name(), (x, y) -> x)));
            java.util.Map<String, String> broughtBack = other.read(tx -> tx.annotations().forArticle(article).stream()
                    .filter(a -> saidBy.containsKey(a.kind() + " " + a.parts()))
                    .collect(java.util.stream.Collectors.toMap(a -> a.kind() + " " + a.parts(),
                            a -> a.speakerId() == null ? "(none)" : tx.speakers().find(a.speakerId()).orElseThrow()
                                    .name(), (x, y) -> x.equals("(none)") ? y : x))); // a claim and its twin
            assertTrue(saidBy.containsValue("Zoë Quinn"), "a speaker without a mention: " + saidBy);
            assertEquals(saidBy, broughtBack);
            // the tags by their own names, read from the labels of visual.conf
            assertEquals(afp.project.read(tx -> tx.tags().list()).stream().map(io.sourcemark.model.Tag::name)
                    .filter(n -> !n.equals("Geopolitics")).sorted().toList(), other.read(tx -> tx.tags().list())
                    .stream().map(io.sourcemark.model.Tag::name).sorted().toList());
        }
        // brought back into the project it came from, no tag is made a second time
        int tags = afp.project.read(tx -> tx.tags().list()).size();
        new AnnotationImportService(afp.project.project()).importFiles(List.of(folder), ImportProgress.NONE,
                () -> false);
        assertEquals(tags, afp.project.read(tx -> tx.tags().list()).size());
    }
}
