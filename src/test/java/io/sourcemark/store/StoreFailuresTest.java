package io.sourcemark.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A failed change says what it was doing and why in words, SQLite's own words after them. */
class StoreFailuresTest {

    @Test
    void aFullDiskIsSaidAsSuchAndTheChangeNamedAsASentenceGoesOn() {
        SQLException full = new SQLException("[SQLITE_FULL] Insertion failed because database is full "
                + "(database or disk is full)", null, 13);
        assertEquals("Could not import 180 files in the project p.sourcemark: the disk is full. Free some space and "
                + "do it again; what was saved before stays ([SQLITE_FULL] Insertion failed because database is full "
                + "(database or disk is full))",
                StoreFailures.of(Path.of("p.sourcemark"), "Import 180 files", full).getMessage());
    }

    @Test
    void anErrorWithoutAMeaningOfItsOwnKeepsSQLitesWords() {
        SQLException other = new SQLException("[SQLITE_CONSTRAINT] UNIQUE constraint failed: tag.name", null, 19);
        assertEquals("Could not add a tag in the project p.sourcemark: [SQLITE_CONSTRAINT] UNIQUE constraint failed: "
                + "tag.name", StoreFailures.of(Path.of("p.sourcemark"), "Add a tag", other).getMessage());
    }
}
