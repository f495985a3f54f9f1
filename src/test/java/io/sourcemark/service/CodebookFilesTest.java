package io.sourcemark.service;

import io.sourcemark.model.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodebookFilesTest {

    @TempDir
    Path dir;
    TagFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new TagFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void exportsTheCodebookAndAnotherProjectImportsItWithParentsAndKeys() throws Exception {
        Tag economy = f.codebook.create("Economy", "#2563eb", null, "e");
        f.codebook.create("Trade", "#16a34a", economy.id(), "t");
        f.codebook.create("Tariffs", "#ca8a04", f.tag("Trade").id(), "q");
        Path file = dir.resolve("codebook.json");
        assertEquals(3, f.files.exportTo(file));
        String json = Files.readString(file);
        assertTrue(json.contains("\"sourcemark_codebook\" : 1"), json);
        assertTrue(json.indexOf("\"Economy\"") < json.indexOf("\"Trade\"")
                && json.indexOf("\"Trade\"") < json.indexOf("\"Tariffs\""), "parents before their sub-tags");

        Path otherDir = dir.resolve("other");
        Files.createDirectories(otherDir);
        try (TagFixture other = new TagFixture(otherDir)) {
            other.codebook.create("economy", "#000000", null, null);
            CodebookImport result = other.files.importFrom(file, Set.of("q"));
            assertEquals(new CodebookImport(2, 1, List.of("Tariffs")), result);
            assertEquals("Imported 2 tags; 1 was already in the codebook and kept as it is; without their key, "
                    + "which is in use: Tariffs.", result.describe());
            Tag kept = other.tag("economy");
            assertEquals("#000000", kept.color(), "the project's own tag is kept as it is");
            Tag trade = other.tag("Trade");
            assertEquals(kept.id(), trade.parentId());
            assertEquals("t", trade.shortcut());
            assertEquals(f.tag("Trade").uid(), trade.uid(), "a new tag keeps its uid");
            assertEquals(trade.id(), other.tag("Tariffs").parentId());
            assertNull(other.tag("Tariffs").shortcut());
            assertEquals("Import codebook (2 tags)", other.undo());
            assertEquals(List.of("economy"), other.tags().stream().map(Tag::name).toList());
        }
    }

    @Test
    void aFileThatIsNotACodebookIsRefusedWholeWithItsReason() throws Exception {
        f.codebook.create("Economy", null, null, "e");
        assertRefused("{\"tags\": [", "broken.json", "broken.json is not a codebook: it is not valid JSON (line 1");
        assertRefused("[1, 2]", "list.json", "list.json is not a Sourcemark codebook: it has no list of \"tags\".");
        assertRefused("{\"tags\": [{\"name\": \"A\"}, {\"colour\": \"#fff\"}]}", "noname.json",
                "Tag 2 of noname.json has no name.");
        assertRefused("{\"tags\": [{\"name\": \"Red\", \"colour\": \"crimson\"}]}", "colour.json",
                "Tag 1 of colour.json (“Red”): “crimson” is not a colour");
        assertRefused("{\"tags\": [{\"name\": \"A\", \"key\": \"x\"}, {\"name\": \"B\", \"key\": \"X\"}]}",
                "keys.json", "keys.json gives the key X to two tags (the second is “B”).");
        assertRefused("{\"tags\": [{\"name\": \"A\", \"parent\": \"Nope\"}]}", "parent.json",
                "The parent of “A”, “Nope”, is not a tag of parent.json.");
        assertRefused("{\"tags\": [{\"name\": \"A\", \"parent\": \"B\"}, {\"name\": \"B\", \"parent\": \"A\"}]}",
                "loop.json", "In loop.json, the parents of “A” go round in a loop");
        assertRefused("{\"sourcemark_codebook\": 7, \"tags\": []}", "newer.json",
                "newer.json is a codebook of a newer Sourcemark (version 7)");
        assertEquals(List.of("Economy"), f.tags().stream().map(Tag::name).toList(), "nothing was imported");
        assertEquals("Create tag “Economy”", f.project.history().undoLabel().orElseThrow());
    }

    private void assertRefused(String content, String name, String messageStart) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> f.files.importFrom(file, Set.of()));
        assertTrue(refused.getMessage().startsWith(messageStart), refused.getMessage());
    }
}
