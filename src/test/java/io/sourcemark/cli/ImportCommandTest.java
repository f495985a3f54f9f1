package io.sourcemark.cli;

import io.sourcemark.importer.ImporterRegistry;
import io.sourcemark.service.ImportProgress;
import io.sourcemark.service.ImportReport;
import io.sourcemark.service.ComputePool;
import io.sourcemark.service.ImportService;
import io.sourcemark.service.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportCommandTest {

    private static final Path SAMPLES = Path.of("sample-articles");

    @TempDir
    Path dir;

    /** What the project holds, read back through the service: importing the samples again finds them all. */
    private static ImportReport reimportSamples(Path projectFile) throws Exception {
        try (Project project = Project.open(projectFile)) {
            return new ImportService(project, ImporterRegistry.standard(), new ComputePool(2))
                    .importPaths(List.of(SAMPLES), ImportProgress.NONE, () -> false);
        }
    }

    @Test
    void theHelpListsEveryExtensionAFolderIsSearchedFor() {
        String help = CliRun.of("import", "--help").out().replaceAll("\\s+", " ");
        for (String extension : ImporterRegistry.standard().extensions()) {
            // without their dots: picocli breaks a line after one, leaving ". xhtml" in a narrow terminal
            assertTrue(help.contains(" " + extension + ",") || help.contains(" " + extension + ")"),
                    extension + " in: " + help);
        }
    }

    @Test
    void importsTheSampleFolderAndExitsZero() throws Exception {
        Path projectFile = dir.resolve("news.sourcemark");

        CliRun run = CliRun.of("import", "--project", projectFile.toString(), SAMPLES.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("Imported 30, duplicates 0, refused 0 (project " + projectFile + ")"),
                run.out());
        assertTrue(run.out().contains("000-afp-north-korea-arms-russia.txt -> article "), run.out());
        assertTrue(run.out().contains("\"Arrest made as mayor of Gdańsk, Poland stabbed on stage\""), run.out());
        // analysed as the window does: an export or a search after the import finds the suggestions
        java.util.regex.Matcher detected = java.util.regex.Pattern.compile("\nDetected (\\d+) suggestions in 30 of 30 "
                + "articles\n").matcher(run.out());
        assertTrue(detected.find(), run.out());
        try (Project project = Project.open(projectFile)) {
            io.sourcemark.model.Statistics library = new io.sourcemark.service.StatisticsService(project).library();
            assertTrue(library.suggested() > 500, "suggestions in the project: " + library.suggested());
            assertTrue(library.byKind().get(io.sourcemark.model.Kind.DIRECT_QUOTE) > 0);
        }

        ImportReport again = reimportSamples(projectFile);
        assertEquals(0, again.imported().size());
        assertEquals(30, again.duplicates().size());
    }

    @Test
    void refusedInputsAreListedWithTheirReasonAndExitTwo() throws Exception {
        Path projectFile = dir.resolve("news.sourcemark");
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path article = SAMPLES.resolve("007-el-paso-walmart-shooting.txt");

        CliRun run = CliRun.of("import", "-p", projectFile.toString(), article.toString(), binary.toString(),
                article.toString());

        assertEquals(ExitCodes.SOME_REFUSED, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Imported 1, duplicates 0, refused 1"), run.out());
        assertTrue(run.out().contains("  refused    " + binary + ": photo.txt is not a text file: it contains "
                + "binary data. Only articles in plain text, Markdown, web pages (HTML), PDF, Word (.docx) and OpenDocument "
                + "text (.odt) can be imported."), run.out());

        ImportReport again = reimportSamples(projectFile);
        assertEquals(29, again.imported().size());
        assertEquals(1, again.duplicates().size());
        assertTrue(again.duplicates().get(0).input().endsWith("007-el-paso-walmart-shooting.txt"));
    }

    @Test
    void secondImportReportsDuplicates() {
        Path projectFile = dir.resolve("news.sourcemark");
        Path article = SAMPLES.resolve("013-k2-18b-water-vapour.txt");
        assertEquals(ExitCodes.OK, CliRun.of("import", "-p", projectFile.toString(), article.toString()).exitCode());

        CliRun again = CliRun.of("import", "-p", projectFile.toString(), article.toString());

        assertEquals(ExitCodes.OK, again.exitCode());
        assertTrue(again.out().startsWith("Imported 0, duplicates 1, refused 0"), again.out());
        assertTrue(again.out().contains("013-k2-18b-water-vapour.txt: same text as article "), again.out());
        assertTrue(again.out().contains("\"Astronomers find water vapour in atmosphere of exoplanet K2-18b\""),
                again.out());
    }

    @Test
    void aFileThatIsNotAProjectExitsOneAndIsLeftAsItWas() throws Exception {
        byte[] notes = "Meeting notes, not a project.\n".getBytes(StandardCharsets.UTF_8);
        Path notAProject = Files.write(dir.resolve("notes.sourcemark"), notes);

        CliRun run = CliRun.of("import", "--project", notAProject.toString(), SAMPLES.toString());

        assertEquals(ExitCodes.CANNOT_RUN, run.exitCode());
        assertEquals("", run.out());
        assertTrue(!run.err().isBlank() && !run.err().contains("Exception") && !run.err().contains("\tat "),
                run.err());
        assertArrayEquals(notes, Files.readAllBytes(notAProject));
    }

    @Test
    void aProjectWhoseTablesWereDroppedExitsOneAndIsLeftAsItWas() throws Exception {
        Path projectFile = dir.resolve("dropped.sourcemark");
        assertEquals(ExitCodes.OK, CliRun.of("import", "-p", projectFile.toString(),
                SAMPLES.resolve("013-k2-18b-water-vapour.txt").toString()).exitCode());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + projectFile);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE annotation_tag");
            statement.execute("DROP TABLE tag");
        }
        byte[] before = Files.readAllBytes(projectFile);

        CliRun run = CliRun.of("import", "-p", projectFile.toString(), SAMPLES.toString());

        assertEquals(ExitCodes.CANNOT_RUN, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("The file " + projectFile + " is not a whole Sourcemark project: its tables "
                + "are not those of schema version "), run.err());
        assertTrue(run.err().contains("missing table tag"), run.err());
        assertArrayEquals(before, Files.readAllBytes(projectFile));
    }
}
