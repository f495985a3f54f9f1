package io.sourcemark.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Undo is data only for tables that record it: every table of the domain (every table but the history's own,
 * SQLite's and the full-text index) must have the three undo triggers, and they must write every column back, so a
 * column added by a later migration without its trigger fails here.
 */
class UndoTriggersTest {

    /** Columns that never change after import: their update is refused by a trigger, so undo need not restore them. */
    private static final Set<String> FIXED = Set.of("article.body", "article.content_hash", "article_original.content");

    @TempDir
    Path folder;

    @Test
    void everyDomainTableRecordsTheUndoOfEveryColumnItWrites() throws Exception {
        Path file = folder.resolve("triggers.sourcemark");
        ProjectStore.open(file).close();
        try (Sql sql = new Sql(file)) {
            List<String> tables = sql.column("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'undo\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                    + "AND name NOT LIKE 'search\\_index%' ESCAPE '\\' ORDER BY name");
            assertEquals(List.of("annotation", "annotation_tag", "article", "article_original", "evidence", "link",
                    "speaker", "speaker_alias", "tag"), tables);
            List<String> missing = new ArrayList<>();
            for (String table : tables) {
                List<String> columns = sql.column("SELECT name FROM pragma_table_info('" + table + "')");
                assertTrue(columns.contains("uid"), table + " has a uid");
                for (String event : List.of("insert", "update", "delete")) {
                    List<String> body = sql.column("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                            + "AND name = '" + table + "_undo_" + event + "' AND tbl_name = '" + table + "'");
                    if (body.isEmpty()) {
                        missing.add(table + ": no " + event + " trigger");
                        continue;
                    }
                    for (String column : event.equals("insert") ? List.of("id") : columns) {
                        boolean fixed = event.equals("update") && FIXED.contains(table + "." + column);
                        if (!fixed && !body.get(0).contains("old." + quoted(column))
                                && !body.get(0).contains("new." + quoted(column))) {
                            missing.add(table + "." + column + ": not in the " + event + " trigger");
                        }
                    }
                }
            }
            assertEquals(List.of(), missing);
        }
    }

    @Test
    void everyDomainTableNeverGivesAnIdTwice() throws Exception {
        Path file = folder.resolve("ids.sourcemark");
        ProjectStore.open(file).close();
        try (Sql sql = new Sql(file)) {
            List<String> plain = sql.column("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'search\\_index%' ESCAPE '\\' "
                    + "AND name <> 'undo_recording' AND sql NOT LIKE '%AUTOINCREMENT%'");
            assertEquals(List.of(), plain);
        }
    }

    private static String quoted(String column) {
        return column.equals("start") || column.equals("end") ? "\"" + column + "\"" : column;
    }
}
