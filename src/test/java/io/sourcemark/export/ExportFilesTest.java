package io.sourcemark.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writing a report's file: whole or not at all, with the user's permissions, no part left when stopped. */
class ExportFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aReportGetsThePermissionsOfTheUsersNewFilesNotThoseOfATemporaryFile() throws Exception {
        Path plain = dir.resolve("plain.txt");
        try (OutputStream out = Files.newOutputStream(plain)) {
            out.write('x');
        }
        Path report = dir.resolve("report.html");
        ExportFiles.write(report, false, out -> out.write("<p>report</p>".getBytes(StandardCharsets.UTF_8)));

        assertEquals("<p>report</p>", Files.readString(report));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(report));
        assertEquals(List.of("plain.txt", "report.html"), names());
    }

    @Test
    void aWriteThatFailsLeavesNothingAndAnExistingFileIsKeptUnlessReplaced() throws Exception {
        Path report = dir.resolve("report.csv");
        IOException failed = assertThrows(IOException.class, () -> ExportFiles.write(report, false, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("the disk is full");
        }));
        assertEquals("the disk is full", failed.getMessage());
        assertEquals(List.of(), names());

        ExportFiles.write(report, false, out -> out.write('1'));
        assertThrows(java.nio.file.FileAlreadyExistsException.class,
                () -> ExportFiles.write(report, false, out -> out.write('2')));
        assertEquals("1", Files.readString(report));
        ExportFiles.write(report, true, out -> out.write('3'));
        assertEquals("3", Files.readString(report));
        assertEquals(List.of("report.csv"), names());
    }

    @Test
    void anExportStoppedBySigtermLeavesNoPartBehind() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowExport.class.getName(),
                dir.resolve("slow.pdf").toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("writing", out.readLine());
            assertTrue(names().stream().anyMatch(n -> n.startsWith(".slow.pdf.") && n.endsWith(".part")),
                    names().toString());
            child.destroy(); // SIGTERM, as the session's end or kill sends it
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        }
        assertEquals(List.of(), names());
    }

    @Test
    void aLongTitleIsCutAtTheEndOfAWord() {
        String name = ExportFiles.baseName("The White House on Tuesday warned North Korea against selling arms to "
                + "Russia", "90d723b7-0000-4000-8000-000000000000");
        assertEquals("the-white-house-on-tuesday-warned-north-korea-against-90d723b7", name);
        assertEquals("a-" + "x".repeat(58) + "-90d723b7", ExportFiles.baseName("a " + "x".repeat(80),
                "90d723b7-0000")); // one long word: cut where it must be
    }

    /** Starts writing a report, says so, and never finishes. */
    static final class SlowExport {
        public static void main(String[] args) throws Exception {
            ExportFiles.write(Path.of(args[0]), false, out -> {
                out.write("%PDF".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                System.out.println("writing");
                System.out.flush();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }
}
