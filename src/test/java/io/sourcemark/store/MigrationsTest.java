package io.sourcemark.store;

import io.sourcemark.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationsTest {

    @TempDir
    Path folder;

    @Test
    void newProjectRunsEveryMigrationAndIsMarkedAsSourcemark() throws Exception {
        Path file = folder.resolve("new.sourcemark");
        try (ProjectStore store = ProjectStore.open(file)) {
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
        }
        try (Sql sql = new Sql(file)) {
            assertEquals(Migrations.latestVersion(), sql.number("PRAGMA user_version"));
            assertEquals(0x534D524B, sql.number("PRAGMA application_id"));
            assertEquals("wal", sql.column("PRAGMA journal_mode").get(0));
            List<String> tables = sql.column("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name IN ('article', 'speaker', 'speaker_alias', 'annotation', 'tag', 'annotation_tag', "
                    + "'link', 'evidence', 'search_index') ORDER BY name");
            assertEquals(List.of("annotation", "annotation_tag", "article", "evidence", "link", "search_index",
                    "speaker", "speaker_alias", "tag"), tables);
        }
    }

    @Test
    void everyForeignKeyHasAnIndex() throws Exception {
        Path file = folder.resolve("indexed.sourcemark");
        ProjectStore.open(file).close();
        try (Sql sql = new Sql(file)) {
            List<String> unindexed = sql.column("SELECT m.name || '.' || f.\"from\" FROM sqlite_master m "
                    + "JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND NOT EXISTS ("
                    + "SELECT 1 FROM sqlite_master i JOIN pragma_index_info(i.name) c "
                    + "WHERE i.type = 'index' AND i.tbl_name = m.name AND c.seqno = 0 AND c.name = f.\"from\") "
                    + "AND NOT EXISTS (SELECT 1 FROM pragma_table_info(m.name) p "
                    + "WHERE p.pk = 1 AND p.name = f.\"from\")");
            assertEquals(List.of(), unindexed);
        }
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateAgain() throws Exception {
        Path file = folder.resolve("kept.sourcemark");
        Article article;
        try (ProjectStore store = ProjectStore.open(file)) {
            article = Samples.importAfp(store);
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
            assertEquals(article, store.articles().find(article.id()).orElseThrow());
            assertEquals(1, store.articles().count());
        }
    }

    @Test
    void closingLeavesNoJournalFilesBehind() throws Exception {
        Path file = folder.resolve("closed.sourcemark");
        try (ProjectStore store = ProjectStore.open(file)) {
            Samples.importAfp(store);
            assertTrue(Files.exists(ProjectFiles.writeAheadLog(file)), "an open project writes ahead");
            // read through the read-only connections too: closed last, they could not fold the log in
            assertEquals(1, store.read(tx -> tx.articles().list()).size());
        }
        assertFalse(Files.exists(ProjectFiles.writeAheadLog(file)));
        assertFalse(Files.exists(ProjectFiles.sharedMemory(file)));
    }

    @Test
    void aFailingMigrationLeavesTheDatabaseAsItWas() throws Exception {
        Path file = folder.resolve("failing.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            List<String> scripts = List.of(Migrations.script(1),
                    "CREATE TABLE claim_review (id INTEGER PRIMARY KEY); INSERT INTO no_such_table VALUES (1);");
            assertThrows(SQLException.class, () -> Migrations.migrate(connection, scripts));
        }
        try (Sql sql = new Sql(file)) {
            assertEquals(0, sql.number("PRAGMA user_version"));
            assertEquals(0, sql.number("PRAGMA application_id"));
            assertEquals(0, sql.number("SELECT count(*) FROM sqlite_master"));
        }
        assertEquals(0, Files.size(file), "a project whose creation failed is still an empty file");
        try (ProjectStore store = ProjectStore.open(file)) {
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
        }
    }

    @Test
    void anOlderProjectRunsOnlyTheMigrationsItLacks() throws Exception {
        Path file = folder.resolve("older.sourcemark");
        Article article;
        try (ProjectStore store = ProjectStore.open(file)) {
            article = Samples.importAfp(store);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            // versions 1 to 3 again would fail: their tables and columns exist
            Migrations.migrate(connection, List.of(Migrations.script(1), Migrations.script(2), Migrations.script(3),
                    "ALTER TABLE article ADD COLUMN language TEXT; UPDATE article SET language = 'en';"));
        }
        try (Sql sql = new Sql(file)) {
            assertEquals(4, sql.number("PRAGMA user_version"));
            assertEquals(List.of("en"), sql.column("SELECT language FROM article WHERE id = " + article.id()));
        }
    }

    @Test
    void openingAndClosingAnUpToDateProjectChangesNoByte() throws Exception {
        Path file = folder.resolve("untouched.sourcemark");
        try (ProjectStore store = ProjectStore.open(file)) {
            Samples.importAfp(store);
        }
        byte[] before = Files.readAllBytes(file);
        try (ProjectStore store = ProjectStore.open(file)) {
            assertEquals(1, store.articles().count());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void scriptListMatchesTheMigrationsFolder() throws IOException, URISyntaxException {
        Path migrations = Path.of(Migrations.class.getResource("migrations").toURI());
        try (Stream<Path> files = Files.list(migrations)) {
            List<String> names = files.map(path -> path.getFileName().toString()).sorted().toList();
            assertEquals(Migrations.SCRIPTS, names);
        }
        for (int version = 1; version <= Migrations.latestVersion(); version++) {
            assertTrue(Migrations.script(version).contains("CREATE") || Migrations.script(version).contains("ALTER"),
                    "migration " + version + " has statements");
        }
    }
}
