package io.sourcemark.store;

import io.sourcemark.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema itself refuses rows the model could never produce, whoever writes them. */
class SchemaConstraintsTest {

    private static final String INSERT = "INSERT INTO annotation (article_id, kind, origin, \"start\", \"end\", exact, "
            + "created_at, updated_at) VALUES (%d, '%s', '%s', %d, %d, 'x', '2026-01-01T00:00:00Z', "
            + "'2026-01-01T00:00:00Z')";

    @TempDir
    Path folder;

    @Test
    void refusesUnknownEnumsAndBackwardRanges() throws Exception {
        Path file = folder.resolve("constraints.sourcemark");
        Article article;
        try (ProjectStore store = ProjectStore.open(file)) {
            article = Samples.importAfp(store);
        }
        try (Sql sql = new Sql(file)) {
            sql.execute("PRAGMA foreign_keys = ON");
            long id = article.id();
            sql.execute(String.format(INSERT, id, "CLAIM", "MANUAL", 4, 4));
            assertCheckFails(sql, String.format(INSERT, id, "QUOTE", "MANUAL", 0, 4));
            assertCheckFails(sql, String.format(INSERT, id, "CLAIM", "GUESSED", 0, 4));
            assertCheckFails(sql, String.format(INSERT, id, "CLAIM", "MANUAL", 5, 4));
            assertCheckFails(sql, String.format(INSERT, id, "CLAIM", "MANUAL", -1, 4));
            assertCheckFails(sql, "UPDATE annotation SET verdict = 'TRUE'");
            assertCheckFails(sql, "UPDATE annotation SET verdict = 'PROBABLY', review_status = 'DONE'");
            assertCheckFails(sql, "UPDATE annotation SET cue_start = 3");
            assertCheckFails(sql, "INSERT INTO speaker (name, name_key, kind) VALUES ('X', 'x', 'ALIEN')");
            assertCheckFails(sql, "INSERT INTO link (from_annotation_id, to_annotation_id, relation) "
                    + "VALUES (1, 1, 'SUPPORTS')");
            assertCheckFails(sql, "INSERT INTO evidence (annotation_id, url, stance) VALUES (1, 'u', 'MAYBE')");
            assertEquals(1, sql.number("SELECT count(*) FROM annotation"));
        }
    }

    private static void assertCheckFails(Sql sql, String statement) {
        SQLException failure = assertThrows(SQLException.class, () -> sql.execute(statement), statement);
        assertTrue(failure.getMessage().contains("CHECK") || failure.getMessage().contains("constraint"),
                failure.getMessage());
    }
}
