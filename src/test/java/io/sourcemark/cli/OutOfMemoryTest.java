package io.sourcemark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutOfMemoryTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aCommandThatRunsOutOfHeapSaysSoAndWhatToDoWithoutAStackTrace() throws Exception {
        // a text of 4.8 MB, under the import limit, whose analysis does not fit in a heap of 64 MB
        StringBuilder text = new StringBuilder();
        String[] words = {"the", "minister", "said", "on", "Tuesday", "that", "prices", "rose", "by", "12", "percent"};
        for (int i = 0; text.length() < 4_800_000; i++) {
            text.append(words[(i * 7 + i / 3) % words.length]).append(' ');
        }
        Files.writeString(dir.resolve("long.txt"), text);

        CliProcess run = CliProcess.run(dir, List.of("-Xmx64m"), "analyze", "long.txt");

        assertEquals(ExitCodes.CANNOT_RUN, run.code(), run.output());
        assertTrue(run.output().contains("sourcemark analyze stopped: it ran out of memory (the Java heap of "),
                run.output());
        assertTrue(run.output().contains("java -Xmx4g -jar sourcemark.jar analyze"), run.output());
        assertFalse(run.output().contains("\tat "), "no stack trace: " + run.output());
    }
}
