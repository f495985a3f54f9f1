package io.sourcemark.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativeSqliteTest {

    @TempDir
    Path cache;

    private static byte[] packaged() throws Exception {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream("/org/sqlite/native/"
                + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + System.mapLibraryName("sqlitejdbc"))) {
            return in.readAllBytes();
        }
    }

    @Test
    void keepsOneCopyOfTheLibraryInsideTheApplicationPerVersion() throws Exception {
        Path copy = NativeSqlite.keptCopy(cache).orElseThrow();

        assertEquals(cache.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-"
                + OSInfo.getNativeLibFolderPathForCurrentOS().replace('/', '-')), copy.getParent());
        assertArrayEquals(packaged(), Files.readAllBytes(copy));
        assertEquals(copy, NativeSqlite.keptCopy(cache).orElseThrow(), "found again at the next start");
        try (var left = Files.list(copy.getParent())) {
            assertEquals(List.of(copy), left.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void aChangedCopyIsWrittenAgainBeforeItIsLoaded() throws Exception {
        Path copy = NativeSqlite.keptCopy(cache).orElseThrow();
        byte[] changed = Files.readAllBytes(copy);
        changed[changed.length / 2] ^= 0x5a;
        Files.write(copy, changed);

        assertEquals(copy, NativeSqlite.keptCopy(cache).orElseThrow());
        assertArrayEquals(packaged(), Files.readAllBytes(copy));

        Files.write(copy, new byte[] {1, 2, 3});
        NativeSqlite.keptCopy(cache).orElseThrow();
        assertArrayEquals(packaged(), Files.readAllBytes(copy), "a truncated copy too");
    }

    @Test
    void aCacheThatCannotBeWrittenLeavesTheDriverToItsOwnWay() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("file"), "not a folder");

        assertTrue(NativeSqlite.keptCopy(notAFolder).isEmpty());
        assertEquals("not a folder", Files.readString(notAFolder));
    }
}
