package io.sourcemark.store;

import io.sourcemark.model.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project made by the version that wrote schema 1 (three articles analysed, a suggestion accepted and one rejected,
 * a claim marked by hand, a verdict with two pieces of evidence, two tags, a link and an alias) opens and migrates,
 * keeping every row under its id.
 */
class VersionOneProjectTest {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
            + "[0-9a-f]{12}");

    @TempDir
    Path folder;

    private Path copyOfVersionOne() throws Exception {
        Path file = folder.resolve("version-1.sourcemark");
        try (InputStream in = VersionOneProjectTest.class.getResourceAsStream("version-1.sourcemark")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void migratesEveryRowUnderItsIdAndGivesEachAUid() throws Exception {
        Path file = copyOfVersionOne();
        try (Sql sql = new Sql(file)) {
            assertEquals(1, sql.number("PRAGMA user_version"));
        }
        List<String> quotesBefore;
        try (Sql sql = new Sql(file)) {
            quotesBefore = sql.column("SELECT id || ' ' || kind || ' ' || origin || ' ' || exact FROM annotation "
                    + "ORDER BY id");
        }

        try (ProjectStore store = ProjectStore.open(file)) {
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
            assertEquals(3, store.articles().count());
            List<Annotation> afp = store.annotations().forArticle(1);
            Annotation checked = afp.stream().filter(a -> a.verification() != null
                    && a.verification().rationale() != null).findFirst().orElseThrow();
            assertEquals("Matches the briefing", checked.verification().rationale());
            assertEquals("Check the transcript", checked.note());
            assertEquals(List.of("https://www.whitehouse.gov/briefing", "https://www.un.org/res"),
                    store.evidence().forAnnotation(checked.id()).stream().map(e -> e.url()).toList());
            // a version-1 file kept no order of giving: its tags are in the order the migration numbered them,
            // the tags' own (Security was made first)
            assertEquals(List.of("Security", "Arms"), store.tags().forAnnotation(checked.id()).stream()
                    .map(t -> t.name()).toList());
            assertEquals(1, store.links().forAnnotation(checked.id()).size());
            assertEquals(List.of("Mr. Sullivan"), store.speakers().findByNameOrAlias("Jake Sullivan")
                    .orElseThrow().aliases());
            assertTrue(store.search().search("Shoigu", 5).size() > 0);
        }
        try (Sql sql = new Sql(file)) {
            assertEquals(quotesBefore, sql.column("SELECT id || ' ' || kind || ' ' || origin || ' ' || exact "
                    + "FROM annotation ORDER BY id"));
            Set<String> uids = new HashSet<>();
            for (String table : List.of("article", "speaker", "speaker_alias", "annotation", "tag", "annotation_tag",
                    "link", "evidence")) {
                for (String uid : sql.column("SELECT uid FROM " + table)) {
                    assertTrue(UUID.matcher(uid).matches(), table + ": " + uid);
                    assertTrue(uids.add(uid), "unique: " + uid);
                }
            }
            assertEquals(List.of("0", "1"), sql.column("SELECT position FROM evidence ORDER BY id"));
            assertEquals(0, sql.number("SELECT count(*) FROM annotation WHERE origin = 'DETECTED' "
                    + "AND suggested_kind IS NOT kind"));
            assertEquals(0, sql.number("SELECT count(*) FROM pragma_foreign_key_check"));
        }
    }

    @Test
    void theMigratedProjectTakesChangesThatCanBeUndone() throws Exception {
        Path file = copyOfVersionOne();
        try (ProjectStore store = ProjectStore.open(file)) {
            DatabaseSnapshot migrated = DatabaseSnapshot.of(file);
            Annotation first = store.annotations().forArticle(1).get(0);
            store.change(Priority.ACTION, "Delete highlight", tx -> {
                tx.annotations().delete(first.id());
                return null;
            });
            store.undo().orElseThrow();
            assertEquals(migrated, DatabaseSnapshot.of(file));
        }
    }
}
