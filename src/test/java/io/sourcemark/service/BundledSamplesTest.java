package io.sourcemark.service;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledSamplesTest {

    @Test
    void listNamesExactlyTheArticlesOfTheSampleFolder() throws Exception {
        List<String> folder;
        try (Stream<Path> files = Files.list(Path.of("sample-articles"))) {
            folder = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
        assertEquals(folder, BundledSamples.names());
        assertTrue(BundledSamples.names().get(0).startsWith(BundledSamples.FIRST_ARTICLE_PREFIX));
    }

    @Test
    void everyListedSampleIsOnTheClasspathWithTheFolderBytes() throws Exception {
        for (String name : BundledSamples.names()) {
            byte[] expected = Files.readAllBytes(Path.of("sample-articles", name));
            assertArrayEquals(expected, BundledSamples.content(name), name);
        }
        assertEquals(30, BundledSamples.names().size());
    }
}
