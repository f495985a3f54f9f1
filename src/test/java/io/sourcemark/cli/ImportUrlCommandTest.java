package io.sourcemark.cli;

import io.sourcemark.importer.ArticleFixtures;
import io.sourcemark.service.LocalPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code import} with web addresses among its inputs, fetched from a server on this machine. */
class ImportUrlCommandTest {

    @TempDir
    Path dir;

    @Test
    void fetchesAnAddressBesideAFileAndRefusesAMissingPage() throws Exception {
        ArticleFixtures.Article gdansk = ArticleFixtures.sample("003-");
        try (LocalPages pages = LocalPages.start().serve("/gdansk.html", 200, "text/html; charset=utf-8",
                ArticleFixtures.html(gdansk).getBytes(StandardCharsets.UTF_8))
                .serve("/gone.html", 404, "text/html", new byte[0])) {
            Path projectFile = dir.resolve("web.sourcemark");
            String afp = "sample-articles/000-afp-north-korea-arms-russia.txt";

            CliRun run = CliRun.of("import", "--project", projectFile.toString(), afp, pages.url("/gdansk.html"),
                    pages.url("/gone.html"));

            assertEquals(ExitCodes.SOME_REFUSED, run.exitCode(), run.err());
            assertTrue(run.out().startsWith("Imported 2, duplicates 0, refused 1 (project " + projectFile + ")"),
                    run.out());
            assertTrue(run.out().contains("  imported   " + pages.url("/gdansk.html") + " -> article 2 \""
                    + gdansk.title() + "\""), run.out());
            assertTrue(run.out().contains("  refused    " + pages.url("/gone.html") + ": " + pages.url("/gone.html")
                    + " could not be fetched: the server answered 404 (not found)."), run.out());
        }
    }

    @Test
    void progressPrintsALineAsEachInputStarts() {
        String afp = "sample-articles/000-afp-north-korea-arms-russia.txt";
        String gdansk = "sample-articles/003-gdansk-mayor-adamowicz-stabbed.txt";

        CliRun run = CliRun.of("import", "--progress", "--project", dir.resolve("p.sourcemark").toString(), afp,
                gdansk);

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        // each input as it starts, then each article as the engine analyses it
        assertEquals("1 of 2  " + Path.of(afp).toAbsolutePath() + "\n2 of 2  " + Path.of(gdansk).toAbsolutePath()
                + "\ndetecting 1 of 2  The White House on Tuesday warned North Korea against selling arms to Russia in "
                + "support…\ndetecting 2 of 2  Arrest made as mayor of Gdańsk, Poland stabbed on stage\n",
                run.err().replace("\r\n", "\n"));
    }

    @Test
    void anAddressOfAnotherSchemeIsRefusedByName() {
        CliRun run = CliRun.of("import", "--project", dir.resolve("p.sourcemark").toString(),
                "ftp://127.0.0.1/news.txt");

        assertEquals(ExitCodes.SOME_REFUSED, run.exitCode(), run.err());
        assertTrue(run.out().contains("  refused    ftp://127.0.0.1/news.txt: ftp://127.0.0.1/news.txt is not a web "
                + "address: only http and https addresses can be imported."), run.out());
    }
}
