package io.sourcemark.importer;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The contract of every importer, checked on each with the same hostile bytes passed off as its format: the result
 * is a whole article (normalised, non-empty body, a title, provenance naming the format) or an {@link ImportException}
 * whose message names the file; never another exception, never a partial article.
 */
class ImporterContractTest {

    private static final ImportLimits SMALL = new ImportLimits(2 * 1024 * 1024, 200_000, 100_000);

    private static Map<String, byte[]> hostile() throws Exception {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        bytes.put("one byte", HostileBytes.of('a'));
        bytes.put("noise", HostileBytes.random(10_000, 42));
        bytes.put("high bytes", HostileBytes.highBytes(500, 5));
        bytes.put("NUL bytes", new byte[1000]);
        bytes.put("text", HostileBytes.utf8("A short text of one sentence, said the minister.\n"));
        bytes.put("markup", HostileBytes.nested("div", 2000));
        bytes.put("too long", HostileBytes.utf8(HostileBytes.paragraph(1)));
        bytes.put("zip bomb", OfficeImporterTest.zipBomb(List.of("[Content_Types].xml", "mimetype"),
                "content.xml", 50 << 20));
        bytes.put("zip", ArticleFixtures.zip(List.of(new ArticleFixtures.Entry("a.txt", new byte[10], false))));
        bytes.put("half a PDF", HostileBytes.concat(HostileBytes.utf8("%PDF-1.4\n"), HostileBytes.random(3000, 9)));
        bytes.put("PDF", PdfFixtures.pdf("Title", List.of("One paragraph of a PDF.")));
        return bytes;
    }

    @TestFactory
    Stream<DynamicTest> everyImporterGivesAWholeArticleOrAClearMessage() throws Exception {
        ImporterRegistry registry = ImporterRegistry.withLimits(SMALL);
        List<DynamicTest> tests = new ArrayList<>();
        for (ArticleImporter importer : ImporterRegistry.formats()) {
            String extension = importer.extensions().iterator().next();
            String type = FormatDetector.sniff(new byte[0], "x." + extension, null);
            for (Map.Entry<String, byte[]> content : hostile().entrySet()) {
                String name = content.getKey().replace(' ', '-') + "." + extension;
                tests.add(DynamicTest.dynamicTest(importer.formatName() + ": " + content.getKey(), () -> {
                    ImportSource source = new ImportSource(content.getValue(), name, type, null, null);
                    try {
                        ImportedArticle article = registry.importSource(source);
                        assertFalse(article.body().isBlank());
                        assertEquals(TextNormalizer.normalize(article.body()), article.body());
                        assertTrue(article.body().length() <= SMALL.maxCharacters());
                        assertFalse(article.meta().title().isBlank());
                        assertEquals(name, article.meta().fileName());
                        assertTrue(article.provenance().original() == content.getValue());
                    } catch (ImportException e) {
                        assertTrue(e.getMessage().startsWith(name + " "), e.getMessage());
                        assertEquals(name, e.fileName());
                    } catch (RuntimeException | Error e) {
                        fail(importer.formatName() + " let " + e + " through for " + content.getKey(), e);
                    }
                }));
            }
        }
        return tests.stream();
    }
}
