package io.sourcemark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DashedFileNamesTest {

    @TempDir
    Path dir;

    @Test
    void aFileNamedLikeAnOptionIsNamedWithHowToGiveIt() throws Exception {
        Files.writeString(dir.resolve("-leading.txt"), "An article.");

        assertEquals(Optional.of("“-leading.txt” is read as an option. To name the file, write ./-leading.txt or "
                + "put -- before it."), DashedFileNames.hint(new String[] {"import", "-p", "x", "-leading.txt"},
                dir));
        assertEquals(Optional.empty(), DashedFileNames.hint(new String[] {"import", "-p", "x", "--", "-leading.txt"},
                dir), "after --, it is read as a file already");
        assertEquals(Optional.empty(), DashedFileNames.hint(new String[] {"import", "--projet", "x"}, dir),
                "a mistyped option names no file");
    }
}
