package io.sourcemark.importer;

import io.sourcemark.model.ArticleMeta;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MarkdownImporterTest {

    private final ImporterRegistry registry = ImporterRegistry.standard();

    private ImportedArticle read(String markdown) throws ImportException {
        return registry.importBytes(markdown.getBytes(StandardCharsets.UTF_8), "story.md");
    }

    @Test
    void frontMatterIsTheMetadataAndTheTextLosesItsMarkup() throws Exception {
        ImportedArticle article = read("---\ntitle: 'Council votes on budget'\nauthor: Jo Park\ndate: 2024-06-03\n"
                + "source: Town Crier\nurl: https://crier.example/budget\nlicense: CC BY 4.0\n---\n\n"
                + "The council **approved** the budget on\n_Monday_, [the clerk said](https://x.example).\n\n"
                + "![chart](chart.png)\n\n## Reactions\n\n> “It is a fair budget,” said the mayor.\n\n"
                + "- Schools get more.\n- Roads get less.\n");
        assertEquals(new ArticleMeta("Council votes on budget", "Town Crier", "2024-06-03", null, null,
                "https://crier.example/budget", "CC BY 4.0", "story.md"), article.meta());
        assertEquals("Jo Park", article.provenance().author());
        assertEquals("The council approved the budget on Monday, the clerk said.\n\nReactions\n\n"
                + "“It is a fair budget,” said the mayor.\n\nSchools get more.\n\nRoads get less.\n", article.body());
    }

    @Test
    void aFirstLevelOneHeadingIsTheTitleWhenThereIsNoFrontMatter() throws Exception {
        ImportedArticle article = read("# Floods close the valley road\n\nThe road was closed at noon.\n");
        assertEquals("Floods close the valley road", article.meta().title());
        assertEquals("The road was closed at noon.\n", article.body());
        assertNull(article.meta().date());
        assertEquals("Markdown", article.provenance().format());
    }

    @Test
    void rulesAroundParagraphsAreRulesNotFrontMatterAndNoParagraphIsLost() throws Exception {
        ImportedArticle article = read("---\n\nThe minister resigned on Tuesday, aides said.\n\n"
                + "\u201cIt was time,\u201d she told reporters.\n\n---\n\nThe vote is on Friday.\n");
        assertEquals("The minister resigned on Tuesday, aides said.\n\n\u201cIt was time,\u201d she told "
                + "reporters.\n\nThe vote is on Friday.\n", article.body());

        ImportedArticle unclosed = read("---\nThe minister resigned on Tuesday.\n\nThe vote is on Friday.\n");
        assertEquals("The minister resigned on Tuesday.\n\nThe vote is on Friday.\n", unclosed.body());
    }

    @Test
    void frontMatterIsToldFromTextByItsLinesOfKeys() {
        assertEquals(true, MarkdownImporter.opensWithFrontMatter(
                "---\ntitle: A\ntags:\n  - x\n- y\n# note\n\n---\nText"));
        assertEquals(false, MarkdownImporter.opensWithFrontMatter("---\nHe said: no.\n---\nText"));
        assertEquals(false, MarkdownImporter.opensWithFrontMatter("---\ntitle: A\n"), "never closed");
        assertEquals(false, MarkdownImporter.opensWithFrontMatter("---\n---\nText"), "nothing in it");
    }

    @Test
    void emphasisNestedTenThousandDeepIsRefusedSayingSoNotByAJavaErrorsName() {
        String deep = "*a ".repeat(10_000) + "a* ".repeat(10_000);
        ImportException refused = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> read(deep));
        assertEquals("story.md cannot be read as Markdown: it nests its markup (emphasis, quotes, lists or tags) far "
                + "deeper than any article does. If it is a real article, save it as plain text and import that.",
                refused.getMessage());
    }
}
