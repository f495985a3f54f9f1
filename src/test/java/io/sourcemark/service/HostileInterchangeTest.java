package io.sourcemark.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sourcemark.export.ExportFormat;
import io.sourcemark.export.ExportOptions;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A W3C file edited by hand or by another program, with tags and speakers the project's own rules refuse: the merge
 * keeps what it can under those rules, says what it changed, and goes on with the rest of the file.
 */
class HostileInterchangeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private ScriptedAfp afp;
    private TestProject other;

    @BeforeEach
    void open() throws Exception {
        afp = ScriptedAfp.open(dir.resolve("mine.sourcemark"));
        other = TestProject.open(dir.resolve("other.sourcemark"));
    }

    @AfterEach
    void close() {
        other.close();
        afp.close();
    }

    @Test
    void tagsAndSpeakersAgainstTheRulesAreMendedOrLeftOutAndTheRestIsMerged() throws Exception {
        new ExportService(afp.project.project()).export(new ExportRequest(ExportFormat.W3C, List.of(afp.afp.id()),
                dir.resolve("out"), ExportOptions.everything(), false, false), ImportProgress.NONE, () -> false);
        Path file;
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            file = files.filter(p -> p.toString().endsWith(".jsonld")).findFirst().orElseThrow();
        }
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        ArrayNode tags = root.withArray("sm:tags");
        tags.add(tag("urn:uuid:00000000-0000-4000-8000-00000000000a", "Loop A", "red;}</style><script>", "QQ",
                "urn:uuid:00000000-0000-4000-8000-00000000000b"));
        tags.add(tag("urn:uuid:00000000-0000-4000-8000-00000000000b", "Loop B", "#38f", "x",
                "urn:uuid:00000000-0000-4000-8000-00000000000a"));
        ObjectNode speaker = root.withArray("sm:speakers").addObject();
        speaker.put("id", "urn:uuid:00000000-0000-4000-8000-00000000000c");
        speaker.put("name", "Ana Ortiz");
        speaker.putArray("sm:aliases").add("").add("  ").add(" Ms. Ortiz ").add("Ms. Ortiz");
        ((ObjectNode) root.get("sm:article")).put("sm:url", "https://example.org/the-article");
        String page = JSON.writeValueAsString(root);
        // every evidence address and the article's own become script links, as a hostile file would carry them
        page = page.replaceAll("\"sm:url\":\"https?://[^\"]*\"", "\"sm:url\":\"javascript:alert(1)\"");
        Files.writeString(file, page);

        MergeReport report = new AnnotationImportService(other.project()).importFiles(List.of(dir.resolve("out")),
                ImportProgress.NONE, () -> false);

        assertEquals(List.of(), report.refused());
        assertTrue(report.annotationsAdded() > 20, "the article's annotations came in: " + report.annotationsAdded());
        List<Tag> codebook = other.read(tx -> tx.tags().list());
        Tag a = codebook.stream().filter(t -> t.name().equals("Loop A")).findFirst().orElseThrow();
        Tag b = codebook.stream().filter(t -> t.name().equals("Loop B")).findFirst().orElseThrow();
        assertTrue(a.color().matches("#[0-9a-f]{6}"), a.color());
        assertEquals(null, a.shortcut());
        assertEquals("#3388ff", b.color());
        assertEquals("x", b.shortcut());
        assertTrue(a.parentId() == null || b.parentId() == null, "no loop of parents: " + a + " " + b);
        assertTrue(a.parentId() != null || b.parentId() != null, "one of them is inside the other");
        assertTrue(report.leftOut().contains("The tag “Loop A” was given a colour of its own: “red;}</style><script>” "
                + "is not a colour: write it as #rrggbb (for example #2563eb)."), report.leftOut().toString());
        assertTrue(report.leftOut().contains("The tag “Loop A” was added without its shortcut key: A tag's key is one "
                + "letter or digit (a–z, 0–9); “QQ” is not."), report.leftOut().toString());
        assertTrue(report.leftOut().stream().anyMatch(m -> m.startsWith("The tag “Loop B” was added at the top level")
                || m.startsWith("The tag “Loop A” was added at the top level")), report.leftOut().toString());
        assertEquals(List.of(), other.read(tx -> tx.articles().list()).stream()
                .map(row -> other.read(tx -> tx.articles().find(row.id())).orElseThrow().meta().url())
                .filter(java.util.Objects::nonNull).toList(), "no script address for the article");
        assertEquals(1, report.evidenceAdded(), "only the evidence on an archive's server (ftp://…), none of a script");
        assertTrue(report.leftOut().stream().anyMatch(m -> m.contains("the evidence “javascript:alert(1)” of ") && m.endsWith("is not the address of a place on a network (such as https://…); it was left out.")),
                report.leftOut().toString());
        assertTrue(report.leftOut().stream().anyMatch(m -> m.endsWith("came without its address "
                + "“javascript:alert(1)”, which is not a web address (http:// or https://).")),
                report.leftOut().toString());
        Speaker ortiz = other.read(tx -> tx.speakers().findByNameOrAlias("Ana Ortiz")).orElseThrow();
        assertEquals(List.of("Ms. Ortiz"), ortiz.aliases());
    }

    private static ObjectNode tag(String id, String label, String colour, String key, String parent) {
        ObjectNode tag = JSON.createObjectNode();
        tag.put("id", id);
        tag.put("label", label);
        tag.put("sm:color", colour);
        tag.put("sm:shortcut", key);
        tag.put("sm:parent", parent);
        return tag;
    }
}
