package io.sourcemark.service;

import io.sourcemark.importer.ImportException;
import io.sourcemark.importer.ImportedArticle;
import io.sourcemark.importer.ImporterRegistry;
import io.sourcemark.model.Article;
import io.sourcemark.store.ArticleRepository;
import io.sourcemark.store.ProjectStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Imports articles into a project: files and folders chosen by the analyst, and the samples shipped with the
 * application. Each article is added in its own transaction, so an import that stops half-way keeps what it did.
 * The same text imported twice is one article. Runs on the caller's thread (a background thread in the app).
 * A failure of the project file itself ends the import with the store's unchecked exception.
 */
public final class ImportService {

    private final ProjectStore store;
    private final ImporterRegistry importers;

    public ImportService(Project project, ImporterRegistry importers) {
        this.store = project.store();
        this.importers = importers;
    }

    /**
     * Imports files and the supported files of folders (recursively, sorted by path, hidden ones skipped).
     *
     * @param progress  told before each file and once at the end
     * @param cancelled checked between files; when it returns true the import stops and reports what it did
     */
    public ImportReport importPaths(List<Path> inputs, ImportProgress progress, BooleanSupplier cancelled) {
        ImportInputs expanded = ImportInputs.expand(inputs, importers::isSupportedFileName);
        List<Path> files = expanded.files();
        List<ImportedFile> imported = new ArrayList<>();
        List<ImportedFile> duplicates = new ArrayList<>();
        List<RefusedFile> refused = new ArrayList<>(expanded.refused());
        int done = 0;
        boolean stopped = false;
        for (Path file : files) {
            if (cancelled.getAsBoolean()) {
                stopped = true;
                break;
            }
            progress.update(done, files.size(), file.toString());
            try {
                Stored stored = store(importers.importFile(file), file.toString());
                (stored.duplicate() ? duplicates : imported).add(stored.file());
            } catch (ImportException e) {
                refused.add(new RefusedFile(file.toString(), e.getMessage()));
            }
            done++;
        }
        progress.update(done, files.size(), null);
        return new ImportReport(imported, duplicates, refused, stopped);
    }

    /**
     * Imports the sample articles shipped with the application (those already in the project are left as they are).
     *
     * @return the id of the AFP sample article, the one to open on first run
     */
    public long importBundledSamples() {
        Long firstArticle = null;
        for (String name : BundledSamples.names()) {
            ImportedArticle article;
            try {
                article = importers.importBytes(BundledSamples.content(name), name);
            } catch (ImportException e) {
                throw new IllegalStateException("A sample article shipped with the application cannot be imported: "
                        + e.getMessage(), e);
            }
            Stored stored = store(article, name);
            if (name.startsWith(BundledSamples.FIRST_ARTICLE_PREFIX)) {
                firstArticle = stored.file().articleId();
            }
        }
        if (firstArticle == null) {
            throw new IllegalStateException("The application is incomplete: the list of samples has no article "
                    + BundledSamples.FIRST_ARTICLE_PREFIX + "…");
        }
        return firstArticle;
    }

    /** Adds the article unless its text is already there; one transaction, so the check and the insert agree. */
    private Stored store(ImportedArticle article, String input) {
        String hash = article.contentHash();
        return store.inTransaction(() -> {
            ArticleRepository articles = store.articles();
            Optional<Article> existing = articles.findByHash(hash);
            if (existing.isPresent()) {
                return new Stored(new ImportedFile(input, existing.get().id(), existing.get().meta().title()), true);
            }
            Article added = articles.insert(article.meta(), article.body(), hash);
            return new Stored(new ImportedFile(input, added.id(), added.meta().title()), false);
        });
    }

    private record Stored(ImportedFile file, boolean duplicate) {
    }
}
