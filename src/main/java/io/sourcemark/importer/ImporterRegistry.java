package io.sourcemark.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The importers the application knows; picks the one for a file by looking at its content. */
public final class ImporterRegistry {

    /** Larger files are not news articles (the longest sample is about 40 KB). */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final List<ArticleImporter> importers;

    public ImporterRegistry(List<ArticleImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    /** The formats supported by this version: plain text. */
    public static ImporterRegistry standard() {
        return new ImporterRegistry(List.of(new PlainTextImporter()));
    }

    /** File name extensions (lower case, no dot) picked up when a folder is imported. */
    public Set<String> extensions() {
        Set<String> all = new TreeSet<>();
        importers.forEach(importer -> all.addAll(importer.extensions()));
        return all;
    }

    /** Whether a file of this name is picked up when its folder is imported. */
    public boolean isSupportedFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && extensions().contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Reads and imports one file. */
    public ImportedArticle importFile(Path file) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] content;
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(name, name + " is a folder, not a file.");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ImportException(name, String.format(Locale.ROOT,
                        "%s is too large for a news article (%.1f MB; the limit is %d MB).",
                        name, size / 1048576.0, MAX_FILE_BYTES / 1048576));
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(name, name + " does not exist.", e);
        } catch (IOException e) {
            throw new ImportException(name, name + " cannot be read: " + e.getMessage(), e);
        }
        return importBytes(content, name);
    }

    /** Imports the content of a file named {@code fileName} (the name is used for messages and as a fallback title). */
    public ImportedArticle importBytes(byte[] content, String fileName) throws ImportException {
        if (content.length == 0) {
            throw new ImportException(fileName, fileName + " is empty.");
        }
        for (ArticleImporter importer : importers) {
            if (importer.accepts(content, fileName)) {
                return importer.read(content, fileName);
            }
        }
        if (!TextDecoder.looksLikeText(content)) {
            throw TextDecoder.notText(fileName);
        }
        throw new ImportException(fileName, fileName + " is in a format Sourcemark cannot import yet (such as a web "
                + "page or a document). Supported: " + String.join(", ", formatNames()) + ".");
    }

    private List<String> formatNames() {
        return importers.stream()
                .map(i -> i.formatName() + " (." + String.join(", .", new TreeSet<>(i.extensions())) + ")")
                .toList();
    }
}
