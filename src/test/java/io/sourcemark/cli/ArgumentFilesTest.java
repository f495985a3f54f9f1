package io.sourcemark.cli;

import io.sourcemark.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An argument that starts with {@code @} is a file name like any other: picocli's argument files are off, so
 * {@code @notes.txt} is never replaced by the words of {@code notes.txt}. Run in a JVM of its own, because names
 * without a folder are read against the working directory.
 */
class ArgumentFilesTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anArticleNamedWithAnAtSignIsImportedAsItIsBeforeAndAfterDoubleDash() throws Exception {
        Files.copy(Path.of("sample-articles", "000-afp-north-korea-arms-russia.txt"), dir.resolve("@notes.txt"));
        Files.writeString(dir.resolve("notes.txt"), "--project elsewhere.sourcemark\n");

        CliProcess afterDash = sourcemark("import", "--project", "news.sourcemark", "--", "@notes.txt");
        CliProcess plain = sourcemark("import", "--project", "news.sourcemark", "@notes.txt");

        assertEquals(ExitCodes.OK, afterDash.code(), afterDash.output());
        assertTrue(afterDash.output().startsWith("Imported 1, duplicates 0, refused 0 (project "
                + dir.resolve("news.sourcemark").toRealPath() + ")"), afterDash.output());
        assertTrue(afterDash.output().contains(dir.toRealPath().resolve("@notes.txt") + " -> article 1 \"The White "
                + "House on Tuesday warned North Korea"), afterDash.output());
        assertEquals(ExitCodes.OK, plain.code(), plain.output());
        assertTrue(plain.output().contains("@notes.txt: same text as article 1"), plain.output());
        assertFalse(Files.exists(dir.resolve("elsewhere.sourcemark")));
    }

    private CliProcess sourcemark(String... args) throws Exception {
        return CliProcess.run(dir, List.of(), args);
    }
}
