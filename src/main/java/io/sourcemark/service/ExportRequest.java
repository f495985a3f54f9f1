package io.sourcemark.service;

import io.sourcemark.export.ExportFormat;
import io.sourcemark.export.ExportOptions;

import java.nio.file.Path;
import java.util.List;

/**
 * One export as the analyst asks for it.
 *
 * @param articleIds the articles, in this order; empty for every article of the project (ordered by title)
 * @param folder     where the files go: one file (or, for brat, one folder) per article
 * @param oneFile    CSV only: every article's rows in one file, {@value ExportService#LIBRARY_CSV}
 * @param overwrite  whether files that exist already are replaced; when false they are left as they are and listed
 */
public record ExportRequest(ExportFormat format, List<Long> articleIds, Path folder, ExportOptions options,
                            boolean oneFile, boolean overwrite) {

    public ExportRequest {
        articleIds = List.copyOf(articleIds);
        if (oneFile && format != ExportFormat.CSV) {
            throw new IllegalArgumentException("Only CSV can put every article in one file.");
        }
        if (options.publicationUrl() != null) {
            WebAddresses.publicationProblem(options.publicationUrl()).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
        }
    }

    public ExportRequest overwriting() {
        return new ExportRequest(format, articleIds, folder, options, oneFile, true);
    }
}
