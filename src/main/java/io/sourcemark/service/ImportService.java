package io.sourcemark.service;

import io.sourcemark.importer.ImportException;
import io.sourcemark.importer.ImportedArticle;
import io.sourcemark.importer.ImporterRegistry;
import io.sourcemark.store.RunningChange;
import io.sourcemark.store.StoreException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
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

    /** How a pasted article's input is named in reports and in its provenance. */
    public static final String CLIPBOARD = "the clipboard";

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
        return importAll(inputs, List.of(), progress, cancelled);
    }

    /**
     * Fetches web pages (http and https only) and imports them; each page's bytes are kept as its original. A fetch
     * under way is abandoned when the import is cancelled; an address that is not one is refused with a reason.
     *
     * @param progress  told before each address and once at the end
     * @param cancelled checked between addresses and while one is fetched
     */
    public ImportReport importUrls(List<String> addresses, ImportProgress progress, BooleanSupplier cancelled) {
        return importAll(List.of(), addresses, progress, cancelled);
    }

    /** Files and folders, then web addresses, as one import (one undo step): what a drop on the window brings. */
    public ImportReport importAll(List<Path> paths, List<String> addresses, ImportProgress progress,
                                  BooleanSupplier cancelled) {
        ImportInputs expanded = ImportInputs.expand(paths, importers::isSupportedFileName, importers.filesInWords());
        List<RefusedFile> refused = new ArrayList<>(expanded.refused());
        List<Source> sources = new ArrayList<>();
        for (Path file : expanded.files()) {
            sources.add(new Source(file.toString(), String.valueOf(file.getFileName()), false,
                    () -> importers.importFile(file)));
        }
        for (String address : addresses) {
            Optional<URI> url = WebAddresses.parse(address);
            if (url.isEmpty()) {
                refused.add(new RefusedFile(address, WebAddresses.notAnAddress(address)));
            } else {
                sources.add(new Source(address, address, true, () -> importers.importUrl(url.get())));
            }
        }
        String unit = addresses.isEmpty() ? "file" : paths.isEmpty() ? "web page" : "file and web page";
        return run(sources, refused, unit, progress, cancelled);
    }

    /**
     * Imports what the analyst copied: its HTML when there is some (a selection copied from a browser), else or
     * when the HTML gives no article, its plain text.
     *
     * @param html the clipboard's HTML, or null
     * @param text the clipboard's plain text, or null
     */
    public ImportReport importClipboard(String html, String text, ImportProgress progress) {
        boolean hasHtml = html != null && !html.isBlank();
        boolean hasText = text != null && !text.isBlank();
        if (!hasHtml && !hasText) {
            return new ImportReport(List.of(), List.of(), List.of(new RefusedFile(CLIPBOARD, "The clipboard holds "
                    + "no text. Copy the article's text (or select it in a browser and copy), then paste again.")),
                    false);
        }
        Source pasted = new Source(CLIPBOARD, CLIPBOARD, false, () -> {
            if (hasHtml) {
                try {
                    return importers.importBytes(html.getBytes(StandardCharsets.UTF_8), "clipboard.html");
                } catch (ImportException e) {
                    if (!hasText) {
                        throw e;
                    }
                }
            }
            return importers.importBytes(text.getBytes(StandardCharsets.UTF_8), "clipboard.txt");
        });
        return run(List.of(pasted), List.of(), "paste", progress, () -> false);
    }

    private ImportReport run(List<Source> sources, List<RefusedFile> refusedBefore, String unit,
                             ImportProgress progress, BooleanSupplier cancelled) {
        List<ImportedFile> imported = new ArrayList<>();
        List<ImportedFile> duplicates = new ArrayList<>();
        List<RefusedFile> refused = new ArrayList<>(refusedBefore);
        int done = 0;
        boolean stopped = false;
        try (RunningChange change = project.background(label(sources, unit));
             OrderedWork<Source, Parsed> parsed = new OrderedWork<>(compute, sources, this::parse)) {
            for (Source source : sources) {
                if (cancelled.getAsBoolean()) {
                    stopped = true;
                    break;
                }
                progress.update(done, sources.size(), source.input());
                // a fetch can take its timeouts: only then is the cancel flag watched while the result is awaited
                Optional<Parsed> next = source.fetched() ? parsed.next(cancelled) : Optional.of(parsed.next());
                if (next.isEmpty()) {
                    stopped = true;
                    break;
                }
                Parsed one = next.get();
                if (one.article() != null) {
                    ArticleArrival.Stored stored;
                    try {
                        stored = change.write(tx -> ArticleArrival.store(tx, one.article(), source.input()));
                    } catch (StoreException e) {
                        // the store names the whole import ("import 180 files") although the articles before this
                        // one are saved: the caller says how far it got, this says why it stopped
                        throw new StoreException(e.reason(), e);
                    }
                    (stored.duplicate() ? duplicates : imported).add(stored.file());
                } else {
                    refused.add(new RefusedFile(source.input(), one.refusal()));
                }
                done++;
            }
            if (stopped) {
                change.relabel("Import " + done + " of " + sources.size() + " " + unit + "s (stopped)");
            }
        }
        progress.update(done, sources.size(), null);
        return new ImportReport(imported, duplicates, refused, stopped);
    }

    private static String label(List<Source> sources, String unit) {
        if (unit.equals("paste")) {
            return "Paste as article";
        }
        return sources.size() == 1 ? "Import “" + sources.get(0).name() + "”" : "Import " + sources.size() + " "
                + unit.replace("file and web page", "files and web page") + "s";
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
                ArticleArrival.Stored stored = change.write(tx -> ArticleArrival.store(tx, article, name));
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

    private Parsed parse(Source source) {
        try {
            return new Parsed(source.read().get(), null);
        } catch (ImportException e) {
            return new Parsed(null, e.getMessage());
        }
    }

    /** What the analyst gave ({@code input}: a path, an address), with how it is read. */
    private record Source(String input, String name, boolean fetched, Reading read) {
    }

    @FunctionalInterface
    private interface Reading {
        ImportedArticle get() throws ImportException;
    }

    private record Parsed(ImportedArticle article, String refusal) {
    }

}
