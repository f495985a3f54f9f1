package io.sourcemark.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Paths that are not articles: pipes, devices, folders, huge files; and text that once took minutes. */
class HostileFilesTest {

    private static final Duration AT_ONCE = Duration.ofSeconds(5);
    private final ImporterRegistry registry = ImporterRegistry.standard();

    @TempDir
    Path dir;

    private String refusal(Path file) {
        return assertTimeoutPreemptively(AT_ONCE,
                () -> assertThrows(ImportException.class, () -> registry.importFile(file)).getMessage());
    }

    @Test
    void refusesANamedPipeAtOnceInsteadOfWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("article.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        assertEquals("article.txt is not a regular file (it is a device, a pipe or a socket): only files can be "
                + "imported.", refusal(fifo));
    }

    @Test
    void refusesDevicesAndLinksToThemWithoutReadingThem() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        assertTrue(refusal(zero).startsWith("zero is not a regular file"));
        Path link = Files.createSymbolicLink(dir.resolve("endless.txt"), zero);
        assertTrue(refusal(link).startsWith("endless.txt is not a regular file"));
    }

    @Test
    void refusesAFolderAndAMissingFile() throws Exception {
        Files.createDirectory(dir.resolve("folder.txt"));
        assertEquals("folder.txt is a folder, not a file.", refusal(dir.resolve("folder.txt")));
        assertEquals("gone.txt does not exist.", refusal(dir.resolve("gone.txt")));
    }

    @Test
    void refusesAHundredMegabytesOfTextWithoutReadingThem() throws Exception {
        Path big = dir.resolve("big.txt");
        byte[] megabyte = "All work and no play. ".repeat(1024 * 1024 / 22 + 1).substring(0, 1024 * 1024)
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (int i = 0; i < 100; i++) {
                out.write(megabyte);
            }
        }
        assertEquals("big.txt is too large for a news article (more than 50 MB).", refusal(big));
    }

    @Test
    void readsAtMostTheLimitPlusOneByteOfAnEndlessStream() {
        long[] served = new long[1];
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                served[0] += len;
                return len;
            }
        };
        ImportException e = assertThrows(ImportException.class, () -> BoundedRead.stream(endless, "stdin", 1000));
        assertEquals("stdin is too large for a news article (more than 1000 bytes).", e.getMessage());
        assertEquals(1001, served[0]);
    }

    @Test
    void aMegabyteOfInitialsImportsInWellUnderASecond() throws Exception {
        Path initials = dir.resolve("initials.txt");
        Files.writeString(initials, "J. ".repeat(350_000));
        // Once quadratic: 210 KB took 104 s. Best of three, as the machine may be busy.
        double seconds = Double.MAX_VALUE;
        ImportedArticle article = null;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            article = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> registry.importFile(initials));
            seconds = Math.min(seconds, (System.nanoTime() - start) / 1e9);
        }
        assertTrue(seconds < 1, "took " + seconds + " s");
        assertTrue(article.meta().title().startsWith("J. J. J.") && article.meta().title().endsWith("…"),
                article.meta().title());
    }
}
