package io.sourcemark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sourcemark.model.Article;
import io.sourcemark.service.ArticleService;
import io.sourcemark.service.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchCommandTest {

    private static final Path AFP = Path.of("sample-articles", "000-afp-north-korea-arms-russia.txt");
    private static final Path GDANSK = Path.of("sample-articles", "003-gdansk-mayor-adamowicz-stabbed.txt");

    @TempDir
    Path dir;
    private Path project;
    private Article afp;

    @BeforeEach
    void importTwoArticles() throws Exception {
        project = dir.resolve("news.sourcemark");
        // without suggestions: the hits are the articles' words and what the tests mark
        assertEquals(ExitCodes.OK, CliRun.of("import", "--no-detect", "-p", project.toString(), AFP.toString(),
                GDANSK.toString()).exitCode());
        try (Project opened = Project.open(project)) {
            ArticleService articles = new ArticleService(opened);
            afp = articles.article(articles.filter("Pyongyang").get(0).id()).orElseThrow();
        }
    }

    @Test
    void printsEachHitWithItsArticleKindOffsetsAndSnippet() {
        CliRun run = CliRun.of("search", "--project", project.toString(), "Shoigu");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        int at = afp.body().indexOf("Shoigu");
        assertTrue(run.out().contains(afp.meta().title() + "  ·  article  " + at + "-" + (at + 6) + "\n"),
                run.out());
        assertTrue(run.out().contains("[Shoigu]"), run.out());
        assertTrue(run.out().strip().endsWith(" hits") || run.out().strip().endsWith("1 hit"), run.out());
        assertFalse(run.out().contains("Adamowicz stabbed"), "the Gdańsk article does not name Shoigu");
    }

    @Test
    void writesJsonForScripts() throws Exception {
        CliRun run = CliRun.of("search", "-p", project.toString(), "--json", "gdansk", "mayor");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals("gdansk mayor", root.get("query").asText());
        assertEquals("", root.get("message").asText());
        JsonNode first = root.get("hits").get(0);
        assertEquals("article", first.get("kind").asText());
        assertTrue(first.get("article_title").asText().contains("Gdańsk"), first.toString());
        assertTrue(first.get("snippet_marked").asText().contains("["), first.toString());
        assertFalse(first.get("snippet").asText().contains("\u0002"));
        assertTrue(first.get("article_id").asLong() > 0);

        JsonNode afpHit = new ObjectMapper().readTree(CliRun.of("search", "-p", project.toString(), "--json",
                "Pyongyang").out()).get("hits").get(0);
        int start = afpHit.get("start").asInt();
        assertEquals("Pyongyang", afp.body().substring(start, afpHit.get("end").asInt()));
    }

    @Test
    void answersBrokenQuerySyntaxWithAMessageAndRefusesAMissingProject() throws Exception {
        for (String broken : new String[] {"\"", "NEAR(", "-", "🙂", "AND"}) {
            CliRun run = CliRun.of("search", "-p", project.toString(), "--json", broken);
            assertEquals(ExitCodes.OK, run.exitCode(), broken + ": " + run.err());
            JsonNode root = new ObjectMapper().readTree(run.out());
            assertEquals(0, root.get("hits").size());
            assertTrue(root.get("message").asText().startsWith("Nothing to search for"), run.out());
        }
        CliRun none = CliRun.of("search", "-p", project.toString(), "zqxj");
        assertEquals("No matches for “zqxj”.\n0 hits\n", none.out());

        Path missing = dir.resolve("missing.sourcemark");
        CliRun refused = CliRun.of("search", "-p", missing.toString(), "Shoigu");
        assertEquals(ExitCodes.CANNOT_RUN, refused.exitCode());
        assertEquals("There is no project at " + missing + ".\n", refused.err());
        assertFalse(Files.exists(missing));
    }

    @Test
    void aWordStartingWithADashIsRefusedSayingHowToSearchForIt() {
        CliRun run = CliRun.of("search", "-p", project.toString(), "--limit=5", "-Shoigu");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("“-Shoigu” is read as an option. To search for it, put -- before the words: "
                + "sourcemark search --project PATH -- -Shoigu. A word cannot be left out with “-”: every word must "
                + "occur."), run.err());

        CliRun quoted = CliRun.of("search", "-p", project.toString(), "--", "-Shoigu");
        assertEquals(ExitCodes.OK, quoted.exitCode(), quoted.err());
        assertTrue(quoted.out().contains("[Shoigu]"), quoted.out());
        assertFalse(CliRun.of("search", "--projekt", project.toString(), "Shoigu").err().contains("To search for"),
                "a misspelt option of the command is not taken for a word");
    }
}
