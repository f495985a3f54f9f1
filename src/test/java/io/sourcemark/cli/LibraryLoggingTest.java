package io.sourcemark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a shell shows when a library meets a damaged file: the command's one line, not the library's log. */
class LibraryLoggingTest {

    @TempDir
    Path dir;

    @Test
    void aPdfCutShortIsRefusedInOneLineWithoutTheLibrarysWarningsAndStackTrace() throws Exception {
        try (InputStream pdf = getClass().getResourceAsStream("/hostile/truncated-report.pdf")) {
            Files.copy(pdf, dir.resolve("cut.pdf"));
        }

        CliProcess run = CliProcess.run(dir, List.of(), "analyze", "cut.pdf");

        assertEquals(ExitCodes.SOME_REFUSED, run.code(), run.output());
        assertEquals("cut.pdf: cut.pdf cannot be read as a PDF: it is damaged or incomplete (Page tree root must be a "
                + "dictionary).\n", run.output().replace("\r\n", "\n"));
    }
}
