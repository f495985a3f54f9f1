package io.sourcemark.service;

import io.sourcemark.importer.ImportException;
import io.sourcemark.importer.ImportedArticle;
import io.sourcemark.importer.ImporterRegistry;
import io.sourcemark.model.Article;
import io.sourcemark.store.Repositories;
import io.sourcemark.store.RunningChange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Imports articles into a project: files and folders chosen by the analyst, and the samples shipped with the
 * application. An import is one change ("Import 30 files") that one undo reverses, written one article per
 * transaction, so an import that stops half-way keeps what it did; files are read and parsed on the compute pool. The
 * same text imported twice is one article. A failure of the project file itself ends the import with the store's
 * unchecked exception.
 */
public final class ImportService {

    private final Project project;
    private final ImporterRegistry importers;
    private final ComputePool compute;

    public ImportService(Project project, ImporterRegistry importers, ComputePool compute) {
        this.project = project;
        this.importers = importers;
        this.compute = compute;
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
        try (RunningChange change = project.background(files.size() == 1
                ? "Import “" + files.get(0).getFileName() + "”" : "Import " + files.size() + " files");
             OrderedWork<Path, Parsed> parsed = new OrderedWork<>(compute, files, this::parse)) {
            for (Path file : files) {
                if (cancelled.getAsBoolean()) {
                    stopped = true;
                    break;
                }
                progress.update(done, files.size(), file.toString());
                Parsed one = parsed.next();
                if (one.article() != null) {
                    Stored stored = change.write(tx -> store(tx, one.article(), file.toString()));
                    (stored.duplicate() ? duplicates : imported).add(stored.file());
                } else {
                    refused.add(new RefusedFile(file.toString(), one.refusal()));
                }
                done++;
            }
            if (stopped) {
                change.relabel("Import " + done + " of " + files.size() + " files (stopped)");
            }
        }
        progress.update(done, files.size(), null);
        return new ImportReport(imported, duplicates, refused, stopped);
    }

    /**
     * Imports the sample articles shipped with the application (those already in the project are left as they are),
     * as one change.
     *
     * @return the id of the AFP sample article, the one to open on first run
     */
    public long importBundledSamples() {
        return importBundledSamples(ImportProgress.NONE);
    }

    /** Like {@link #importBundledSamples()}, telling {@code progress} before each sample. */
    public long importBundledSamples(ImportProgress progress) {
        Long firstArticle = null;
        List<String> names = BundledSamples.names();
        try (RunningChange change = project.background("Import the sample articles")) {
            for (String name : names) {
                progress.update(names.indexOf(name), names.size(), name);
                ImportedArticle article;
                try {
                    article = importers.importBytes(BundledSamples.content(name), name);
                } catch (ImportException e) {
                    throw new IllegalStateException("A sample article shipped with the application cannot be "
                            + "imported: " + e.getMessage(), e);
                }
                Stored stored = change.write(tx -> store(tx, article, name));
                if (name.startsWith(BundledSamples.FIRST_ARTICLE_PREFIX)) {
                    firstArticle = stored.file().articleId();
                }
            }
        }
        progress.update(names.size(), names.size(), null);
        if (firstArticle == null) {
            throw new IllegalStateException("The application is incomplete: the list of samples has no article "
                    + BundledSamples.FIRST_ARTICLE_PREFIX + "…");
        }
        return firstArticle;
    }

    private Parsed parse(Path file) {
        try {
            return new Parsed(importers.importFile(file), null);
        } catch (ImportException e) {
            return new Parsed(null, e.getMessage());
        }
    }

    /** Adds the article unless its text is already there; one transaction, so the check and the insert agree. */
    private static Stored store(Repositories tx, ImportedArticle article, String input) {
        String hash = article.contentHash();
        Optional<Article> existing = tx.articles().findByHash(hash);
        if (existing.isPresent()) {
            return new Stored(new ImportedFile(input, existing.get().id(), existing.get().meta().title()), true);
        }
        Article added = tx.articles().insert(article.meta(), article.body(), hash);
        return new Stored(new ImportedFile(input, added.id(), added.meta().title()), false);
    }

    private record Parsed(ImportedArticle article, String refusal) {
    }

    private record Stored(ImportedFile file, boolean duplicate) {
    }
}
