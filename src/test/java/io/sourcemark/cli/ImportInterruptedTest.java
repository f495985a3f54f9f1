package io.sourcemark.cli;

import io.sourcemark.app.Main;
import io.sourcemark.service.ArticleService;
import io.sourcemark.service.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An import stopped by a signal, as Ctrl+C or the end of a session stops it, still says what it imported. */
class ImportInterruptedTest {

    private static final int FILES = 2_000;

    @TempDir
    Path dir;

    @Test
    void anImportStoppedBySigtermPrintsWhatItImportedAndWhatIsLeft() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("wire"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(folder.resolve(String.format("story-%04d.txt", i)), "Story " + i + ".\n\nThe ministry "
                    + "said on Monday that " + i + " people had been evacuated from the valley.\n");
        }
        Path projectFile = dir.resolve("wire.sourcemark");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "import", "--progress",
                "--project", projectFile.toString(), folder.toString()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("20 of " + FILES + " ")) {
                    // SIGTERM (Ctrl+C sends SIGINT, which runs the same hook); Process.destroy would close the pipe
                    child.toHandle().destroy();
                }
            }
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }

        String summary = lines.stream().filter(l -> l.startsWith("Imported ")).findFirst()
                .orElseThrow(() -> new AssertionError(String.join("\n", lines)));
        Matcher m = Pattern.compile("Imported (\\d+), duplicates 0, refused 0 \\(project .*\\)").matcher(summary);
        assertTrue(m.matches(), summary);
        int imported = Integer.parseInt(m.group(1));
        assertTrue(imported >= 20 && imported < FILES, summary);
        assertEquals(imported, lines.stream().filter(l -> l.startsWith("  imported   ")).count());
        assertTrue(lines.contains("  not done   the " + (FILES - imported) + " inputs after the last one imported: "
                + "the import was interrupted; the same command run again imports them"), String.join("\n", lines));
        try (Project project = Project.open(projectFile)) {
            assertEquals(imported, new ArticleService(project).list("").size(), "each imported file is in the "
                    + "project, and only those");
        }
    }
}
