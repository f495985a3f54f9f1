package io.sourcemark.importer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class MarkdownNestingTest {

    @Test
    void anArticleNestingAsArticlesDoIsLeftAsItIs() {
        String markdown = "# Title\n\n> Quoted\n> > and quoted again\n\n- one\n  - two\n    1. three\n\t- tabbed\n"
                + "----------\n" + " ".repeat(90) + "indented code\n12345. Not a list because of the dot? It is.\n";
        assertSame(markdown, MarkdownNesting.bounded(markdown));
    }

    @Test
    void markersPastAHundredColumnsAreCutFromTheStartOfTheLineAndTheTextIsKept() {
        String deep = "> ".repeat(80) + "The words at the bottom.";
        assertEquals("> ".repeat(50) + "The words at the bottom.\nnext line\n",
                MarkdownNesting.bounded(deep + "\nnext line\n"));
        // a cut falls between two markers, never inside "12." or a bullet and its space
        assertEquals("1. ".repeat(33) + "x", MarkdownNesting.bounded("1. ".repeat(60) + "x"));
        assertEquals(" - ".repeat(33) + "y\n", MarkdownNesting.bounded(" - ".repeat(40) + "y\n"));
        // a tab counts to the next stop of four columns
        assertEquals("\t".repeat(25) + "z", MarkdownNesting.bounded("\t".repeat(30) + "z"));
    }

    @Test
    void aLineOfDashesOrDigitsIsTextNotMarkersAndIsNeverCut() {
        String rule = "-".repeat(300) + "\n" + "7".repeat(300) + ". sevens\n" + "*".repeat(200) + "\n";
        assertSame(rule, MarkdownNesting.bounded(rule));
    }
}
