package io.sourcemark.importer;

import io.sourcemark.model.ArticleMeta;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitleAndHeaderTest {

    private final ImporterRegistry registry = ImporterRegistry.standard();

    private ImportedArticle read(String text, String fileName) throws ImportException {
        return registry.importBytes(text.getBytes(StandardCharsets.UTF_8), fileName);
    }

    @Test
    void firstSentenceSkipsAbbreviationsAndInitials() {
        assertEquals("Mr. Sullivan met Dr. J. Smith of the U.S. Navy at 10 a.m. on Tuesday.",
                TitleDeriver.firstSentence("Mr. Sullivan met Dr. J. Smith of the U.S. Navy at 10 a.m. on Tuesday. "
                        + "Then he left."));
        assertEquals("Is it over?", TitleDeriver.firstSentence("Is it over? Nobody knows."));
    }

    @Test
    void shortTitleDropsTheFinalFullStop() throws ImportException {
        assertEquals("Prices rose again", read("Prices rose again. Nobody was surprised.\n", "p.txt").meta().title());
    }

    @Test
    void longSentenceIsShortenedAtAWordBoundaryWithAnEllipsis() {
        String title = TitleDeriver.shorten("word ".repeat(30).strip() + ".");
        assertTrue(title.length() <= TitleDeriver.MAX_LENGTH, title);
        assertTrue(title.endsWith("word…"), title);
    }

    @Test
    void fallsBackToTheFileNameWhenTheTextHasNoWords() throws ImportException {
        assertEquals("2023-figures", read("12 000 345\n\n17 18\n", "2023-figures.txt").meta().title());
    }

    @Test
    void firstBlockWithAnUnknownLookingLineIsBodyNotHeader() throws ImportException {
        String text = "Title: Not a header\nthis line is prose: it has a colon\n\nMore text.\n";
        ImportedArticle article = read(text, "prose.txt");
        assertEquals(text, article.body());
        assertEquals("Title: Not a header this line is prose: it has a colon", article.meta().title());
    }

    @Test
    void aBlankHeaderFieldIsLeftBlankNotTakenForTheTitle() throws ImportException {
        ImportedArticle article = read("Title: \nSource: AFP\n\nThe minister said 40 people had died.\n", "b.txt");
        assertEquals("The minister said 40 people had died", article.meta().title());
        assertEquals("AFP", article.meta().source());
        assertEquals("The minister said 40 people had died.\n", article.body());

        ImportedArticle alone = read("Title:\n\nPrices rose again. Nobody was surprised.\n", "p.txt");
        assertEquals("Prices rose again", alone.meta().title());
        assertEquals("Prices rose again. Nobody was surprised.\n", alone.body());
    }

    @Test
    void blockWithoutTitleOrSourceIsBodyNotHeader() throws ImportException {
        String text = "Note: read this first\nDate: 2024-01-01\n\nText.\n";
        ImportedArticle article = read(text, "note.txt");
        assertEquals(text, article.body());
        assertNull(article.meta().date());
    }

    @Test
    void headerWithOnlyASourceTakesTheTitleFromTheBody() throws ImportException {
        ImportedArticle article = read("Source: City Desk\nLicence: CC0\nDateline: Oslo\nAgency: NTB\n\n"
                + "Snow closed the airport. Flights resumed at noon.\n", "snow.txt");
        ArticleMeta meta = article.meta();
        assertEquals(new ArticleMeta("Snow closed the airport", "City Desk", null, "Oslo", "NTB", null, "CC0",
                "snow.txt"), meta);
    }

    @Test
    void headerDatesAreReadInIsoFormWhereTheyCanBe() {
        assertEquals("2024-02-08", DateParser.isoDate("8 February 2024 (launch date stated in the text)"));
        assertEquals("2021-11-18", DateParser.isoDate("November 18, 2021"));
        assertEquals("2024", DateParser.isoDate("2024 (publication date not recorded in source)"));
        assertEquals("spring 2020", DateParser.isoDate("spring 2020"));
    }

    @Test
    void leadingDatelineParagraphAlsoGoesToTheMetadata() throws ImportException {
        ImportedArticle article = read("September 5, 2023 - Seoul (Yonhap)\n\nNorth Korea fired a missile.\n",
                "yonhap.txt");
        assertEquals("North Korea fired a missile.\n", article.body());
        assertEquals("Seoul", article.meta().dateline());
        assertEquals("Yonhap", article.meta().source());
        assertEquals("2023-09-05", article.meta().date());
    }

    @Test
    void datelineOnTheLastLineOfTheLastParagraphIsTakenOutToo() throws ImportException {
        ImportedArticle article = read("Prices rose in March.\n\nThe bank did not comment.\n"
                + "14/03/2024 - LONDON (Reuters) - © 2024 Reuters\n", "reuters.txt");
        assertEquals("Prices rose in March.\n\nThe bank did not comment.\n", article.body());
        assertEquals(new ArticleMeta("Prices rose in March", "Reuters", "2024-03-14", "LONDON", "Reuters", null, null,
                "reuters.txt"), article.meta());
    }

    @Test
    void aSingleLineIsNeverTakenForADateline() throws ImportException {
        ImportedArticle article = read("Kyiv (Reuters)\n", "odd.txt");
        assertEquals("Kyiv (Reuters)\n", article.body());
        assertNull(article.meta().agency());
    }
}
