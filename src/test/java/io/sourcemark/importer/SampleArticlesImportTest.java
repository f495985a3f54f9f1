package io.sourcemark.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sourcemark.analysis.eval.ArticleAttributions;
import io.sourcemark.analysis.eval.AttributionReader;
import io.sourcemark.model.ArticleMeta;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleArticlesImportTest {

    static final Path SAMPLES = Path.of("sample-articles");
    private final ImporterRegistry registry = ImporterRegistry.standard();

    static List<Path> sampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    private ImportedArticle sample(String prefix) throws Exception {
        Path file = sampleFiles().stream().filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow();
        return registry.importFile(file);
    }

    /** {@code analyze FILE} reads through the importer: the gold offsets are offsets into the imported body. */
    @Test
    void bodyOfEverySampleArticleIsTheTextTheGoldWasAnnotatedOn() throws Exception {
        int compared = 0;
        for (ArticleAttributions gold : new AttributionReader().read(Path.of("src/test/resources/eval/dev_gold.jsonl"))) {
            Path file = SAMPLES.resolve(gold.id() + ".txt");
            if (Files.exists(file)) {
                assertEquals(gold.text(), registry.importFile(file).body(), gold.id());
                compared++;
            }
        }
        assertEquals(15, compared);
    }

    @Test
    void importsEverySampleArticleWithTitleAndNormalisedBody() throws Exception {
        List<Path> files = sampleFiles();
        assertEquals(30, files.size());
        for (Path file : files) {
            ImportedArticle article = registry.importFile(file);
            String body = article.body();
            assertAll(file.toString(),
                    () -> assertFalse(article.meta().title().isBlank()),
                    () -> assertEquals(file.getFileName().toString(), article.meta().fileName()),
                    () -> assertEquals(TextNormalizer.normalize(body), body),
                    () -> assertFalse(body.startsWith("Title:")),
                    () -> assertFalse(body.contains("Obtained-from:")),
                    () -> assertTrue(body.endsWith("\n") && !body.endsWith("\n\n")));
            if (!file.getFileName().toString().startsWith("000")) {
                String raw = Files.readString(file);
                assertEquals(raw.substring(raw.indexOf("\n\n") + 2), body, file + ": body is the text after the header");
                assertTrue(raw.contains("Title: " + article.meta().title() + "\n"), file + ": title from the header");
            }
        }
    }

    @Test
    void readsTheHeaderBlockOfAWikinewsArticle() throws Exception {
        ArticleMeta meta = sample("001-").meta();
        assertEquals("President Trump says he 'can' and 'may' put US into state of emergency to build border wall",
                meta.title());
        assertEquals("Wikinews (en.wikinews.org), by Wikinews contributors", meta.source());
        assertEquals("2019-01-07", meta.date());
        assertEquals("https://en.wikinews.org/wiki/President_Trump_says_he_%27can%27_and_%27may%27_put_US_into_"
                + "state_of_emergency_to_build_border_wall", meta.url());
        assertEquals("CC BY 2.5 (Wikinews) - https://creativecommons.org/licenses/by/2.5/ ; attribute \"Wikinews\" "
                + "and link the article URL", meta.license());
        assertNull(meta.dateline());
        assertNull(meta.agency());
    }

    @Test
    void keepsNonAsciiTitlesAndTheFirstLineOfTheBody() throws Exception {
        ImportedArticle gdansk = sample("003-");
        assertEquals("Arrest made as mayor of Gdańsk, Poland stabbed on stage", gdansk.meta().title());
        assertEquals("https://en.wikinews.org/wiki/Arrest_made_as_mayor_of_Gda%C5%84sk,_Poland_stabbed_on_stage",
                gdansk.meta().url());
        assertTrue(gdansk.body().startsWith("An individual has been arrested after Paweł Adamowicz, mayor of"));
    }

    @Test
    void takesOnlyTheUrlFromAnAnnotatedUrlValueAndNoneFromARemark() throws Exception {
        ArticleMeta harris = sample("027-").meta();
        assertEquals("The White House (Biden administration), Briefing Room", harris.source());
        assertEquals("2024-02-16", harris.date());
        assertEquals("https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/02/16/vice-president-"
                + "harris-rejects-isolationism-authoritarianism-and-recent-attacks-on-nato-while-making-forceful-case-"
                + "for-americas-continued-global-leadership-during-munich-security-conference/", harris.url());

        ArticleMeta pace = sample("024-").meta();
        assertEquals("NASA Launches New Climate Mission to Study Ocean, Atmosphere", pace.title());
        assertEquals("NASA (National Aeronautics and Space Administration)", pace.source());
        assertEquals("2024-02-08", pace.date());
        assertNull(pace.url());
        assertTrue(pace.license().startsWith("Public domain (U.S. government work, NASA; 17 U.S.C. 105)."));

        ArticleMeta dart = sample("025-").meta();
        assertEquals("NASA Study: Asteroid’s Orbit, Shape Changed After DART Impact", dart.title());
        assertEquals("2024", dart.date());
    }

    @Test
    void takesTitleFromFirstSentenceAndMetadataFromTheAfpDateline() throws Exception {
        ImportedArticle afp = sample("000-");
        ArticleMeta meta = afp.meta();
        assertEquals("The White House on Tuesday warned North Korea against selling arms to Russia in support…",
                meta.title());
        assertTrue(meta.title().length() <= TitleDeriver.MAX_LENGTH);
        assertEquals("2023-09-05", meta.date());
        assertEquals("Washington", meta.dateline());
        assertEquals("AFP", meta.agency());
        assertEquals("AFP", meta.source());
        assertNull(meta.url());
        assertFalse(afp.body().contains("© 2023 AFP"));
        assertFalse(afp.body().contains("\u00A9"));
        assertFalse(afp.body().contains("05/09/2023"));
        assertTrue(afp.body().startsWith("The White House on Tuesday warned North Korea against selling arms"));
        assertTrue(afp.body().endsWith("military cooperation between the two countries seems “inevitable”.\n"));
    }

    @Test
    void bodyOfEveryGoldArticleIsTheGoldTextOrAPrefixOfItWithoutTheDateline() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> gold = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/eval/dev_gold.jsonl");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    gold.add(json.readTree(line));
                }
            }
        }
        assertEquals(16, gold.size());
        for (JsonNode entry : gold) {
            String id = entry.get("id").asText();
            String text = entry.get("text").asText();
            ImportedArticle article = sample(id.substring(0, 3) + "-");
            if (id.startsWith("000")) {
                // The gold keeps the AFP dateline line that the importer moves into the metadata.
                assertTrue(text.startsWith(article.body()), id);
                assertEquals("\n05/09/2023 20:58:37\u00A0–\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0"
                        + "Washington (AFP)\u00A0–\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0©\u00A0"
                        + "2023\u00A0AFP", text.substring(article.body().length()));
                for (JsonNode quote : entry.get("quotes")) {
                    assertTrue(quote.get("end").asInt() <= article.body().length(), "quote inside the body");
                }
            } else {
                assertEquals(text, article.body(), id);
            }
        }
    }
}
