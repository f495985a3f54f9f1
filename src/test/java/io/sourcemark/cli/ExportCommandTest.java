package io.sourcemark.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportCommandTest {

    private static final Path AFP = Path.of("sample-articles", "000-afp-north-korea-arms-russia.txt");
    private static final Path GDANSK = Path.of("sample-articles", "003-gdansk-mayor-adamowicz-stabbed.txt");

    @TempDir
    Path dir;
    private Path project;

    @BeforeEach
    void importTwoArticles() {
        project = dir.resolve("news.sourcemark");
        assertEquals(ExitCodes.OK, CliRun.of("import", "-p", project.toString(), AFP.toString(), GDANSK.toString())
                .exitCode());
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }

    @Test
    void exportsEveryArticleWhenNoneIsNamed() throws Exception {
        Path out = dir.resolve("reports");

        CliRun run = CliRun.of("export", "--project", project.toString(), "--format", "html", "--out",
                out.toString(), "--reviewer", "Ana", "--organisation", "Fact Desk");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Exported 2 articles as html to " + out), run.out());
        List<Path> written = files(out);
        assertEquals(2, written.size());
        assertTrue(written.stream().anyMatch(f -> f.getFileName().toString().startsWith("arrest-made-as-mayor-of-"
                + "gdansk-poland-stabbed-on-stage-") && f.toString().endsWith(".html")), written.toString());
        String html = Files.readString(written.get(0), StandardCharsets.UTF_8);
        assertTrue(html.contains("reviewed by Ana, Fact Desk"));
    }

    @Test
    void exportsTheNamedArticleAndLeavesExistingFilesUnlessToldToReplaceThem() throws Exception {
        Path out = dir.resolve("w3c");
        CliRun all = CliRun.of("export", "-p", project.toString(), "-f", "w3c", "-o", out.toString());
        String json = Files.readString(files(out).get(0), StandardCharsets.UTF_8);
        Matcher uid = Pattern.compile("\"id\" : \"urn:uuid:([0-9a-f-]{36})\",\\s*\"type\" : \"Text\"").matcher(json);
        assertTrue(uid.find(), json.substring(0, 600));
        Files.writeString(files(out).get(0), "the analyst's own edit");

        CliRun again = CliRun.of("export", "-p", project.toString(), "-f", "w3c", "-o", out.toString(),
                "--article", uid.group(1));

        assertEquals(ExitCodes.OK, all.exitCode(), all.err());
        assertEquals(ExitCodes.SOME_REFUSED, again.exitCode());
        assertTrue(again.out().contains("exists already; it was left as it is. Export again with --overwrite to "
                + "replace it."), again.out());
        assertEquals("the analyst's own edit", Files.readString(files(out).get(0)));

        CliRun replaced = CliRun.of("export", "-p", project.toString(), "-f", "w3c", "-o", out.toString(),
                "--article", uid.group(1), "--overwrite");

        assertEquals(ExitCodes.OK, replaced.exitCode(), replaced.out());
        assertTrue(replaced.out().startsWith("Exported 1 article as w3c"), replaced.out());
        assertTrue(Files.readString(files(out).get(0)).contains("AnnotationCollection"));
        assertEquals(2, files(out).size(), "no temporary file left behind");
    }

    @Test
    void refusesAnOutThatIsAFileAndLeavesItAsItIs() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "the analyst's notes");

        CliRun run = CliRun.of("export", "-p", project.toString(), "-f", "csv", "--one-file", "--overwrite", "-o",
                file.toString());

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("--out " + file + " is a file, not a folder: name the folder to write the export in (it is made "
                + "when it does not exist).\n", run.err().replace("\r\n", "\n"));
        assertEquals("the analyst's notes", Files.readString(file));
    }

    @Test
    void refusesAnOutUnderAFileOrEmptyAsAUsageErrorAndWritesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "the analyst's notes");
        Path under = file.resolve("reports");

        CliRun run = CliRun.of("export", "-p", project.toString(), "-f", "md", "-o", under.toString());

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("--out " + under + " is under " + file + ", which is a file, not a folder: name the folder to "
                + "write the export in (it is made when it does not exist).\n", run.err().replace("\r\n", "\n"));
        assertEquals("the analyst's notes", Files.readString(file));

        CliRun empty = CliRun.of("export", "-p", project.toString(), "-f", "md", "-o", "");
        assertEquals(ExitCodes.USAGE, empty.exitCode());
        assertEquals("--out is empty: name the folder to write the export in (it is made when it does not exist).\n",
                empty.err().replace("\r\n", "\n"));
    }

    @Test
    void writesTheLibraryAsOneCsvFile() throws Exception {
        Path out = dir.resolve("csv");

        CliRun run = CliRun.of("export", "-p", project.toString(), "-f", "csv", "-o", out.toString(), "--one-file",
                "--bom");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(List.of(out.resolve("statements.csv")), files(out));
        assertTrue(Files.readString(out.resolve("statements.csv")).startsWith("\uFEFFarticle,kind,text,start,end,"));
    }

    @Test
    void wrongChoicesAreExplained() {
        CliRun format = CliRun.of("export", "-p", project.toString(), "-f", "docx", "-o", dir.toString());
        CliRun article = CliRun.of("export", "-p", project.toString(), "-f", "md", "-o", dir.toString(),
                "--article", "no-such-uid");
        CliRun oneFile = CliRun.of("export", "-p", project.toString(), "-f", "md", "-o", dir.toString(),
                "--one-file");
        CliRun bom = CliRun.of("export", "-p", project.toString(), "-f", "html", "-o", dir.resolve("bom").toString(),
                "--bom");
        CliRun missing = CliRun.of("export", "-p", dir.resolve("none.sourcemark").toString(), "-f", "md", "-o",
                dir.toString());

        assertEquals(ExitCodes.USAGE, format.exitCode());
        assertTrue(format.err().contains("choose one of html, pdf, md, csv, w3c, claimreview, brat"), format.err());
        assertEquals(ExitCodes.USAGE, article.exitCode());
        assertTrue(article.err().contains("No article of this project has the uid no-such-uid"), article.err());
        assertEquals(ExitCodes.USAGE, oneFile.exitCode());
        assertEquals(ExitCodes.USAGE, bom.exitCode());
        assertEquals("--bom is for CSV only (for Excel); the other formats are read in UTF-8 without it.\n",
                bom.err());
        assertTrue(Files.notExists(dir.resolve("bom")), "nothing written");
        assertEquals(ExitCodes.CANNOT_RUN, missing.exitCode());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        assertTrue(Files.notExists(dir.resolve("none.sourcemark")), "no project made by an export");
    }

    @Test
    void aPublicationAddressMustBeAWebPageAndServesOneArticleOnly() throws Exception {
        Path out = dir.resolve("reviews");

        CliRun script = CliRun.of("export", "-p", project.toString(), "-f", "claimreview", "-o", out.toString(),
                "--publication-url", "javascript:alert(1)");
        CliRun part = CliRun.of("export", "-p", project.toString(), "-f", "claimreview", "-o", out.toString(),
                "--publication-url", "https://factdesk.example/checks/arms.html#top");
        CliRun two = CliRun.of("export", "-p", project.toString(), "-f", "claimreview", "-o", out.toString(),
                "--publication-url", "https://factdesk.example/checks/arms.html");

        assertEquals(ExitCodes.USAGE, script.exitCode(), script.out());
        assertEquals("--publication-url: “javascript:alert(1)” is not a web address: give the page the report will "
                + "be published at, such as https://example.org/checks/report.html.\n", script.err());
        assertEquals(ExitCodes.USAGE, part.exitCode(), part.out());
        assertTrue(part.err().contains("has a #part: give the page's own address"), part.err());
        assertEquals(ExitCodes.USAGE, two.exitCode(), two.out());
        assertEquals("--publication-url: A publication address is one article's report page: export that article "
                + "alone with it, or leave the address blank.\n", two.err());
        assertTrue(!Files.exists(out) || files(out).isEmpty(), "nothing is written");
    }

    @Test
    void importAnnotationsMergesAnExportIntoAnotherProject() throws Exception {
        Path out = dir.resolve("w3c");
        CliRun.of("export", "-p", project.toString(), "-f", "w3c", "-o", out.toString());
        Path other = dir.resolve("other.sourcemark");

        CliRun first = CliRun.of("import-annotations", "-p", other.toString(), out.toString());
        CliRun second = CliRun.of("import-annotations", "-p", other.toString(), out.toString(),
                dir.resolve("missing.jsonld").toString());

        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        assertTrue(first.out().startsWith("Articles: 2 added, 0 merged."), first.out());
        assertEquals(ExitCodes.SOME_REFUSED, second.exitCode());
        assertTrue(second.out().startsWith("Articles: 0 added, 2 merged."), second.out());
        assertTrue(second.out().contains("refused   " + dir.resolve("missing.jsonld") + ": "), second.out());
    }

    @Test
    void aFileWhereTheBratExportMakesAFolderIsNamedNotLeftToOverwrite() throws Exception {
        Path out = dir.resolve("brat");
        CliRun.of("export", "-p", project.toString(), "-f", "brat", "-o", out.toString());
        Path folder = files(out).get(0);
        deleteTree(folder);
        Files.writeString(folder, "in the way");

        CliRun run = CliRun.of("export", "-p", project.toString(), "-f", "brat", "-o", out.toString(), "--overwrite");

        assertEquals(ExitCodes.SOME_REFUSED, run.exitCode());
        assertTrue(run.out().contains(folder + " is a file where the export makes a folder; it was left as it is. "
                + "Move it away and export again."), run.out());
        assertFalse(run.out().contains("with --overwrite"), run.out());
        assertEquals("in the way", Files.readString(folder));
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void importAnnotationsOfNothingSaysWhatItReadsAndMakesNoProject() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("csv-only"));
        Path csv = Files.writeString(empty.resolve("statements.csv"), "article,start,end\n");
        Path other = dir.resolve("never.sourcemark");

        CliRun folder = CliRun.of("import-annotations", "-p", other.toString(), empty.toString());
        CliRun named = CliRun.of("import-annotations", "-p", project.toString(), csv.toString());
        CliRun namedNew = CliRun.of("import-annotations", "-p", other.toString(), csv.toString());

        assertEquals(ExitCodes.SOME_REFUSED, folder.exitCode());
        assertTrue(folder.out().contains("refused   " + empty + ": " + empty + " holds nothing to import: W3C Web "
                + "Annotation files (.jsonld, .json) and brat files (.ann, with their .txt beside them) (hidden ones "
                + "left out)."), folder.out());
        assertTrue(folder.err().contains("no project was created"), folder.err());
        assertFalse(Files.exists(other), "no project for nothing");
        assertEquals(ExitCodes.SOME_REFUSED, named.exitCode());
        assertTrue(named.out().contains(csv + " is not a file of annotations: Sourcemark reads W3C Web Annotation "
                + "files"), named.out());
        assertEquals(ExitCodes.SOME_REFUSED, namedNew.exitCode());
        assertTrue(namedNew.out().contains(csv + " is not a file of annotations"), namedNew.out());
        assertFalse(Files.exists(other), "no project for a file of another kind either");
    }

    @Test
    void importAnnotationsRefusesAnArticleWhoseTextDiffersUnderItsIdentity() throws Exception {
        Path out = dir.resolve("w3c-changed");
        CliRun.of("export", "-p", project.toString(), "-f", "w3c", "-o", out.toString());
        Path file;
        try (var files = Files.list(out)) {
            file = files.sorted().findFirst().orElseThrow();
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(file.toFile());
        var article = (com.fasterxml.jackson.databind.node.ObjectNode) root.get("sm:article");
        article.put("value", article.get("value").asText() + " A sentence added elsewhere.");
        json.writeValue(file.toFile(), root);

        CliRun run = CliRun.of("import-annotations", "-p", project.toString(), file.toString());

        assertEquals(ExitCodes.SOME_REFUSED, run.exitCode(), run.out());
        assertTrue(run.out().contains("refused   " + file + ": “"), run.out());
        assertTrue(run.out().contains("” was left out: the project has another text under the same identity."),
                run.out());
    }
}
