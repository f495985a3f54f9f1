package io.sourcemark.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Characters that mean something in a JDBC or SQLite address open the file of that name, and no other. */
class HostilePathsTest {

    @TempDir
    Path folder;

    @Test
    void aPathWithPragmasAfterAQuestionMarkNeverTouchesTheDatabaseBeforeIt() throws Exception {
        OtherPrograms.contacts(folder.resolve("other.db"));
        FolderSnapshot before = FolderSnapshot.of(folder);
        Path project = folder.resolve("other.db?synchronous=off");

        try (ProjectStore store = ProjectStore.open(project)) {
            Samples.importAfp(store);
        }

        assertEquals(before.entries(), withoutProject(FolderSnapshot.of(folder), "other.db?synchronous=off"));
        try (ProjectStore store = ProjectStore.open(project)) {
            assertEquals(project, store.file());
            assertEquals(Samples.afpMeta().title(), store.articles().list().get(0).title());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"what?.sourcemark", "case #12.sourcemark", "100% sure.sourcemark",
            "two  spaces .sourcemark", "Gdańsk – Paweł.sourcemark", "報道.sourcemark", "a%3Fb.sourcemark",
            "x?mode=ro&immutable=1#frag.sourcemark"})
    void aProjectWithCharactersOfAnAddressInItsNameIsThatFile(String name) throws Exception {
        Path project = folder.resolve(name);

        try (ProjectStore store = ProjectStore.open(project)) {
            Samples.importAfp(store);
        }

        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(name), files.map(f -> f.getFileName().toString()).toList());
        }
        try (ProjectStore store = ProjectStore.open(project)) {
            assertEquals(1, store.articles().count());
            assertEquals(Samples.afpMeta().title(), store.articles().list().get(0).title());
        }
        assertTrue(Files.size(project) > 0);
    }

    private static Map<String, String> withoutProject(FolderSnapshot snapshot, String name) {
        Map<String, String> entries = new TreeMap<>(snapshot.entries());
        assertTrue(entries.remove(name) != null, "no project named " + name + " in " + entries.keySet());
        return entries;
    }
}
