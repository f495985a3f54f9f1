package io.sourcemark.importer;

import io.sourcemark.model.ArticleMeta;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlImporterTest {

    private final ImporterRegistry registry = ImporterRegistry.standard();

    private ImportedArticle page(String html) throws ImportException {
        return registry.importBytes(html.getBytes(StandardCharsets.UTF_8), "page.html");
    }

    private static String article(String head, String inside) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body><nav><a href=/>Home</a> <a href=/w>World</a></nav>"
                + "<article>" + inside + "</article><footer>Contact us · Privacy · Terms of use and more</footer>"
                + "</body></html>";
    }

    @Test
    void keepsTheArticleAndDropsEveryKindOfClutterAroundIt() throws Exception {
        ArticleFixtures.Article sample = ArticleFixtures.sample("001");
        String body = page(ArticleFixtures.html(sample)).body();
        assertEquals(sample.body(), body);
        for (String clutter : new String[]{"cookies", "Advertisement", "Related stories", "Markets slide", "Reader1",
                "All rights reserved", "Share on", "Politics", "Staff Reporter", "dataLayer", ".ad {"}) {
            assertFalse(body.contains(clutter), clutter);
        }
    }

    @Test
    void keepsHeadingsAndBlockQuotesAsParagraphsAndLineBreaksAsLines() throws Exception {
        ImportedArticle article = page(article("<title>Storm hits the coast</title>",
                "<h1>Storm hits the coast</h1><p>The storm made landfall at dawn, officials said, and winds "
                        + "reached 180 km/h.</p><h2>What the mayor said</h2><blockquote><p>“We are ready,” the "
                        + "mayor wrote on Tuesday evening.</p></blockquote><p>Roads were closed<br>until noon, "
                        + "and    schools   stayed shut.</p>"));
        assertEquals("The storm made landfall at dawn, officials said, and winds reached 180 km/h.\n\n"
                + "What the mayor said\n\n“We are ready,” the mayor wrote on Tuesday evening.\n\n"
                + "Roads were closed\nuntil noon, and schools stayed shut.\n", article.body());
        assertEquals("Storm hits the coast", article.meta().title());
    }

    @Test
    void readsHeadlineAuthorsDatePublisherAndAddressFromJsonLd() throws Exception {
        String ld = "<script type=\"application/ld+json\">[{\"@type\":\"WebSite\",\"name\":\"Site\"},{\"@context\":"
                + "\"https://schema.org\",\"@graph\":[{\"@type\":[\"NewsArticle\"],\"headline\":\"Dam breaks after "
                + "rain\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},{\"name\":\"Li Wei\"}],"
                + "\"datePublished\":\"2024-05-02T08:30:00+02:00\",\"publisher\":{\"@type\":\"Organization\","
                + "\"name\":\"Valley Times\"},\"mainEntityOfPage\":{\"@id\":\"https://valley.example/dam\"}}]}]"
                + "</script><meta property=\"og:title\" content=\"Dam breaks (OG)\"><title>Dam | VT</title>";
        ImportedArticle article = page(article(ld, "<p>The dam broke after a week of rain, the authorities "
                + "said on Thursday.</p>"));
        assertEquals(new ArticleMeta("Dam breaks after rain", "Valley Times", "2024-05-02", null, null,
                "https://valley.example/dam", null, "page.html"), article.meta());
        assertEquals("Ana Ruiz, Li Wei", article.provenance().author());
    }

    @Test
    void aNumberGivenAsTheDateOrTheHeadlineIsNoDateAndNoTitle() throws Exception {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":1e999999,"
                + "\"datePublished\":1e999999}</script><meta property=\"article:published_time\" "
                + "content=\"2023-11-20\"><title>Dam breaks</title>";
        ImportedArticle article = page(article(ld, "<p>The dam broke after a week of rain, the authorities "
                + "said on Thursday.</p>"));
        assertEquals("Dam breaks", article.meta().title());
        assertEquals("2023-11-20", article.meta().date(), "the page's other date, not \"Infinity\"");
    }

    @Test
    void fallsBackOnOpenGraphMetaNamesAndTheTitleWithoutTheSiteName() throws Exception {
        String head = "<title>Bridge reopens after repairs - City Herald</title><meta name=\"author\" "
                + "content=\"Sam Cole\"><meta property=\"article:published_time\" content=\"2023-11-20\">"
                + "<meta property=\"og:site_name\" content=\"City Herald\"><link rel=\"canonical\" "
                + "href=\"https://herald.example/bridge\"><link rel=\"license\" href=\"javascript:alert(1)\">";
        ImportedArticle article = page(article(head, "<p>The bridge reopened on Monday after eight months of "
                + "repairs, the city said.</p>"));
        assertEquals(new ArticleMeta("Bridge reopens after repairs", "City Herald", "2023-11-20", null, null,
                "https://herald.example/bridge", null, "page.html"), article.meta());
        assertEquals("Sam Cole", article.provenance().author());
    }

    @Test
    void dropsControlCharactersAPageWritesAsEntitiesSoNoneReachesATerminal() throws Exception {
        ImportedArticle article = page("<html><head><title>Hi &#x1b;]0;OWNED&#x07; &#x1b;[2J there</title></head>"
                + "<body><article><p>The council met on Monday&#x1b;[2J and voted for the plan&#x08;, 12 to 3."
                + "</p><p>Second\tparagraph &#x85;here, long enough to count as the article's text.</p></article>"
                + "</body></html>");
        assertEquals("Hi ]0;OWNED [2J there", article.meta().title());
        assertEquals("The council met on Monday[2J and voted for the plan, 12 to 3.\n\n"
                // HTML reads a tab as a space, and &#x85; as Windows-1252's ellipsis, as browsers do
                + "Second paragraph …here, long enough to count as the article's text.\n", article.body());
    }

    @Test
    void aDoctypeWithAnInternalSubsetLeavesNothingOfItInTheText() throws Exception {
        ImportedArticle article = page("<!DOCTYPE html [\n<!ENTITY boom \"bang\">\n]>\n<html><head><title>Council "
                + "reopens bridge</title></head><body><p>The council said on Tuesday that the bridge would reopen in "
                + "May.</p><p>The mayor added that the repairs were on schedule and on budget.</p></body></html>");
        assertEquals("Council reopens bridge", article.meta().title());
        assertEquals("The council said on Tuesday that the bridge would reopen in May.\n\nThe mayor added that the "
                + "repairs were on schedule and on budget.\n", article.body());
        assertEquals("<!DOCTYPE html >x", HtmlImporter.withoutInternalSubset("<!DOCTYPE html [ <!ENTITY a \"<b>\"> ]>x"));
        assertEquals("<!DOCTYPE html>[x]>", HtmlImporter.withoutInternalSubset("<!DOCTYPE html>[x]>"),
                "a subset only inside the doctype");
    }

    @Test
    void readsPagesThatWriteParagraphsAsDivs() throws Exception {
        ImportedArticle article = page("<html><body><div class=menu><a href=/a>A</a> <a href=/b>B</a></div>"
                + "<div id=story><div>First paragraph of the story, long enough to count as text.</div>"
                + "<div>Second paragraph, with a comma, and some more words in it.</div></div></body></html>");
        assertEquals("First paragraph of the story, long enough to count as text.\n\n"
                + "Second paragraph, with a comma, and some more words in it.\n", article.body());
    }

    @Test
    void keepsAWrapperWhoseClassSoundsLikeClutterWhenItHoldsTheArticle() throws Exception {
        ImportedArticle article = page("<html><body><div id=page class=\"site has-sidebar\"><div class=sidebar>"
                + "<p>Popular: ten tips.</p></div><div><p>The council met on Monday and agreed the plan, the mayor "
                + "said.</p><p>Work starts in May, and it will last a year.</p></div></div></body></html>");
        assertEquals("The council met on Monday and agreed the plan, the mayor said.\n\nWork starts in May, and it "
                + "will last a year.\n", article.body());
    }

    @Test
    void decodesByTheDeclaredEncodingAndDetectsAWrongDeclaration() throws Exception {
        String text = "Le café est fermé – dit-il, à Genève. Les élèves sont rentrés chez eux après la fermeture "
                + "de l’école, a déclaré la préfète mercredi.";
        String html = "<html><head><meta charset=\"windows-1252\"><title>Café</title></head><body><p>" + text
                + "</p></body></html>";
        Charset cp1252 = Charset.forName("windows-1252");
        ImportedArticle declared = registry.importBytes(html.getBytes(cp1252), "declared.html");
        assertEquals(text + "\n", declared.body());
        assertEquals("windows-1252", declared.provenance().encoding());
        byte[] wrong = html.replace("windows-1252", "utf-8").getBytes(cp1252);
        ImportedArticle detected = registry.importBytes(wrong, "wrong.html");
        assertEquals(declared.body(), detected.body());
        assertEquals("windows-1252", detected.provenance().encoding());
    }

    @Test
    void refusesAPageWhoseMainTextIsEmpty() {
        String html = "<html><head><title>Loading…</title><script>render()</script></head><body><nav><a href=/>Home"
                + "</a></nav><div id=app></div><footer>© 2024</footer></body></html>";
        ImportException e = assertThrows(ImportException.class, () -> page(html));
        assertTrue(e.getMessage().startsWith("page.html is a web page without article text: its main text is "
                + "empty"), e.getMessage());
    }
}
