package io.sourcemark.importer;

import io.sourcemark.model.ArticleMeta;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The importers the application knows, and the one way in: a file, bytes or a URL become an {@link ImportedArticle}
 * or an {@link ImportException} whose message says what is wrong and what to do. The importer is chosen by the bytes;
 * every article passes the same checks, so it is whole or not made.
 */
public final class ImporterRegistry {

    /** The formats, as messages name them. */
    static final String FORMATS = "plain text, Markdown, web pages (HTML), PDF, Word (.docx) and OpenDocument "
            + "text (.odt)";

    private final List<ArticleImporter> importers;
    private final ImportLimits limits;
    private final UrlFetcher fetcher;

    ImporterRegistry(List<ArticleImporter> importers, ImportLimits limits, UrlFetcher fetcher) {
        this.importers = List.copyOf(importers);
        this.limits = limits;
        this.fetcher = fetcher;
    }

    /** Every format of this version, with the standard limits. */
    public static ImporterRegistry standard() {
        return withLimits(ImportLimits.standard());
    }

    /** Every format of this version, with the given limits. */
    public static ImporterRegistry withLimits(ImportLimits limits) {
        return new ImporterRegistry(formats(), limits, new UrlFetcher(limits));
    }

    /** One importer per format; on a tie of fit the first wins. */
    static List<ArticleImporter> formats() {
        return List.of(new PlainTextImporter(), new MarkdownImporter(), new HtmlImporter(), new PdfImporter(),
                new DocxImporter(), new OdtImporter());
    }

    /** File name extensions (lower case, no dot) picked up when a folder is imported. */
    public Set<String> extensions() {
        Set<String> all = new TreeSet<>();
        importers.forEach(importer -> all.addAll(importer.extensions()));
        return all;
    }

    /** The files a folder is searched for, in words: "files of the extensions docx, htm, …". */
    public String filesInWords() {
        return "files of the extensions " + String.join(", ", extensions());
    }

    /** Whether a file of this name is picked up when its folder is imported. */
    public boolean isSupportedFileName(String fileName) {
        return extensions().contains(Extensions.of(fileName));
    }

    /** Reads and imports one regular file (a pipe or a device is refused before it is opened). */
    public ImportedArticle importFile(Path file) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return importSource(ImportSource.of(BoundedRead.file(file, name, limits.maxBytes()), name));
    }

    /** Imports the content of a file named {@code fileName} (the name is used for messages and as a fallback title). */
    public ImportedArticle importBytes(byte[] content, String fileName) throws ImportException {
        return importSource(ImportSource.of(content, fileName));
    }

    /** Fetches a web page (http or https) and imports it; its HTML is kept in the provenance. */
    public ImportedArticle importUrl(URI url) throws ImportException {
        return importSource(fetcher.fetch(url));
    }

    /** Imports a source whose media type has been sniffed. */
    public ImportedArticle importSource(ImportSource source) throws ImportException {
        String name = source.fileName();
        if (source.bytes().length == 0) {
            throw new ImportException(name, name + " is empty.");
        }
        if (source.bytes().length > limits.maxBytes()) {
            throw BoundedRead.tooLarge(name, limits.maxBytes());
        }
        ArticleImporter importer = choose(source);
        ArticleDraft draft;
        try {
            draft = importer.read(source);
        } catch (StackOverflowError e) {
            // a reader that recurses once per level of something nested (emphasis in emphasis, tags in tags): the
            // name of a Java error would tell the analyst nothing
            throw new ImportException(name, name + " cannot be read as " + importer.formatName() + ": it nests "
                    + "its markup (emphasis, quotes, lists or tags) far deeper than any article does. If it is a real "
                    + "article, save it as plain text and import that.", e);
        } catch (RuntimeException e) {
            // A library that fails on hostile bytes: the file is refused, the application goes on.
            String detail = LibraryDetail.of(e);
            throw new ImportException(name, name + " cannot be read as " + importer.formatName() + " (it may be "
                    + "damaged): " + e.getClass().getSimpleName() + (detail.isEmpty() ? "" : ", " + detail), e);
        }
        return finish(source, importer, draft);
    }

    private ArticleImporter choose(ImportSource source) throws ImportException {
        String name = source.fileName();
        Optional<ArticleImporter> best = Optional.empty();
        int bestFit = 0;
        for (ArticleImporter importer : importers) {
            int fit = importer.fit(source);
            if (fit > bestFit) {
                best = Optional.of(importer);
                bestFit = fit;
            }
        }
        OldOffice.refuse(source);
        Optional<ArticleImporter> named = importers.stream()
                .filter(i -> i.extensions().contains(Extensions.of(name))).findFirst();
        if (named.isPresent() && named.get().binary() && !named.equals(best)) {
            throw new ImportException(name, name + " is named as a " + named.get().formatName() + " file but is not "
                    + "one: its content is " + (TextDecoder.looksLikeText(source.bytes()) ? "text" : "other data")
                    + ". It may be damaged, incomplete or misnamed.");
        }
        if (best.isPresent()) {
            return best.get();
        }
        if (!TextDecoder.looksLikeText(source.bytes())) {
            throw TextDecoder.notText(name);
        }
        throw new ImportException(name, name + " is in a format Sourcemark cannot import (" + source.baseType()
                + "). Supported: " + FORMATS + ".");
    }

    private ImportedArticle finish(ImportSource source, ArticleImporter importer, ArticleDraft draft)
            throws ImportException {
        String name = source.fileName();
        String body = ArticleTextForm.body(draft.body());
        BodyChecks.check(body, name, limits);
        String given = ArticleTextForm.field(draft.title());
        String title = given == null || given.isBlank() ? TitleDeriver.derive(body, name) : TitleDeriver.clean(given);
        ArticleMeta meta = new ArticleMeta(title, ArticleTextForm.field(draft.source()), draft.date(),
                ArticleTextForm.field(draft.dateline()), ArticleTextForm.field(draft.agency()),
                draft.url() != null ? draft.url() : source.url() == null ? null : source.url().toString(),
                ArticleTextForm.field(draft.license()), name);
        Provenance provenance = new Provenance(importer.formatName(), source.mediaType(), draft.encoding(),
                source.url(), source.fetchedAt(), ArticleTextForm.field(draft.author()), source.bytes());
        return new ImportedArticle(meta, body, provenance);
    }
}
